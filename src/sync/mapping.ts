/**
 * Which source column feeds which Commitments column. Auto-mapping goes through
 * the shared schema (Korean, English, keys and schema aliases via matchHeader)
 * plus spellings seen in department exports that the schema itself does not
 * need. The officer fixes the rest with dropdowns; her choice is remembered by
 * the source's set of headers (see mappingMemory), so next month's export of the
 * same list maps itself whatever the file is called.
 */
import { COLUMNS, type ColumnKey, type Language, matchHeader, foldText } from "../schema";
import type { SyncKey } from "./syncKey";

/**
 * Source header → table column, or null for "do not import this column". A Map,
 * not an object: headers are data, and a header such as `__proto__` or
 * `constructor` must be mapped or listed like any other.
 */
export type ColumnMapping = ReadonlyMap<string, SyncKey | null>;

/**
 * The columns a target table offers a source, and the header spellings that name them: the
 * Commitments table's (below) or the Progress ledger's (progressVocabulary.ts). Everything here
 * keys by header text, so every lookup is a Map.
 */
export interface MappingVocabulary {
  /** The target table's columns, in its order. */
  readonly columns: readonly { readonly key: SyncKey; readonly ko: string; readonly en: string; readonly required: boolean }[];
  /** The column that identifies a row (never required of a source: rows without it are matched by content). */
  readonly idKey: SyncKey;
  /** Folded column names (Korean, English, key): a header spelled exactly so names that column. */
  readonly exact: ReadonlyMap<string, SyncKey>;
  /** The column an alias names, or null. */
  readonly alias: (header: string) => SyncKey | null;
}

/** A Map: an alias is looked up by header text, which is data. */
export const IMPORT_ALIASES: ReadonlyMap<string, ColumnKey> = new Map(
  Object.entries<ColumnKey>({
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
    "담당부서": "owner",
    "person in charge": "owner",
    "근거": "source",
    "보도자료": "source",
    "비고사항": "notes",
    "remarks": "notes",
    "comment": "notes",
    "comments": "notes",
    "최종수정일": "updated",
    "last updated": "updated",
  }),
);

const IMPORT_LOOKUP: ReadonlyMap<string, ColumnKey> = new Map(
  [...IMPORT_ALIASES].map(([alias, key]) => [foldText(alias), key]),
);

/** Folded exact names of a list of columns. */
export function exactNames(columns: readonly { readonly key: SyncKey; readonly ko: string; readonly en: string }[]): ReadonlyMap<string, SyncKey> {
  return new Map(columns.flatMap((column) => [foldText(column.key), foldText(column.en), foldText(column.ko)].map((name) => [name, column.key] as const)));
}

/** The Commitments table's vocabulary: its columns, the schema's aliases and the import aliases above. */
export const COMMITMENTS_VOCABULARY: MappingVocabulary = {
  columns: COLUMNS,
  idKey: "id",
  exact: exactNames(COLUMNS),
  alias: (header) => matchHeader(header) ?? IMPORT_LOOKUP.get(foldText(header)) ?? null,
};

/**
 * Row counters that start most Korean exports. They look like IDs ("번호" is even
 * a schema alias of ID, for tables the officer built herself) but number the rows
 * of one file: two departments' row 1 would overwrite each other. Never auto-mapped;
 * the officer can still map one by hand.
 */
export const ROW_COUNTER_HEADERS: readonly string[] = ["번호", "연번", "순번", "No", "No.", "#"];
const ROW_COUNTERS: ReadonlySet<string> = new Set(ROW_COUNTER_HEADERS.map(foldText));

export function isRowCounterHeader(header: string): boolean {
  return ROW_COUNTERS.has(foldText(header));
}

export interface HeaderMatch {
  readonly key: SyncKey;
  /** The header is the column's own Korean or English name (or key), not an alias: it wins over any alias. */
  readonly exact: boolean;
}

/** How a source header names a column of the target table, or null (row counters never match). */
export function importHeaderMatch(header: string, vocabulary: MappingVocabulary = COMMITMENTS_VOCABULARY): HeaderMatch | null {
  const folded = foldText(header);
  if (ROW_COUNTERS.has(folded)) return null;
  const exact = vocabulary.exact.get(folded);
  if (exact) return { key: exact, exact: true };
  const alias = vocabulary.alias(header);
  return alias ? { key: alias, exact: false } : null;
}

/** The column a source header names, through the schema and the import aliases; null if none. */
export function matchImportHeader(header: string, vocabulary: MappingVocabulary = COMMITMENTS_VOCABULARY): SyncKey | null {
  return importHeaderMatch(header, vocabulary)?.key ?? null;
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
  /** Unmapped headers that are row counters (번호, No…), so the pane can say why they were left out. */
  readonly rowCounters: readonly string[];
}

/**
 * Proposes a mapping, in three passes so the order of the columns never decides:
 * a remembered choice wins (the officer made it), then headers that are a
 * column's exact name, then aliases. With "번호" and "관리번호" both present,
 * "관리번호" gets ID wherever it stands. A schema column claimed twice within one
 * pass goes to the first; the other is left for the officer.
 */
export function autoMap(headers: readonly string[], remembered: ColumnMapping | null = null, vocabulary: MappingVocabulary = COMMITMENTS_VOCABULARY): MappingProposal {
  const chosen = new Map<string, SyncKey | null>();
  const claimed = new Set<SyncKey>();
  const offered = new Set<SyncKey>(vocabulary.columns.map((column) => column.key));
  const claim = (header: string, key: SyncKey | null) => {
    if (chosen.has(header)) return;
    // A choice remembered for the other table (a Progress column for a Commitments sync) is no choice here.
    if (key !== null && !offered.has(key)) return;
    if (key === null) chosen.set(header, null);
    else if (!claimed.has(key)) {
      chosen.set(header, key);
      claimed.add(key);
    }
  };
  if (remembered) for (const header of headers) if (remembered.has(header)) claim(header, remembered.get(header) ?? null);
  const matches = headers.map((header) => importHeaderMatch(header, vocabulary));
  headers.forEach((header, i) => matches[i]?.exact && claim(header, matches[i]!.key));
  headers.forEach((header, i) => matches[i] && !matches[i]!.exact && claim(header, matches[i]!.key));
  const mapping = new Map<string, SyncKey | null>(headers.map((header) => [header, chosen.get(header) ?? null]));
  const unmapped = headers.filter((h) => mapping.get(h) === null);
  return { mapping, unmapped, rowCounters: unmapped.filter((h) => !(remembered?.has(h) ?? false) && isRowCounterHeader(h)) };
}

/** A copy of `mapping` with one header's choice changed. */
export function withChoice(mapping: ColumnMapping, header: string, key: SyncKey | null): ColumnMapping {
  const next = new Map(mapping);
  next.set(header, key);
  return next;
}

export class MappingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MappingError";
  }
}

export interface MappingCheck {
  /** Required schema columns no source column feeds: every row would be rejected (or, for ID, get a generated ID). */
  readonly missingRequired: readonly SyncKey[];
}

/** Validates a mapping against the headers; throws when two source columns feed the same column, or one feeds a column the table lacks. */
export function checkMapping(headers: readonly string[], mapping: ColumnMapping, vocabulary: MappingVocabulary = COMMITMENTS_VOCABULARY): MappingCheck {
  const owner = new Map<SyncKey, string>();
  const byKey = new Map(vocabulary.columns.map((column) => [column.key, column]));
  for (const header of headers) {
    const key = mapping.get(header);
    if (!key) continue;
    const column = byKey.get(key);
    if (!column) {
      throw new MappingError(`"${header}" is mapped to "${key}", which this table does not have. Choose another column. (이 표에 없는 열에 연결되어 있습니다.)`);
    }
    const previous = owner.get(key);
    if (previous !== undefined) {
      throw new MappingError(
        `"${previous}" and "${header}" are both mapped to ${column.ko} (${column.en}). Map one of them to "가져오지 않음 (Don't import)". ` +
          `(두 열이 같은 열에 연결되어 있습니다.)`,
      );
    }
    owner.set(key, header);
  }
  const missingRequired = vocabulary.columns.filter((c) => c.required && c.key !== vocabulary.idKey && !owner.has(c.key)).map((c) => c.key);
  return { missingRequired };
}
