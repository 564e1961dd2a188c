/**
 * The Commitments table: the one definition that the functions, the task pane,
 * sync and the report all read. Column order here is the order setup writes.
 */

/** 2: the Progress table; Realized (KRW) and Jobs created are SUMIFS over it (src/schema/progress.ts). */
export const SCHEMA_VERSION = 2;
export const TABLE_NAME = "Commitments";
export const FX_TABLE_NAME = "FxRates";

export type Language = "ko" | "en";

export type ColumnType =
  | "id"
  | "text"
  | "date"
  | "datetime"
  | "enum"
  | "country"
  | "currency"
  | "number"
  | "integer"
  | "hsCode";

export interface EnumOption {
  /** Stable key, never shown; cells store the label in the table's language. */
  readonly value: string;
  readonly en: string;
  readonly ko: string;
  /** Extra spellings seen in real sheets and press releases. */
  readonly aliases?: readonly string[];
}

export interface ColumnSpec {
  readonly key: ColumnKey;
  readonly en: string;
  readonly ko: string;
  readonly type: ColumnType;
  readonly required: boolean;
  readonly options?: readonly EnumOption[];
  /** Excel number format applied to the data body. */
  readonly numberFormat: string;
  /** Column width in points. */
  readonly width: number;
  /** Extra header spellings accepted when resolving headers (imports, legacy sheets). */
  readonly headerAliases?: readonly string[];
}

export const INSTRUMENTS = [
  { value: "mou", en: "MOU", ko: "양해각서(MOU)", aliases: ["양해각서", "업무협약", "memorandum of understanding"] },
  { value: "loi", en: "LOI", ko: "의향서(LOI)", aliases: ["의향서", "투자의향서", "letter of intent"] },
  { value: "moa", en: "MOA", ko: "협정서(MOA)", aliases: ["협정서", "투자협정", "투자협약", "memorandum of agreement"] },
  { value: "contract", en: "Contract", ko: "계약", aliases: ["계약서", "수출계약"] },
  { value: "agreement", en: "Agreement", ko: "협약", aliases: ["협약서"] },
  { value: "sisterCity", en: "Sister city", ko: "자매결연", aliases: ["자매도시", "sister-city"] },
  { value: "friendshipCity", en: "Friendship city", ko: "우호교류", aliases: ["우호도시", "우호협력", "friendship-city"] },
] as const satisfies readonly EnumOption[];

export const CATEGORIES = [
  { value: "export", en: "Export", ko: "수출" },
  { value: "investment", en: "Investment", ko: "투자", aliases: ["투자유치"] },
  { value: "cooperation", en: "Cooperation", ko: "협력" },
  { value: "exchange", en: "Exchange", ko: "교류" },
] as const satisfies readonly EnumOption[];

export const PARTNER_TYPES = [
  { value: "localGovernment", en: "Local government", ko: "지방정부", aliases: ["city", "시", "지자체"] },
  { value: "nationalGovernment", en: "National government", ko: "중앙정부", aliases: ["government", "정부"] },
  { value: "company", en: "Company", ko: "기업", aliases: ["business", "회사"] },
  { value: "university", en: "University", ko: "대학", aliases: ["대학교"] },
  { value: "research", en: "Research institute", ko: "연구기관", aliases: ["연구소", "research"] },
  { value: "association", en: "Association", ko: "협회·단체", aliases: ["협회", "단체", "ngo"] },
  { value: "hospital", en: "Hospital", ko: "의료기관", aliases: ["병원"] },
  { value: "other", en: "Other", ko: "기타" },
] as const satisfies readonly EnumOption[];

export const STATUSES = [
  { value: "planned", en: "Planned", ko: "추진중" },
  { value: "signed", en: "Signed", ko: "체결" },
  { value: "inProgress", en: "In progress", ko: "이행중", aliases: ["in-progress", "진행중"] },
  { value: "completed", en: "Completed", ko: "완료" },
  { value: "lapsed", en: "Lapsed", ko: "중단" },
  { value: "cancelled", en: "Cancelled", ko: "취소", aliases: ["canceled"] },
] as const satisfies readonly EnumOption[];

export type InstrumentValue = (typeof INSTRUMENTS)[number]["value"];
export type CategoryValue = (typeof CATEGORIES)[number]["value"];
export type StatusValue = (typeof STATUSES)[number]["value"];

const KRW_FORMAT = "#,##0";
// Whole units: "#,##0.##" would show "350,000." in Excel; commitments are not quoted in cents.
const AMOUNT_FORMAT = "#,##0";
const DATE_FORMAT = "yyyy-mm-dd";

export const COLUMNS = [
  { key: "id", en: "ID", ko: "관리번호", type: "id", required: true, numberFormat: "@", width: 90, headerAliases: ["번호", "no"] },
  { key: "agency", en: "Agency", ko: "추진기관", type: "text", required: true, numberFormat: "@", width: 90, headerAliases: ["기관", "지자체"] },
  { key: "signed", en: "Signed", ko: "체결일", type: "date", required: false, numberFormat: DATE_FORMAT, width: 75, headerAliases: ["체결일자", "date signed", "signed on"] },
  { key: "instrument", en: "Instrument", ko: "협약형태", type: "enum", required: true, options: INSTRUMENTS, numberFormat: "@", width: 95, headerAliases: ["형태", "협약종류"] },
  { key: "category", en: "Category", ko: "구분", type: "enum", required: true, options: CATEGORIES, numberFormat: "@", width: 60, headerAliases: ["분류"] },
  { key: "partner", en: "Partner", ko: "상대기관", type: "text", required: true, numberFormat: "@", width: 150, headerAliases: ["협약기관", "상대방", "counterpart"] },
  { key: "partnerType", en: "Partner type", ko: "기관유형", type: "enum", required: false, options: PARTNER_TYPES, numberFormat: "@", width: 85 },
  { key: "country", en: "Country", ko: "국가", type: "country", required: true, numberFormat: "@", width: 55, headerAliases: ["나라"] },
  { key: "city", en: "City", ko: "도시", type: "text", required: false, numberFormat: "@", width: 90 },
  { key: "sector", en: "Sector", ko: "분야", type: "text", required: false, numberFormat: "@", width: 90 },
  { key: "product", en: "Product", ko: "품목", type: "text", required: false, numberFormat: "@", width: 90 },
  { key: "hsCode", en: "HS code", ko: "HS코드", type: "hsCode", required: false, numberFormat: "@", width: 65, headerAliases: ["hs"] },
  { key: "amount", en: "Amount", ko: "금액", type: "number", required: false, numberFormat: AMOUNT_FORMAT, width: 100 },
  { key: "currency", en: "Currency", ko: "통화", type: "currency", required: false, numberFormat: "@", width: 55 },
  { key: "amountKrw", en: "Amount (KRW)", ko: "원화환산액", type: "number", required: false, numberFormat: KRW_FORMAT, width: 115, headerAliases: ["원화금액", "amount krw"] },
  { key: "realizedKrw", en: "Realized (KRW)", ko: "집행액", type: "number", required: false, numberFormat: KRW_FORMAT, width: 110, headerAliases: ["실적", "이행액", "realized"] },
  { key: "jobs", en: "Jobs", ko: "일자리", type: "integer", required: false, numberFormat: "#,##0", width: 55, headerAliases: ["고용", "일자리창출"] },
  { key: "status", en: "Status", ko: "상태", type: "enum", required: true, options: STATUSES, numberFormat: "@", width: 65, headerAliases: ["진행상태"] },
  { key: "due", en: "Due", ko: "이행기한", type: "date", required: false, numberFormat: DATE_FORMAT, width: 75, headerAliases: ["기한", "due date"] },
  { key: "owner", en: "Owner", ko: "담당자", type: "text", required: false, numberFormat: "@", width: 70 },
  { key: "source", en: "Source", ko: "출처", type: "text", required: false, numberFormat: "@", width: 160 },
  { key: "notes", en: "Notes", ko: "비고", type: "text", required: false, numberFormat: "@", width: 200, headerAliases: ["메모"] },
  { key: "updated", en: "Updated", ko: "수정일시", type: "datetime", required: false, numberFormat: "yyyy-mm-dd hh:mm", width: 110, headerAliases: ["수정일"] },
  // Schema 2, last so that upgrading adds it where setup adds every missing column: a SUMIFS of Progress Jobs.
  { key: "jobsCreated", en: "Jobs created", ko: "창출일자리", type: "integer", required: false, numberFormat: "#,##0", width: 70 },
] as const satisfies readonly {
  key: string;
  en: string;
  ko: string;
  type: ColumnType;
  required: boolean;
  options?: readonly EnumOption[];
  numberFormat: string;
  width: number;
  headerAliases?: readonly string[];
}[];

export type ColumnKey = (typeof COLUMNS)[number]["key"];

export const COLUMN_KEYS: readonly ColumnKey[] = COLUMNS.map((c) => c.key);

const COLUMN_BY_KEY = new Map<ColumnKey, ColumnSpec>(COLUMNS.map((c) => [c.key, c as ColumnSpec]));

export function columnSpec(key: ColumnKey): ColumnSpec {
  const spec = COLUMN_BY_KEY.get(key);
  if (!spec) throw new Error(`Unknown column key "${key}"`);
  return spec;
}

export function columnLabel(key: ColumnKey, language: Language): string {
  return columnSpec(key)[language];
}

export function headerRow(language: Language): string[] {
  return COLUMNS.map((c) => c[language]);
}

export const NUMERIC_COLUMN_KEYS: readonly ColumnKey[] = COLUMNS.filter(
  (c) => c.type === "number" || c.type === "integer",
).map((c) => c.key);

export const DATE_COLUMN_KEYS: readonly ColumnKey[] = COLUMNS.filter(
  (c) => c.type === "date" || c.type === "datetime",
).map((c) => c.key);
