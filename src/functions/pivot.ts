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

/** Each row's group (index into labels), or -1 when the cell cannot be read (the row's message via problem()). */
interface Groups {
  readonly ids: Int32Array;
  readonly labels: readonly PivotCell[];
  problem(row: number): string;
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
    const ids = new Int32Array(model.rowCount);
    const labels: PivotCell[] = [];
    const idOf = new Map<string | number, number>();
    const blank = BLANK_LABEL[model.language];
    const assign = (key: string | number, label: PivotCell) => {
      let id = idOf.get(key);
      if (id === undefined) {
        id = labels.length;
        idOf.set(key, id);
        labels.push(label);
      }
      return id;
    };
    let problem: (row: number) => string = (row) => `${model.rowName(row)}: ${column.label} cannot be read.`;

    switch (column.type) {
      case "enum": {
        const enums = model.enums(column);
        for (let r = 0; r < model.rowCount; r++) {
          const code = enums.codes[r];
          ids[r] = code === -2 ? -1 : code === -1 ? assign("", blank) : assign(code, enums.options[code][model.language]);
        }
        problem = (row) => enums.problems.get(row)!;
        break;
      }
      case "country":
      case "currency": {
        const codes = model.codes(column);
        for (let r = 0; r < model.rowCount; r++) {
          const code = codes.codes[r];
          ids[r] = code === null ? -1 : assign(code, code === "" ? blank : code);
        }
        problem = (row) => codes.problems.get(row)!;
        break;
      }
      case "date":
      case "datetime": {
        const dates = model.dates(column);
        for (let r = 0; r < model.rowCount; r++) {
          const serial = dates.serials[r];
          ids[r] = Number.isNaN(serial) ? (dates.problems.has(r) ? -1 : assign("", blank)) : assign(serial, serialToIso(serial));
        }
        problem = (row) => dates.problems.get(row)!;
        break;
      }
      case "number":
      case "integer": {
        const numbers = model.numbers(column);
        for (let r = 0; r < model.rowCount; r++) {
          const value = numbers.values[r];
          ids[r] = Number.isNaN(value) ? -1 : assign(value, value);
        }
        problem = (row) => numbers.problems.get(row)!;
        break;
      }
      default: {
        const texts = model.texts(column);
        for (let r = 0; r < model.rowCount; r++) {
          const text = texts[r];
          ids[r] = assign(text, text === "" ? blank : String(model.cell(r, column)).normalize("NFKC").trim().replace(/\s+/g, " "));
        }
      }
    }
    return { ids, labels, problem };
  });
}

/** Group ids ordered by total descending, ties by label. */
function order(present: readonly number[], totals: Float64Array, labels: readonly PivotCell[], language: Language): number[] {
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

  const filters = buildFilters(model, request.selection);
  const rows = groupsOf(model, rowColumn);
  const cols = colColumn ? groupsOf(model, colColumn) : null;
  const numbers = measure ? model.numbers(measure) : null;
  const width = cols ? cols.labels.length : 1;
  const cells = new Float64Array(rows.labels.length * width);
  const rowTotals = new Float64Array(rows.labels.length);
  const colTotals = new Float64Array(width);
  const rowSeen = new Uint8Array(rows.labels.length);
  const colSeen = new Uint8Array(width);

  let grand = 0;
  selectRows(model, filters, (r) => {
    guard?.(r);
    const rowId = rows.ids[r];
    if (rowId < 0) throw invalidValue(rows.problem(r));
    const colId = cols ? cols.ids[r] : 0;
    if (colId < 0) throw invalidValue(cols!.problem(r));
    const value = numbers ? (numbers.values[r] === numbers.values[r] ? numbers.values[r] : model.numberAt(numbers, r)) : 1;
    cells[rowId * width + colId] += value;
    rowTotals[rowId] += value;
    colTotals[colId] += value;
    grand += value;
    rowSeen[rowId] = 1;
    colSeen[colId] = 1;
  });

  const language = model.language;
  const totalLabel = TOTAL_LABEL[language];
  const rowOrder = order(
    rows.labels.map((_, i) => i).filter((i) => rowSeen[i]),
    rowTotals,
    rows.labels,
    language,
  );
  const colOrder = cols
    ? order(
        cols.labels.map((_, i) => i).filter((i) => colSeen[i]),
        colTotals,
        cols.labels,
        language,
      )
    : [];

  const corner = colColumn ? `${headerLabel(model, rowColumn)} \\ ${headerLabel(model, colColumn)}` : headerLabel(model, rowColumn);
  const grid: PivotCell[][] = [[corner, ...colOrder.map((c) => cols!.labels[c]), totalLabel]];
  for (const rowId of rowOrder) {
    const line: PivotCell[] = [rows.labels[rowId]];
    for (const colId of colOrder) line.push(cells[rowId * width + colId]);
    line.push(rowTotals[rowId]);
    grid.push(line);
  }
  grid.push([totalLabel, ...colOrder.map((c) => colTotals[c]), grand]);
  return grid;
}
