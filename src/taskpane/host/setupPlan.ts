/**
 * What setup must do to a workbook, decided from what is in it: a pure "state in, plan out"
 * step, so the rules (add missing columns at the end, never rename/reorder/delete, refuse on
 * ambiguous headers, change nothing when up to date) are tested without Excel.
 */
import {
  COLUMNS,
  HeaderError,
  SCHEMA_VERSION,
  columnLabel,
  foldText,
  isoToSerial,
  matchHeader,
  resolveHeaders,
  type ColumnKey,
  type Language,
} from "../../schema";
import { FX_COLUMNS, amountKrwFormulaFor, fxColumnLabel, type FxColumnKey } from "../../schema/formulas";
import { TABLE_NAME, FX_TABLE_NAME } from "../../schema";
import { commitmentProgressFormulasFor } from "../../schema/progressFormulas";
import { LocalizedError } from "./LocalizedError";

export const SCHEMA_VERSION_SETTING = "commitmentTracker.schemaVersion";

/** What the workbook holds, as read by the setup adapter. */
export interface WorkbookState {
  readonly sheetNames: readonly string[];
  readonly commitments: { readonly sheetName: string; readonly headers: readonly unknown[]; readonly bodyRowCount: number } | null;
  readonly fx: { readonly sheetName: string; readonly headers: readonly unknown[] } | null;
  readonly schemaVersion: number | null;
  /** The Progress table (schema 2), null when absent; undefined when not read. */
  readonly progress?: { readonly sheetName: string; readonly headers: readonly unknown[] } | null;
}

export interface FxPlan {
  readonly sheetName: string;
  readonly headers: readonly string[];
  /** Rows of Currency, KRW per unit, Per, As of (serial). */
  readonly rows: readonly (readonly (string | number)[])[];
  readonly numberFormats: readonly string[];
  readonly widths: readonly number[];
}

export interface NewColumnPlan {
  readonly key: ColumnKey;
  readonly header: string;
  readonly numberFormat: string;
  readonly width: number;
  /** Enum labels for the in-cell dropdown, in the table's language. */
  readonly listSource: string | null;
  /** The calculated-column formula (Amount (KRW); Realized (KRW) and Jobs created over Progress), else blank cells. */
  readonly formula: string | null;
}

export type SetupPlan =
  | {
      readonly kind: "create";
      readonly language: Language;
      readonly sheetName: string;
      readonly columns: readonly NewColumnPlan[];
      readonly fx: FxPlan | null;
      readonly writeSchemaVersion: boolean;
    }
  | {
      readonly kind: "upgrade";
      readonly language: Language;
      readonly sheetName: string;
      readonly bodyRowCount: number;
      readonly columns: readonly NewColumnPlan[];
      readonly fx: FxPlan | null;
      readonly writeSchemaVersion: boolean;
    }
  | { readonly kind: "unchanged"; readonly language: Language; readonly sheetName: string };

/**
 * Starting rates so Amount (KRW) computes from day one. They are approximate reference values
 * (won per unit, JPY and VND per 100) and setup tells the officer to replace them.
 */
export const DEFAULT_FX_AS_OF = "2025-01-02";
export const DEFAULT_FX_RATES: readonly { currency: string; krwPerUnit: number; per: number }[] = [
  { currency: "USD", krwPerUnit: 1470, per: 1 },
  { currency: "EUR", krwPerUnit: 1525, per: 1 },
  { currency: "JPY", krwPerUnit: 935, per: 100 },
  { currency: "CNY", krwPerUnit: 201, per: 1 },
  { currency: "GBP", krwPerUnit: 1840, per: 1 },
  { currency: "CAD", krwPerUnit: 1022, per: 1 },
  { currency: "AUD", krwPerUnit: 912, per: 1 },
  { currency: "VND", krwPerUnit: 5.8, per: 100 },
];

const SHEET_NAMES = {
  commitments: { ko: "약정", en: "Commitments" },
  fx: { ko: "환율", en: "FxRates" },
} as const;

/** A sheet name not yet used ("약정", else "약정 (2)"…); Excel compares sheet names case-insensitively. */
export function uniqueSheetName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  if (!used.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const candidate = `${wanted} (${n})`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** The FxRates header each FxRates column has in an existing table (either language). */
export function resolveFxHeaders(headers: readonly unknown[]): Record<FxColumnKey, string> {
  const found: Partial<Record<FxColumnKey, string>> = {};
  for (const header of headers) {
    const folded = foldText(header);
    const column = FX_COLUMNS.find((c) => foldText(c.en) === folded || foldText(c.ko) === folded || foldText(c.key) === folded);
    if (!column) continue;
    if (found[column.key] !== undefined) {
      throw new LocalizedError({
        ko: `환율표(FxRates)에 같은 뜻의 열이 두 개 있습니다: "${found[column.key]}"와 "${String(header)}". 하나를 지우거나 이름을 바꾼 뒤 다시 설정하세요.`,
        en: `The FxRates table has two columns meaning ${column.en}: "${found[column.key]}" and "${String(header)}". Remove or rename one, then run setup again.`,
      });
    }
    found[column.key] = String(header);
  }
  const missing = FX_COLUMNS.filter((c) => found[c.key] === undefined);
  if (missing.length > 0) {
    throw new LocalizedError({
      ko: `환율표(FxRates)에 ${missing.map((c) => c.ko).join(", ")} 열이 없습니다. 원화환산액 수식에 필요하니 열을 추가한 뒤 다시 설정하세요. 지금 열: ${headers.map(String).join(", ")}.`,
      en: `The FxRates table has no ${missing.map((c) => c.en).join(", ")} column. Amount (KRW) needs it: add the column, then run setup again. Current columns: ${headers.map(String).join(", ")}.`,
    });
  }
  return found as Record<FxColumnKey, string>;
}

function fxPlan(language: Language, sheetNames: readonly string[]): FxPlan {
  const asOf = isoToSerial(DEFAULT_FX_AS_OF);
  return {
    sheetName: uniqueSheetName(SHEET_NAMES.fx[language], sheetNames),
    headers: FX_COLUMNS.map((c) => c[language]),
    rows: DEFAULT_FX_RATES.map((rate) => [rate.currency, rate.krwPerUnit, rate.per, asOf]),
    numberFormats: FX_COLUMNS.map((c) => c.numberFormat),
    widths: FX_COLUMNS.map((c) => c.width),
  };
}

function headerErrorExplained(error: HeaderError): LocalizedError {
  return new LocalizedError(
    {
      ko: `약정 표의 열 이름이 모호해서 업그레이드할 수 없습니다. ${error.message} 한 열의 이름을 바꾸거나 지운 뒤 다시 설정하세요. 데이터는 바꾸지 않았습니다.`,
      en: `The Commitments table's headers are ambiguous, so it cannot be upgraded. ${error.message} Rename or remove one of the columns, then run setup again. No data was changed.`,
    },
    { cause: error },
  );
}

/** Decides what setup does. Throws LocalizedError when the workbook cannot be upgraded safely. */
export function planSetup(state: WorkbookState, language: Language): SetupPlan {
  const versionIsCurrent = state.schemaVersion === SCHEMA_VERSION;
  if (state.schemaVersion !== null && state.schemaVersion > SCHEMA_VERSION) {
    throw new LocalizedError({
      ko: `이 통합 문서는 더 새로운 버전의 추가 기능(스키마 버전 ${state.schemaVersion})으로 설정되었습니다. 추가 기능을 업데이트하세요. 이 버전은 스키마 ${SCHEMA_VERSION}까지만 압니다.`,
      en: `This workbook was set up by a newer version of the add-in (schema version ${state.schemaVersion}); this version knows schema ${SCHEMA_VERSION}. Update the add-in.`,
    });
  }

  let fxLabels: Record<FxColumnKey, string> | null = null;
  if (state.fx) fxLabels = resolveFxHeaders(state.fx.headers);

  if (!state.commitments) {
    const fx = state.fx ? null : fxPlan(language, state.sheetNames);
    const sheetName = uniqueSheetName(SHEET_NAMES.commitments[language], [...state.sheetNames, ...(fx ? [fx.sheetName] : [])]);
    const labels = (key: ColumnKey) => columnLabel(key, language);
    return {
      kind: "create",
      language,
      sheetName,
      columns: COLUMNS.map((column) => newColumn(column.key, language, labels, fxLabels ?? fxLabelsIn(language))),
      fx,
      writeSchemaVersion: !versionIsCurrent,
    };
  }

  let resolved;
  try {
    resolved = resolveHeaders(state.commitments.headers);
  } catch (error) {
    if (error instanceof HeaderError) throw headerErrorExplained(error);
    throw error;
  }
  const tableLanguage = resolved.language;
  const missing = COLUMNS.filter((c) => resolved.indexOf[c.key] === undefined);
  const lookalikes = resolved.extras.flatMap(({ header }) => {
    const key = lookalikeColumn(header);
    return key && resolved.indexOf[key] === undefined ? [{ header, key }] : [];
  });
  if (lookalikes.length > 0) {
    const spec = (key: ColumnKey) => COLUMNS.find((c) => c.key === key)!;
    throw new LocalizedError({
      ko: `약정 표의 열 이름이 모호해서 업그레이드할 수 없습니다. ${lookalikes.map((l) => `"${l.header}"은(는) ${spec(l.key).ko} 열 같지만 이름이 정확히 일치하지 않습니다`).join("; ")}. 그 열이 맞으면 이름을 "${spec(lookalikes[0].key).ko}"(으)로 바꾸고, 다른 열이면 다른 이름으로 바꾼 뒤 다시 설정하세요. 데이터는 바꾸지 않았습니다.`,
      en: `The Commitments table's headers are ambiguous, so it cannot be upgraded. ${lookalikes.map((l) => `"${l.header}" looks like the ${spec(l.key).en} column but does not match its name`).join("; ")}. If it is that column, rename it to "${spec(lookalikes[0].key).en}"; if not, give it another name. Then run setup again. No data was changed.`,
    });
  }
  const existingHeaders = new Set(state.commitments.headers.map((h) => foldText(h)));
  const clash = missing.find((c) => existingHeaders.has(foldText(c[tableLanguage])));
  if (clash) {
    throw new LocalizedError({
      ko: `추가할 열 "${clash[tableLanguage]}"과(와) 같은 이름의 열이 이미 있지만 다른 열로 인식되었습니다. 열 이름을 확인하세요.`,
      en: `A column named "${clash[tableLanguage]}" already exists but was read as a different column. Check the headers.`,
    });
  }
  const fx = state.fx ? null : fxPlan(tableLanguage, state.sheetNames);
  // Schema 2 also needs the Progress table that Realized (KRW) and Jobs created sum (progressSetup.ts creates it).
  if (missing.length === 0 && !fx && versionIsCurrent && state.progress !== null) {
    return { kind: "unchanged", language: tableLanguage, sheetName: state.commitments.sheetName };
  }
  /** Existing headers keep the user's spelling; added ones use the table's language. */
  const labels = (key: ColumnKey): string => {
    const index = resolved.indexOf[key];
    return index === undefined ? columnLabel(key, tableLanguage) : String(state.commitments!.headers[index]);
  };
  return {
    kind: "upgrade",
    language: tableLanguage,
    sheetName: state.commitments.sheetName,
    bodyRowCount: state.commitments.bodyRowCount,
    columns: missing.map((column) => newColumn(column.key, tableLanguage, labels, fxLabels ?? fxLabelsIn(tableLanguage))),
    fx,
    writeSchemaVersion: !versionIsCurrent,
  };
}

/**
 * The schema column an unmatched header seems to mean once units and punctuation are dropped
 * ("금액(원)", "Amount [USD]", "Status:"), or null. Upgrading would otherwise add a second column
 * that means the same thing.
 */
export function lookalikeColumn(header: string): ColumnKey | null {
  const stripped = header.replace(/\([^)]*\)|\[[^\]]*\]|（[^）]*）/g, "").replace(/[^\p{L}\p{N}\s]/gu, "").trim();
  if (stripped === "" || stripped === header.trim()) return null;
  return matchHeader(stripped);
}

function fxLabelsIn(language: Language): Record<FxColumnKey, string> {
  return {
    currency: fxColumnLabel("currency", language),
    krwPerUnit: fxColumnLabel("krwPerUnit", language),
    per: fxColumnLabel("per", language),
    asOf: fxColumnLabel("asOf", language),
  };
}

function newColumn(
  key: ColumnKey,
  language: Language,
  labels: (key: ColumnKey) => string,
  fx: Record<FxColumnKey, string>,
): NewColumnPlan {
  const column = COLUMNS.find((c) => c.key === key)!;
  const options = "options" in column ? column.options : undefined;
  return {
    key,
    header: column[language],
    numberFormat: column.numberFormat,
    width: column.width,
    listSource: options ? options.map((o) => o[language]).join(",") : null,
    formula:
      key === "amountKrw"
        ? amountKrwFormulaFor({
            amount: labels("amount"),
            currency: labels("currency"),
            signed: labels("signed"),
            fxTable: FX_TABLE_NAME,
            fxCurrency: fx.currency,
            fxKrwPerUnit: fx.krwPerUnit,
            fxPer: fx.per,
            fxAsOf: fx.asOf,
          })
        : key === "realizedKrw" || key === "jobsCreated"
          ? commitmentProgressFormulasFor(labels("id"), language)[key]
          : null,
  };
}

export { TABLE_NAME, FX_TABLE_NAME };
