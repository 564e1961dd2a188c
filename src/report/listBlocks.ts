/**
 * The report's two lists (agreements signed in the quarter, follow-ups due next
 * quarter): native SORT(FILTER(CHOOSE(…))) over the table's own columns. Text columns
 * get &"" and the others IF(x="","",x), so a blank cell (an agreement without an
 * amount) prints blank, not 0.
 */
import type { ColumnKey, Language } from "../schema";
import { columnLabel } from "../schema";
import { rangeAddress } from "./a1";
import { LayoutBuilder, str } from "./layoutBuilder";
import { FORMAT, STYLE } from "./layoutStyle";
import { REPORT_LABELS, type ReportLabelKey } from "./labels";

/** Columns the two lists show, in order. */
export const SIGNED_LIST_COLUMNS = ["id", "signed", "instrument", "category", "partner", "country", "amountKrw", "status"] as const;
export const FOLLOW_UP_COLUMNS = ["id", "due", "partner", "country", "category", "amountKrw", "status", "owner"] as const;
const NON_TEXT_LIST_COLUMNS: ReadonlySet<ColumnKey> = new Set(["signed", "due", "amountKrw"]);

export interface ListSpec {
  readonly sectionRow: number;
  readonly sectionKey: ReportLabelKey;
  readonly headerRow: number;
  readonly anchorRow: number;
  /** Rows below the anchor that get the list's number formats (its spill room). */
  readonly formattedRows: number;
  readonly keys: readonly ColumnKey[];
  /** FILTER's include argument. */
  readonly condition: string;
}

export interface ListContext {
  readonly language: Language;
  /** The structured reference of a table column, by the table's own header. */
  readonly column: (key: ColumnKey) => string;
  /** Writes a section title row. */
  readonly section: (row: number, key: ReportLabelKey) => void;
}

/** Adds a list's section, header and spilling formula; returns the anchor address. */
export function addList(b: LayoutBuilder, spec: ListSpec, context: ListContext): string {
  const { keys } = spec;
  context.section(spec.sectionRow, spec.sectionKey);
  keys.forEach((key, i) => b.value(spec.headerRow, i + 1, columnLabel(key, context.language)));
  b.style(rangeAddress(spec.headerRow, 1, spec.headerRow, keys.length), STYLE.header);
  const sources = keys.map((key) => {
    const column = context.column(key);
    return NON_TEXT_LIST_COLUMNS.has(key) ? `IF(${column}="","",${column})` : `${column}&""`;
  });
  const indexes = keys.map((_, i) => i + 1).join(",");
  const empty = keys.map((_, i) => (i === 0 ? str(REPORT_LABELS.noneFound[context.language]) : '""')).join(",");
  const anchor = b.formula(spec.anchorRow, 1, `=SORT(FILTER(CHOOSE({${indexes}},${sources.join(",")}),${spec.condition},{${empty}}),2,1)`);
  const lastRow = spec.anchorRow + spec.formattedRows - 1;
  keys.forEach((key, i) => {
    if (key === "signed" || key === "due") b.format(rangeAddress(spec.anchorRow, i + 1, lastRow, i + 1), FORMAT.date);
    if (key === "amountKrw") b.format(rangeAddress(spec.anchorRow, i + 1, lastRow, i + 1), FORMAT.krw);
  });
  return anchor;
}
