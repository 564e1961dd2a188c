/**
 * Column readers: each turns the cells of one Commitments column into the values the filters and
 * sums compare, lazily, so a call parses only the cells of rows a filter reaches (no more than a
 * hand-written loop that stops at the first failing test). Each distinct raw value is parsed once
 * per call (a Map by value), as registers repeat a few spellings over thousands of rows.
 *
 * A cell that cannot be read — text where a number belongs, an Excel error value, a date out of
 * Excel's range — is an error only when a row that counts reaches it, and the message names the
 * row and the column.
 */
import { isBlank, matchEnum, normalizeCountry, normalizeCurrency, toDateSerial, type EnumOption } from "../schema";
import { CellErrorValue, isBlankOrZero, quoteCell, readNumberCell, unwrapCell } from "./cells";
import { invalidValue } from "./errors";
import type { TableColumn, TableModel } from "./table";
import { normalizeText } from "./text";

/** Excel's last date, 9999-12-31: a number cell beyond it is not a date. */
export const LAST_EXCEL_SERIAL = 2958465;

abstract class LazyColumn<T> {
  protected readonly cells: readonly (readonly unknown[])[];
  protected readonly index: number;
  constructor(
    protected readonly model: TableModel,
    protected readonly column: TableColumn,
  ) {
    this.cells = model.values;
    this.index = column.index;
  }

  /** The parsed value of a primitive cell; throws #VALUE! naming the row and column when it cannot be read. */
  protected abstract read(cell: unknown, row: number): T;

  at(row: number): T {
    let cell = this.cells[row + 1][this.index];
    if (typeof cell === "object" && cell !== null) {
      cell = unwrapCell(cell);
      if (cell instanceof CellErrorValue) this.model.errorCell(row, this.column, cell);
    }
    return this.read(cell, row);
  }

  /**
   * A row filter on this column's value, memoised by the raw cell: registers repeat a few
   * spellings over thousands of rows, so most rows cost one Map lookup (what a careful hand loop
   * does). A cell that cannot be read is not memoised, so every row that reaches it reports itself.
   */
  where(test: (value: T) => boolean): (row: number) => boolean {
    const memo = new Map<unknown, boolean>();
    const cells = this.cells;
    const index = this.index;
    return (row) => {
      const cell = cells[row + 1][index];
      let hit = memo.get(cell);
      if (hit === undefined) {
        hit = test(this.at(row));
        if (typeof cell !== "object" || cell === null) memo.set(cell, hit);
      }
      return hit;
    };
  }

  protected problem(row: number, cell: unknown, what: string): never {
    throw invalidValue(`${this.model.rowName(row)}: ${this.column.label} is ${quoteCell(cell)} — ${what}.`);
  }
}

/** Numeric cells: blank is 0, and 0 is a value; text that is not a number is an error naming the row and column. */
export class NumberColumn extends LazyColumn<number> {
  constructor(
    model: TableModel,
    column: TableColumn,
    /** For Amount (KRW): what a blank (or, from Excel desktop, 0) cell means (see TableModel.amountKrwFallback). */
    private readonly blank: ((row: number, cell: unknown) => number) | null,
  ) {
    super(model, column);
  }

  protected read(cell: unknown, row: number): number {
    if (typeof cell === "number" && Number.isFinite(cell) && (cell !== 0 || this.blank === null)) return cell;
    if (this.blank && isBlankOrZero(cell)) return this.blank(row, cell);
    const value = readNumberCell(cell);
    if (Number.isNaN(value)) this.problem(row, cell, "not a number");
    return value;
  }
}

/** Enum cells: the option index, -1 for blank (or 0); a cell naming no option is an error. */
export class EnumColumn extends LazyColumn<number> {
  private readonly seen = new Map<unknown, number>();
  readonly options: readonly EnumOption[];
  constructor(model: TableModel, column: TableColumn) {
    super(model, column);
    this.options = column.options ?? [];
  }

  protected read(cell: unknown, row: number): number {
    let code = this.seen.get(cell);
    if (code === undefined) {
      const option = isBlankOrZero(cell) ? null : matchEnum(this.options, cell);
      code = isBlankOrZero(cell) ? -1 : option ? this.options.indexOf(option) : -2;
      this.seen.set(cell, code);
    }
    if (code === -2) this.problem(row, cell, `not one of ${this.options.map((o) => `${o.ko}/${o.en}`).join(", ")}`);
    return code;
  }
}

/**
 * Date cells: whole-day Excel serial, NaN for blank (or 0). A number is a serial only within
 * Excel's dates (1 to 2958465); text must be a date form (schema/dates.ts), so "2019" or "191118"
 * is an error that says what was expected rather than a serial from 1905 or 2422.
 */
export class DateColumn extends LazyColumn<number> {
  private readonly textSerials = new Map<string, number | string>();

  protected read(cell: unknown, row: number): number {
    if (typeof cell === "number") {
      if (cell >= 1 && cell < LAST_EXCEL_SERIAL + 1) return Math.floor(cell);
      if (cell === 0) return Number.NaN;
      this.problem(row, cell, `not a date (a date number runs from 1 to ${LAST_EXCEL_SERIAL}, 1900-01-01 to 9999-12-31)`);
    }
    if (isBlank(cell)) return Number.NaN;
    const key = typeof cell === "string" ? cell : String(cell);
    let serial = this.textSerials.get(key);
    if (serial === undefined) {
      try {
        serial = toDateSerial(cell) ?? Number.NaN;
      } catch (error) {
        serial = error instanceof Error ? error.message : String(error);
      }
      this.textSerials.set(key, serial);
    }
    if (typeof serial === "string") this.problem(row, cell, `not a date: ${serial}`);
    return serial;
  }
}

/** Country (ISO alpha-2) or currency (ISO 4217) codes; "" for blank (or 0); an unknown name is an error. */
export class CodeColumn extends LazyColumn<string> {
  private readonly seen = new Map<unknown, string | null>();
  private readonly normalize: (raw: unknown) => string | null;
  constructor(model: TableModel, column: TableColumn) {
    super(model, column);
    this.normalize = column.type === "country" ? normalizeCountry : normalizeCurrency;
  }

  protected read(cell: unknown, row: number): string {
    let code = this.seen.get(cell);
    if (code === undefined) {
      code = isBlankOrZero(cell) ? "" : this.normalize(cell);
      this.seen.set(cell, code);
    }
    if (code === null) {
      this.problem(row, cell, this.column.type === "country" ? "not a country (code, 한국어 or English name)" : "not a currency");
    }
    return code;
  }
}

/** Text cells normalized for SUMIFS-style matching (trimmed, case-folded); 0 is blank; never an error. */
export class TextColumn extends LazyColumn<string> {
  private readonly seen = new Map<unknown, string>();
  constructor(
    model: TableModel,
    column: TableColumn,
    private readonly normalize: (raw: unknown) => string = normalizeText,
  ) {
    super(model, column);
  }

  protected read(cell: unknown): string {
    let text = this.seen.get(cell);
    if (text === undefined) {
      text = cell === 0 ? "" : this.normalize(cell);
      this.seen.set(cell, text);
    }
    return text;
  }
}

/**
 * HS codes as digit strings. Excel turns "081070" typed into a General cell into the number
 * 81070, so numbers and odd-length digit runs get their leading zero back (HS codes have an
 * even number of digits: 6, 8 or 10).
 */
export function hsDigits(cell: unknown): string {
  const digits = String(cell ?? "").replace(/\D/g, "");
  return digits.length % 2 === 1 ? `0${digits}` : digits;
}

export { readNumberCell };
