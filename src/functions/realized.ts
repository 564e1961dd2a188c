/**
 * REALIZED and REALIZATION's dated form: sums over the Progress table (schema 2), joined to
 * Commitments by Commitment ID. Which commitments count is decided on Commitments with the
 * same selection as TOTAL (criteria, cancelled rows left out unless a Status criterion is
 * given); which progress counts is decided by its own Date. A quarter's figure therefore
 * depends only on rows dated in it, so regenerating an old quarter reproduces it.
 */
import {
  PROGRESS_COLUMNS,
  isBlank,
  normalizeCurrency,
  progressColumnSpec,
  resolveProgressHeaders,
  toDateSerial,
  type ProgressColumnKey,
} from "../schema";
import { CellErrorValue, isBlankOrZero, quoteCell, unwrapCell } from "./cells";
import { FunctionError, invalidValue } from "./errors";
import { buildFilters, selectRows } from "./filters";
import { criteriaTexts } from "./criteria";
import { parsePeriod, type Period } from "./periods";
import { readNumberCell, type TableModel } from "./table";

type Grid = readonly (readonly unknown[])[];

/** The Progress table argument, resolved: which column holds what. */
export interface ProgressGrid {
  readonly values: Grid;
  readonly indexOf: ReadonlyMap<ProgressColumnKey, number>;
}

const label = (key: ProgressColumnKey) => {
  const spec = progressColumnSpec(key);
  return `${spec.ko} (${spec.en})`;
};

/** Coerces the progress argument: a range whose first row is the Progress header row. */
export function progressGrid(raw: unknown, name: string): ProgressGrid {
  if (!Array.isArray(raw) || raw.length === 0 || !Array.isArray(raw[0]) || !Array.isArray(raw[raw.length - 1])) {
    throw invalidValue(`${name} must be the Progress table with its header row, such as Progress[#All]; got ${isBlank(raw) ? "nothing" : String(raw)}.`);
  }
  const values = raw as Grid;
  let indexOf: ReadonlyMap<ProgressColumnKey, number>;
  try {
    indexOf = resolveProgressHeaders(values[0]).indexOf;
  } catch (error) {
    throw invalidValue((error as Error).message);
  }
  const missing = (["commitmentId", "date", "amountKrw"] as const).filter((key) => !indexOf.has(key));
  if (missing.length > 0) {
    const found = values[0].map((h) => String(h ?? "")).join(", ") || "(none)";
    throw invalidValue(
      `${name} has no ${missing.map(label).join(", ")} column. Pass Progress[#All], which includes the headers (${PROGRESS_COLUMNS.map((c) => c.ko).join(", ")}). Headers found: ${found}.`,
    );
  }
  return { values, indexOf };
}

/** Excel desktop passes a blank cell as 0, and Excel error cells as objects (see cells.ts). */
function idText(cell: unknown): string {
  if (typeof cell === "string") return cell.trim();
  const value = typeof cell === "object" && cell !== null ? unwrapCell(cell) : cell;
  if (value instanceof CellErrorValue || isBlankOrZero(value)) return "";
  return String(value).trim();
}

/** The Total Row Excel appends to Progress[#All] when the table shows one ("요약", "Total"). */
const TOTAL_ROW_LABELS = new Set(["total", "totals", "요약", "합계", "총계"]);

/** A cell a counting row needs, unwrapped; an Excel error in it is #VALUE! naming the row and column. */
function cellValue(grid: ProgressGrid, r: number, key: ProgressColumnKey, cell: unknown): unknown {
  if (typeof cell !== "object" || cell === null) return cell;
  const value = unwrapCell(cell);
  if (value instanceof CellErrorValue) throw invalidValue(`${progressRowName(grid, r)}: ${label(key)} holds ${quoteCell(value)} — fix that cell.`);
  return value;
}

/**
 * Every commitment ID of the table, mapped to its body row when the selection counts it, else -1.
 * A duplicate ID would make the join ambiguous (which row's Category decides?), so it is an
 * error naming it.
 */
function selectedCommitments(model: TableModel, criteria: readonly string[]): Map<string, number> {
  const idIndex = model.column("id", "joining Progress to Commitments").index;
  const ids = new Map<string, number>();
  for (let r = 0; r < model.rowCount; r++) {
    const id = idText(model.values[r + 1][idIndex]);
    if (id === "") continue;
    if (ids.has(id)) throw invalidValue(`Commitment ID ${id} appears twice in the Commitments table, so its progress cannot be attributed. Give each row its own ID.`);
    ids.set(id, -1);
  }
  selectRows(model, buildFilters(model, { criteria }), (r) => {
    const id = idText(model.values[r + 1][idIndex]);
    if (id !== "") ids.set(id, r);
  });
  return ids;
}

/** Describes a progress row in messages: its Progress ID, else its table row number. */
function progressRowName(grid: ProgressGrid, row: number): string {
  const index = grid.indexOf.get("progressId");
  const id = index === undefined ? "" : idText(grid.values[row][index]);
  return id !== "" ? `Progress row ${id}` : `Progress row ${row} of the table`;
}

function describe(cell: unknown): string {
  return typeof cell === "string" ? `"${cell}"` : String(cell);
}

interface ProgressSum {
  krw: number;
  rows: number;
}

/**
 * Visits the progress rows of the selected commitments dated within [from, to], with the
 * commitment's body row, the date and the Amount (KRW). A spare blank line is skipped; a row
 * whose Commitment ID is not in Commitments is an error naming it, wherever it is dated,
 * because its money would otherwise vanish from every total.
 */
export function eachProgress(
  grid: ProgressGrid,
  model: TableModel,
  from: number,
  to: number,
  criteria: readonly string[],
  visit: (commitmentRow: number, date: number, krw: number) => void,
): void {
  const selected = selectedCommitments(model, criteria);
  const values = grid.values;
  const idIndex = grid.indexOf.get("commitmentId")!;
  const dateIndex = grid.indexOf.get("date")!;
  const krwIndex = grid.indexOf.get("amountKrw")!;
  const amountIndex = grid.indexOf.get("amount");
  const currencyIndex = grid.indexOf.get("currency");
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    const rawId = row[idIndex];
    let commitmentRow = typeof rawId === "string" ? selected.get(rawId) : undefined;
    if (commitmentRow === undefined) {
      const id = idText(rawId);
      if (id === "") {
        if (row.every((cell) => isBlankOrZero(cell))) continue;
        if (r === values.length - 1 && TOTAL_ROW_LABELS.has(String(row[0] ?? "").trim().toLowerCase())) continue;
        throw invalidValue(`${progressRowName(grid, r)}: ${label("commitmentId")} is blank, so it belongs to no commitment. Fill it in or delete the row.`);
      }
      commitmentRow = selected.get(id);
      if (commitmentRow === undefined) {
        throw invalidValue(`${progressRowName(grid, r)}: ${label("commitmentId")} ${id} is not in the Commitments table. Correct the ID or add the commitment.`);
      }
    }
    if (commitmentRow < 0) continue;
    const date = progressDate(grid, r, cellValue(grid, r, "date", row[dateIndex]));
    if (date < from || date > to) continue;
    const krw = progressKrw(
      grid,
      r,
      cellValue(grid, r, "amountKrw", row[krwIndex]),
      amountIndex === undefined ? null : cellValue(grid, r, "amount", row[amountIndex]),
      currencyIndex === undefined ? null : cellValue(grid, r, "currency", row[currencyIndex]),
    );
    visit(commitmentRow, date, krw);
  }
}

export function sumProgress(grid: ProgressGrid, model: TableModel, from: number, to: number, criteria: readonly string[]): ProgressSum {
  const total: ProgressSum = { krw: 0, rows: 0 };
  eachProgress(grid, model, from, to, criteria, (_row, _date, krw) => {
    total.krw += krw;
    total.rows++;
  });
  return total;
}

function progressDate(grid: ProgressGrid, r: number, cell: unknown): number {
  if (typeof cell === "number" && cell >= 1) return Math.floor(cell);
  let serial: number | null = null;
  try {
    serial = isBlankOrZero(cell) ? null : toDateSerial(cell);
  } catch {
    // reported below
  }
  if (serial === null) {
    throw invalidValue(
      `${progressRowName(grid, r)}: ${label("date")} is ${isBlank(cell) ? "blank" : describe(cell)} — a progress record needs its date (use 2019-11-18 or an Excel date).`,
    );
  }
  return serial;
}

/**
 * Amount (KRW) of a progress row. Blank means the native formula had nothing to convert: a KRW
 * or blank Amount is its own won value; a foreign Amount left unconverted (no rate that old in
 * FxRates) is an error, because counting it as 0 would understate the total.
 */
function progressKrw(grid: ProgressGrid, r: number, cell: unknown, amountCell: unknown, currencyCell: unknown): number {
  if (typeof cell === "number" && Number.isFinite(cell) && cell !== 0) return cell;
  // 0 is how Excel desktop passes the formula's blank, so it gets the same check.
  if (isBlankOrZero(cell)) {
    if (isBlankOrZero(amountCell)) return 0;
    const amount = readNumberCell(amountCell);
    if (Number.isNaN(amount)) throw invalidValue(`${progressRowName(grid, r)}: ${label("amount")} is ${describe(amountCell)} — not a number.`);
    if (amount === 0) return 0;
    const code = isBlank(currencyCell) ? "" : normalizeCurrency(currencyCell);
    if (code === "KRW") return amount;
    throw invalidValue(
      `${progressRowName(grid, r)}: ${label("amountKrw")} is blank but ${label("amount")} is ${amount} (${code || "no currency"}). Add a rate for that date to FxRates, or fill in the won amount.`,
    );
  }
  const value = readNumberCell(cell);
  if (Number.isNaN(value)) throw invalidValue(`${progressRowName(grid, r)}: ${label("amountKrw")} is ${describe(cell)} — not a number.`);
  return value;
}

const ALL_TIME = { start: Number.NEGATIVE_INFINITY, end: Number.POSITIVE_INFINITY };

/** COMMIT.REALIZED: won realized by the selected commitments' progress dated within the period. */
export function realized(grid: ProgressGrid, model: TableModel, period: Period | null, criteria: readonly string[]): number {
  const { start, end } = period ?? ALL_TIME;
  return sumProgress(grid, model, start, end, criteria).krw;
}

/**
 * REALIZATION's dated form: progress dated up to `asOf` (all of it when null) over the Amount
 * (KRW) the same commitments committed. #VALUE! with the message when nothing was committed
 * (Excel shows a message only for #VALUE! and #N/A).
 */
export function realizationFromProgress(grid: ProgressGrid, model: TableModel, asOf: number | null, criteria: readonly string[]): number {
  const numerator = sumProgress(grid, model, Number.NEGATIVE_INFINITY, asOf ?? Number.POSITIVE_INFINITY, criteria).krw;
  const committed = model.numbers(model.column("amountKrw", "REALIZATION"));
  let denominator = 0;
  selectRows(model, buildFilters(model, { criteria }), (r) => {
    denominator += committed.at(r);
  });
  if (denominator === 0) {
    throw new FunctionError(
      "invalidValue",
      `The selected commitments commit 0 원 in 원화환산액 (Amount (KRW)), so there is no rate to compute (${numerator} 원 realized).`,
    );
  }
  return numerator / denominator;
}

/** A criterion text ("구분=투자"): it has a comparison operator, which no date or period has. */
const looksLikeCriterion = (value: unknown) => typeof value === "string" && /[<>=!≠≥≤]/.test(value);

/**
 * REALIZATION(table, [progress], [asOf], [criteria…]). Formulas written before schema 2 pass
 * criteria right after the table (REALIZATION(t, "구분=투자")); those land in the progress and
 * asOf positions, so text that is a criterion there is read as one and such formulas keep
 * their meaning. With a Progress table, realized is its Amount (KRW) dated up to asOf.
 */
export function realizationOf(
  model: TableModel,
  progressRaw: unknown,
  asOfRaw: unknown,
  criteria: readonly string[],
  cumulative: (model: TableModel, criteria: readonly string[]) => number,
): number {
  if (Array.isArray(progressRaw) && !progressRaw.every((row) => Array.isArray(row))) {
    // A caller in plain JavaScript passing the repeating criteria in the old position.
    return realizationOf(model, null, asOfRaw, [...criteriaTexts(progressRaw), ...criteria], cumulative);
  }
  if (Array.isArray(progressRaw) && progressRaw.length === 1 && progressRaw[0].length === 1 && looksLikeCriterion(progressRaw[0][0])) {
    // A one-cell "range" is a criterion typed in a cell (or a host that passes every argument as a range).
    progressRaw = progressRaw[0][0];
  }
  if (Array.isArray(progressRaw)) {
    const grid = progressGrid(progressRaw, "progress");
    if (looksLikeCriterion(asOfRaw)) return realizationFromProgress(grid, model, null, [asOfRaw as string, ...criteria]);
    const period = parsePeriod(isBlankOrZero(asOfRaw) ? null : asOfRaw);
    return realizationFromProgress(grid, model, period ? period.end : null, criteria);
  }
  const leading = [progressRaw, asOfRaw].filter((value) => !isBlankOrZero(value));
  const notCriteria = leading.filter((value) => !looksLikeCriterion(value));
  if (notCriteria.length > 0) {
    throw invalidValue(
      `${describe(notCriteria[0])} is not a criterion, and an as-of date needs the Progress table: write COMMIT.REALIZATION(Commitments[#All], Progress[#All], "2024-09-30", …).`,
    );
  }
  return cumulative(model, [...(leading as string[]), ...criteria]);
}
