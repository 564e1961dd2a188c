/**
 * PIVOT: a whole cross-tab from one call, so a report grid needs one formula instead of
 * hundreds (each custom-function call crosses the 5 MB argument limit separately).
 *
 *   corner        | col value 1 | col value 2 | … | 합계
 *   row value 1   | sum         | sum         | … | row total
 *   …
 *   합계          | col total   | col total   | … | grand total
 *
 * Rows and columns are ordered by total, descending, ties by label. Labels are the stored
 * canonical values: country codes, enum labels in the table's header language.
 */
import { COLUMNS, foldText, serialToIso, type Language } from "../schema";
import { guardMixedCurrencies, measureColumn } from "./aggregate";
import { invalidValue } from "./errors";
import { buildFilters, selectRows, type Selection } from "./filters";
import type { TableColumn, TableModel } from "./table";

export type PivotCell = string | number;

const TOTAL_LABEL: Readonly<Record<Language, string>> = { ko: "합계", en: "Total" };
const BLANK_LABEL: Readonly<Record<Language, string>> = { ko: "(미입력)", en: "(blank)" };
const COUNT_MEASURES = new Set(["count", "건수", "개수", "rows"].map(foldText));

/** Each row's group (an index into labels), found lazily; reading an unreadable cell throws the row's message. */
interface Groups {
  readonly labels: readonly PivotCell[];
  of(row: number): number;
}
function fieldColumn(model: TableModel, name: string | null, role: string): TableColumn {
  if (name === null) throw invalidValue(`${role} is required: name a column such as 국가/Country or 구분/Category.`);
  const column = model.findColumn(name);
  if (!column) {
    const found = model.headers.map((h) => String(h ?? "")).join(", ");
    throw invalidValue(`${role} "${name}" is not a column of the table. Headers found: ${found}.`);
  }
  return column;
}

function headerLabel(model: TableModel, column: TableColumn): string {
  const spec = column.key ? COLUMNS.find((c) => c.key === column.key) : undefined;
  return spec ? spec[model.language] : column.header;
}

/** Groups rows by a field's canonical value; cached with the model, so a second PIVOT reuses it. */
function groupsOf(model: TableModel, column: TableColumn): Groups {
  return model.derived(`groups:${column.index}`, (): Groups => {
    const labels: PivotCell[] = [];
    const idOf = new Map<string | number, number>();
    const blank = BLANK_LABEL[model.language];
    const assign = (key: string | number, label: () => PivotCell) => {
      let id = idOf.get(key);
      if (id === undefined) {
        id = labels.length;
        idOf.set(key, id);
        labels.push(label());
      }
      return id;
    };
    let keyOf: (row: number) => number;
    switch (column.type) {
      case "enum": {
        const enums = model.enums(column);
        keyOf = (r) => {
          const code = enums.at(r);
          return code === -1 ? assign("", () => blank) : assign(code, () => enums.options[code][model.language]);
        };
        break;
      }
      case "country":
      case "currency": {
        const codes = model.codes(column);
        keyOf = (r) => {
          const code = codes.at(r);
          return assign(code, () => (code === "" ? blank : code));
        };
        break;
      }
      case "date":
      case "datetime": {
        const dates = model.dates(column);
        keyOf = (r) => {
          const serial = dates.at(r);
          return Number.isNaN(serial) ? assign("", () => blank) : assign(serial, () => serialToIso(serial));
        };
        break;
      }
      case "number":
      case "integer": {
        const numbers = model.numbers(column);
        keyOf = (r) => {
          const value = numbers.at(r);
          return assign(value, () => value);
        };
        break;
      }
      default: {
        const texts = model.texts(column);
        keyOf = (r) => {
          const text = texts.at(r);
          return assign(text, () => (text === "" ? blank : String(model.cell(r, column)).normalize("NFKC").trim().replace(/\s+/g, " ")));
        };
      }
    }
    // One Map lookup a row: group ids memoised by the raw cell (registers repeat a few spellings);
    // a cell that cannot be read, or an object (data type, error), goes through keyOf every time.
    const memo = new Map<unknown, number>();
    const values = model.values;
    const index = column.index;
    const of = (row: number): number => {
      const cell = values[row + 1][index];
      let id = memo.get(cell);
      if (id === undefined) {
        id = keyOf(row);
        if (typeof cell !== "object" || cell === null) memo.set(cell, id);
      }
      return id;
    };
    return { labels, of };
  });
}

/** The most cells a PIVOT spills (docs/formulas.md): past it, Excel's 5 MB cap on a result and the sheet's readability give out. */
export const PIVOT_MAX_CELLS = 200_000;
/** Excel's widest sheet. */
export const EXCEL_MAX_COLUMNS = 16_384;

function guardSize(rowGroups: number, colGroups: number, request: PivotRequest): void {
  const rows = rowGroups + 2;
  const columns = colGroups + 2;
  const cells = rows * columns;
  if (columns <= EXCEL_MAX_COLUMNS && cells <= PIVOT_MAX_CELLS) return;
  const over =
    columns > EXCEL_MAX_COLUMNS
      ? `${columns.toLocaleString("en-US")} columns, more than Excel's ${EXCEL_MAX_COLUMNS.toLocaleString("en-US")}`
      : `${cells.toLocaleString("en-US")} cells, more than PIVOT's limit of ${PIVOT_MAX_CELLS.toLocaleString("en-US")}`;
  throw invalidValue(
    `The grid would be ${rows.toLocaleString("en-US")} rows × ${columns.toLocaleString("en-US")} columns: ${over}. ` +
      `Use a field with fewer distinct values than "${colGroups > 0 ? request.columnField : request.rowField}" (e.g. 국가/Country, 구분/Category, 상태/Status), or narrow the rows with a period or criteria.`,
  );
}

/** Group ids ordered by total descending, ties by label. */
function order(present: readonly number[], totals: readonly number[], labels: readonly PivotCell[], language: Language): number[] {
  return [...present].sort((a, b) => {
    if (totals[b] !== totals[a]) return totals[b] - totals[a];
    const [x, y] = [labels[a], labels[b]];
    if (typeof x === "number" && typeof y === "number") return x - y;
    return String(x).localeCompare(String(y), language);
  });
}

export interface PivotRequest {
  readonly rowField: string | null;
  readonly columnField: string | null;
  readonly measure: string | null;
  readonly selection: Selection;
}

export function pivot(model: TableModel, request: PivotRequest): PivotCell[][] {
  const rowColumn = fieldColumn(model, request.rowField, "rowField");
  const colColumn = request.columnField === null ? null : fieldColumn(model, request.columnField, "columnField");
  const counting = request.measure !== null && COUNT_MEASURES.has(foldText(request.measure));
  const measure = counting ? null : measureColumn(model, request.measure);
  const guard = measure ? guardMixedCurrencies(model, measure) : null;

  const plan = buildFilters(model, request.selection);
  const rows = groupsOf(model, rowColumn);
  const cols = colColumn ? groupsOf(model, colColumn) : null;
  const numbers = measure ? model.numbers(measure) : null;
  // Group counts are known only after the pass, so the grid grows as groups appear.
  const cells: number[][] = [];
  const rowTotals: number[] = [];
  const colTotals: number[] = [];
  let grand = 0;
  selectRows(model, plan, (r) => {
    guard?.(r);
    const rowId = rows.of(r);
    const colId = cols ? cols.of(r) : 0;
    const value = numbers ? numbers.at(r) : 1;
    const line = (cells[rowId] ??= []);
    line[colId] = (line[colId] ?? 0) + value;
    rowTotals[rowId] = (rowTotals[rowId] ?? 0) + value;
    colTotals[colId] = (colTotals[colId] ?? 0) + value;
    grand += value;
  });

  const language = model.language;
  const totalLabel = TOTAL_LABEL[language];
  const seen = (totals: readonly number[]) => totals.flatMap((total, id) => (total === undefined ? [] : [id]));
  const rowOrder = order(seen(rowTotals), rowTotals, rows.labels, language);
  const colOrder = cols ? order(seen(colTotals), colTotals, cols.labels, language) : [];

  guardSize(rowOrder.length, colColumn ? colOrder.length : 0, request);

  // A slash, not a backslash: Korean fonts draw a backslash as ₩, which misleads in a money table.
  const corner = colColumn ? `${headerLabel(model, rowColumn)} / ${headerLabel(model, colColumn)}` : headerLabel(model, rowColumn);
  const grid: PivotCell[][] = [[corner, ...colOrder.map((c) => cols!.labels[c]), totalLabel]];
  for (const rowId of rowOrder) {
    const line: PivotCell[] = [rows.labels[rowId]];
    for (const colId of colOrder) line.push(cells[rowId][colId] ?? 0);
    line.push(rowTotals[rowId]);
    grid.push(line);
  }
  grid.push([totalLabel, ...colOrder.map((c) => colTotals[c]), grand]);
  return grid;
}
