/**
 * Which source column feeds which Commitments column. Auto-mapping goes through
 * the shared schema (Korean, English, keys and schema aliases via matchHeader)
 * plus spellings seen in department exports that the schema itself does not
 * need. The officer fixes the rest with dropdowns; her choice is remembered per
 * source name, so next month's export of the same list maps itself.
 */
import { COLUMNS, type ColumnKey, type Language, matchHeader, foldText } from "../schema";

/** Source header → schema column, or null for "do not import this column". */
export type ColumnMapping = Record<string, ColumnKey | null>;

/**
 * Header spellings from department exports and other systems (e-호조, 새올, press
 * tables). Kept here, not in the schema, because they only make sense for imports:
 * "협약일" is the signing date in an import but would be ambiguous as a table header.
 */
export const IMPORT_ALIASES: Readonly<Record<string, ColumnKey>> = {
  "관리 번호": "id",
  "일련번호": "id",
  "협약번호": "id",
  "commitment id": "id",
  "ref": "id",
  "기관명": "agency",
  "자치단체": "agency",
  "지방자치단체": "agency",
  "협약일": "signed",
  "협약일자": "signed",
  "서명일": "signed",
  "체결 일자": "signed",
  "signing date": "signed",
  "date": "signed",
  "협약유형": "instrument",
  "협약 종류": "instrument",
  "문서형태": "instrument",
  "agreement type": "instrument",
  "instrument type": "instrument",
  "사업구분": "category",
  "type of commitment": "category",
  "협약대상": "partner",
  "상대기관명": "partner",
  "기업명": "partner",
  "업체명": "partner",
  "협약기관명": "partner",
  "counterparty": "partner",
  "partner name": "partner",
  "상대기관 유형": "partnerType",
  "기관 구분": "partnerType",
  "국가명": "country",
  "상대국": "country",
  "nation": "country",
  "도시명": "city",
  "지역": "city",
  "산업분야": "sector",
  "업종": "sector",
  "industry": "sector",
  "품목명": "product",
  "수출품목": "product",
  "hs 코드": "hsCode",
  "협약금액": "amount",
  "계약금액": "amount",
  "투자금액": "amount",
  "수출금액": "amount",
  "value": "amount",
  "통화단위": "currency",
  "화폐": "currency",
  "currency code": "currency",
  "원화 환산액": "amountKrw",
  "원화환산금액": "amountKrw",
  "krw amount": "amountKrw",
  "집행금액": "realizedKrw",
  "실적액": "realizedKrw",
  "고용인원": "jobs",
  "고용창출": "jobs",
  "일자리 창출": "jobs",
  "진행상황": "status",
  "추진상황": "status",
  "기한": "due",
  "완료예정일": "due",
  "deadline": "due",
  "담당": "owner",
  "담당자명": "owner",
  "person in charge": "owner",
  "근거": "source",
  "보도자료": "source",
  "비고사항": "notes",
  "remarks": "notes",
  "comment": "notes",
  "comments": "notes",
  "최종수정일": "updated",
  "last updated": "updated",
};

const IMPORT_LOOKUP: ReadonlyMap<string, ColumnKey> = new Map(
  Object.entries(IMPORT_ALIASES).map(([alias, key]) => [foldText(alias), key]),
);

/** The schema column a source header names, through the schema and the import aliases; null if none. */
export function matchImportHeader(header: string): ColumnKey | null {
  return matchHeader(header) ?? IMPORT_LOOKUP.get(foldText(header)) ?? null;
}

/**
 * Display names for a source header row, made unique so a mapping can be keyed
 * by them: blank headers become "(열 3)" / "(column 3)", repeats get " (2)".
 */
export function sourceHeaders(headerRow: readonly unknown[], language: Language): string[] {
  const seen = new Map<string, number>();
  return headerRow.map((raw, index) => {
    const text = raw === null || raw === undefined ? "" : String(raw).trim();
    const base = text === "" ? (language === "ko" ? `(열 ${index + 1})` : `(column ${index + 1})`) : text;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

export interface MappingProposal {
  readonly mapping: ColumnMapping;
  /** Source headers mapped to nothing, in source order: shown with a dropdown. */
  readonly unmapped: readonly string[];
}

/**
 * Proposes a mapping: a remembered choice wins (the officer made it), then the
 * schema, then import aliases. A schema column claimed by two source columns is
 * given to the first; the second is left unmapped for the officer to decide.
 */
export function autoMap(headers: readonly string[], remembered: ColumnMapping | null = null): MappingProposal {
  const mapping: ColumnMapping = {};
  const claimed = new Set<ColumnKey>();
  for (const header of headers) {
    const choice = remembered && Object.prototype.hasOwnProperty.call(remembered, header) ? remembered[header] : matchImportHeader(header);
    if (choice && !claimed.has(choice)) {
      mapping[header] = choice;
      claimed.add(choice);
    } else {
      mapping[header] = null;
    }
  }
  return { mapping, unmapped: headers.filter((h) => mapping[h] === null) };
}

export class MappingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MappingError";
  }
}

export interface MappingCheck {
  /** Required schema columns no source column feeds: every row would be rejected (or, for ID, get a generated ID). */
  readonly missingRequired: readonly ColumnKey[];
}

/** Validates a mapping against the headers; throws when two source columns feed the same schema column. */
export function checkMapping(headers: readonly string[], mapping: ColumnMapping): MappingCheck {
  const owner = new Map<ColumnKey, string>();
  for (const header of headers) {
    const key = mapping[header];
    if (!key) continue;
    const previous = owner.get(key);
    if (previous !== undefined) {
      const column = COLUMNS.find((c) => c.key === key)!;
      throw new MappingError(
        `"${previous}" and "${header}" are both mapped to ${column.ko} (${column.en}). Map one of them to "가져오지 않음 (Don't import)". ` +
          `(두 열이 같은 열에 연결되어 있습니다.)`,
      );
    }
    owner.set(key, header);
  }
  const missingRequired = COLUMNS.filter((c) => c.required && c.key !== "id" && !owner.has(c.key)).map((c) => c.key);
  return { missingRequired };
}
