/**
 * The table model: a Commitments-shaped 2-D array (first row = headers, as Excel passes
 * `Commitments[#All]`) with its columns resolved through the shared schema and its cells read
 * lazily (see LazyColumn). Models are cached by array identity, so a grid of 400 formulas over
 * the same range parses each cell once. Excel passes a fresh array on every recalculation, so a
 * cached model never outlives the values it was built from.
 */
import {
  CATEGORIES,
  COLUMNS,
  INSTRUMENTS,
  PARTNER_TYPES,
  STATUSES,
  foldText,
  isBlank,
  matchEnum,
  normalizeCountry,
  normalizeCurrency,
  resolveHeaders,
  toDateSerial,
  type ColumnKey,
  type ColumnSpec,
  type ColumnType,
  type EnumOption,
  type Language,
} from "../schema";
import { invalidValue } from "./errors";
import { normalizeText } from "./text";

/** A column a function can read: a schema column, or (for TOTAL's measure) an extra header. */
export interface TableColumn {
  readonly index: number;
  /** Schema key, or null for a header the schema does not know. */
  readonly key: ColumnKey | null;
  readonly type: ColumnType;
  /** How messages name it: "원화환산액 (Amount (KRW))". */
  readonly label: string;
  /** The header as written in the table. */
  readonly header: string;
  readonly options?: readonly EnumOption[];
}

/**
 * Columns are read lazily: a cell is parsed only when a filter or sum reaches its row, so a call
 * does no more parsing than a hand-written loop that stops at the first failing test. Each
 * distinct raw value is parsed once per column (a Map by value), as sheets repeat values. When
 * the same array comes back (a grid of formulas over one range), parsed rows are also kept per
 * row, so later calls parse nothing; a one-off call skips that store and its garbage.
 * A cell that cannot be read is an error only when a row that matters reaches it.
 */
abstract class LazyColumn<T> {
  private rows: (T | undefined)[] | null = null;
  protected readonly cells: readonly (readonly unknown[])[];
  protected readonly index: number;
  constructor(
    protected readonly model: TableModel,
    protected readonly column: TableColumn,
  ) {
    this.cells = model.values;
    this.index = column.index;
  }

  /** The parsed value of a cell; throws #VALUE! naming the row and column when it cannot be read. */
  protected abstract read(cell: unknown, row: number): T;

  at(row: number): T {
    const rows = this.rows;
    if (rows !== null) {
      const kept = rows[row];
      if (kept !== undefined) return kept;
    }
    const value = this.read(this.cells[row + 1][this.index], row);
    if (this.model.reused) (this.rows ??= new Array(this.model.rowCount))[row] = value;
    return value;
  }

  protected problem(row: number, cell: unknown, what: string): never {
    throw invalidValue(`${this.model.rowName(row)}: ${this.column.label} is ${quote(cell)} — ${what}.`);
  }
}

/** Numeric cells: blank is 0; text that is not a number is an error naming the row and column. */
export class NumberColumn extends LazyColumn<number> {
  constructor(
    model: TableModel,
    column: TableColumn,
    /** For Amount (KRW): what a blank cell means (see TableModel.amountKrwFallback). */
    private readonly blank: ((row: number) => number) | null,
  ) {
    super(model, column);
  }

  protected read(cell: unknown, row: number): number {
    if (typeof cell === "number" && Number.isFinite(cell)) return cell;
    if (this.blank && isBlank(cell)) return this.blank(row);
    const value = readNumberCell(cell);
    if (Number.isNaN(value)) this.problem(row, cell, "not a number");
    return value;
  }
}

/** Enum cells: the option index, -1 for blank; a cell naming no option is an error. */
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
      const option = isBlank(cell) ? null : matchEnum(this.options, cell);
      code = isBlank(cell) ? -1 : option ? this.options.indexOf(option) : -2;
      this.seen.set(cell, code);
    }
    if (code === -2) this.problem(row, cell, `not one of ${this.options.map((o) => `${o.ko}/${o.en}`).join(", ")}`);
    return code;
  }
}

/** Date cells: whole-day Excel serial, NaN for blank; text that is not a date is an error. */
export class DateColumn extends LazyColumn<number> {
  private readonly textSerials = new Map<string, number | null>();

  protected read(cell: unknown, row: number): number {
    if (typeof cell === "number" && cell >= 1) return Math.floor(cell);
    let serial: number | null | undefined = typeof cell === "string" ? this.textSerials.get(cell) : undefined;
    if (serial === undefined) {
      try {
        serial = toDateSerial(cell) ?? Number.NaN;
      } catch {
        serial = null;
      }
      if (typeof cell === "string") this.textSerials.set(cell, serial);
    }
    if (serial === null) this.problem(row, cell, "not a date (use 2019-11-18 or an Excel date)");
    return serial;
  }
}

/** Country (ISO alpha-2) or currency (ISO 4217) codes; "" for blank; an unknown name is an error. */
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
      code = isBlank(cell) ? "" : this.normalize(cell);
      this.seen.set(cell, code);
    }
    if (code === null) {
      this.problem(row, cell, this.column.type === "country" ? "not a country (code, 한국어 or English name)" : "not a currency");
    }
    return code;
  }
}

/** Text cells normalized for SUMIFS-style matching (trimmed, case-folded); never an error. */
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
      text = this.normalize(cell);
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

export const ENUM_OPTIONS: Partial<Record<ColumnKey, readonly EnumOption[]>> = {
  instrument: INSTRUMENTS,
  category: CATEGORIES,
  partnerType: PARTNER_TYPES,
  status: STATUSES,
};

export function describeColumn(key: ColumnKey): string {
  const spec = COLUMNS.find((c) => c.key === key)!;
  return `${spec.ko} (${spec.en})`;
}

/**
 * A numeric cell: number, blank (0) or numeric text with thousands commas ("1,234,567.5",
 * "-3", "1.5e6"); NaN for anything else, including misplaced commas ("1,23"). A hand-rolled
 * scan, because a table of 100k amounts stored as text parses each one.
 */
export function readNumberCell(cell: unknown): number {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : Number.NaN;
  if (cell === null || cell === undefined) return 0;
  if (typeof cell !== "string") return Number.NaN;
  return readNumericText(cell);
}

const isDigit = (c: number) => c >= 48 && c <= 57;

function readNumericText(text: string): number {
  let i = 0;
  let end = text.length;
  while (i < end && text.charCodeAt(i) <= 32) i++;
  while (end > i && text.charCodeAt(end - 1) <= 32) end--;
  if (i === end) return 0;
  const start = i;
  if (text.charCodeAt(i) === 43 || text.charCodeAt(i) === 45) i++;
  let digits = 0;
  let group = -1; // digits since the last comma; -1 before the first comma
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      digits++;
      if (group >= 0) group++;
    } else if (c === 44) {
      if (group === -1 ? digits === 0 || digits > 3 : group !== 3) return Number.NaN;
      group = 0;
    } else break;
  }
  if (group !== -1 && group !== 3) return Number.NaN;
  if (i < end && text.charCodeAt(i) === 46) {
    for (i++; i < end && isDigit(text.charCodeAt(i)); i++) digits++;
  }
  if (digits === 0) return Number.NaN;
  if (i < end && (text.charCodeAt(i) | 32) === 101) {
    i++;
    if (i < end && (text.charCodeAt(i) === 43 || text.charCodeAt(i) === 45)) i++;
    const exponentStart = i;
    while (i < end && isDigit(text.charCodeAt(i))) i++;
    if (i === exponentStart) return Number.NaN;
  }
  if (i !== end) return Number.NaN;
  const body = text.slice(start, end);
  return Number(group === -1 ? body : body.replace(/,/g, ""));
}

function quote(cell: unknown): string {
  return typeof cell === "string" ? `"${cell}"` : String(cell);
}

export class TableModel {
  readonly values: readonly (readonly unknown[])[];
  readonly headers: readonly unknown[];
  readonly indexOf: Partial<Record<ColumnKey, number>>;
  readonly extras: readonly { header: string; index: number }[];
  /** The language most headers are written in: PIVOT labels follow it. */
  readonly language: Language;
  readonly rowCount: number;

  /** Set when the same array is passed again: from then on parsed rows are kept per row. */
  reused = false;

  private readonly cache = new Map<string, unknown>();

  constructor(values: readonly (readonly unknown[])[]) {
    this.values = values;
    this.headers = values[0] ?? [];
    const resolved = resolveHeaders(this.headers);
    this.indexOf = resolved.indexOf;
    this.extras = resolved.extras;
    this.language = resolved.language;
    this.rowCount = Math.max(0, values.length - 1);
  }

  has(key: ColumnKey): boolean {
    return this.indexOf[key] !== undefined;
  }

  /** The column for a schema key; a missing column is #VALUE! naming it and the headers found. */
  column(key: ColumnKey, purpose?: string): TableColumn {
    const index = this.indexOf[key];
    if (index === undefined) {
      const found = this.headers.map((h) => String(h ?? "")).join(", ") || "(none)";
      throw invalidValue(
        `Missing column ${describeColumn(key)}${purpose ? ` (needed for ${purpose})` : ""}. Headers found: ${found}.`,
      );
    }
    const spec = COLUMNS.find((c) => c.key === key)! as ColumnSpec;
    return { index, key, type: spec.type, label: describeColumn(key), header: String(this.headers[index]), options: ENUM_OPTIONS[key] };
  }

  /** A column named in a formula (criterion or measure): Korean, English, key, alias, or an extra header. */
  findColumn(name: string): TableColumn | null {
    const folded = foldText(name);
    if (folded === "") return null;
    for (const column of COLUMNS) {
      const index = this.indexOf[column.key];
      if (index === undefined) continue;
      const spellings = [column.key, column.en, column.ko, ...(("headerAliases" in column ? column.headerAliases : undefined) ?? [])];
      if (spellings.some((s) => foldText(s) === folded)) return this.column(column.key);
    }
    const extra = this.extras.find((e) => e.header !== "" && foldText(e.header) === folded);
    return extra ? { index: extra.index, key: null, type: "text", label: `"${extra.header}"`, header: extra.header } : null;
  }

  /** "Row 창원-2019-003" (the ID the officer sees), or the data row number when the ID is blank. */
  rowName(row: number): string {
    const idIndex = this.indexOf.id;
    const id = idIndex === undefined ? null : this.values[row + 1][idIndex];
    return isBlank(id) ? `Row ${row + 1} of the table (no ${describeColumn("id")})` : `Row ${String(id).trim()}`;
  }

  cell(row: number, column: TableColumn): unknown {
    return this.values[row + 1][column.index];
  }

  /** A value derived from the table once and kept with the model (columns, group keys, row lists). */
  derived<T>(name: string, build: () => T): T {
    let value = this.cache.get(name) as T | undefined;
    if (value === undefined) {
      value = build();
      this.cache.set(name, value);
    }
    return value;
  }

  /** A numeric column. For Amount (KRW), a blank cell falls back to Amount when Currency is KRW. */
  numbers(column: TableColumn): NumberColumn {
    return this.derived(`number:${column.index}`, () => new NumberColumn(this, column, column.key === "amountKrw" ? this.amountKrwFallback() : null));
  }

  /**
   * Amount (KRW) left blank: a KRW amount is its own won value; a foreign amount with no
   * conversion is an error, because counting it as 0 would understate the total.
   */
  private amountKrwFallback(): ((row: number) => number) | null {
    if (!this.has("amount")) return null;
    const amount = this.numbers(this.column("amount"));
    const amountIndex = this.indexOf.amount!;
    const currency = this.has("currency") ? this.codes(this.column("currency")) : null;
    return (r) => {
      const raw = this.values[r + 1][amountIndex];
      if (isBlank(raw)) return 0;
      const value = amount.at(r);
      if (value === 0) return 0;
      const code = currency ? currency.at(r) : "";
      if (code === "KRW") return value;
      throw invalidValue(
        `${this.rowName(r)}: ${describeColumn("amountKrw")} is blank but ${describeColumn("amount")} is ${value} (${code || "no currency"}). Fill in the won amount or convert it with COMMIT.TOKRW.`,
      );
    };
  }

  enums(column: TableColumn): EnumColumn {
    return this.derived(`enum:${column.index}`, () => new EnumColumn(this, column));
  }

  dates(column: TableColumn): DateColumn {
    return this.derived(`date:${column.index}`, () => new DateColumn(this, column));
  }

  /** Country codes (ISO alpha-2) or currency codes (ISO 4217), by the column's type. */
  codes(column: TableColumn): CodeColumn {
    return this.derived(`code:${column.index}`, () => new CodeColumn(this, column));
  }

  texts(column: TableColumn): TextColumn {
    return this.derived(`text:${column.index}`, () => new TextColumn(this, column));
  }

  hsCodes(column: TableColumn): TextColumn {
    return this.derived(`hs:${column.index}`, () => new TextColumn(this, column, hsDigits));
  }
}

const models = new WeakMap<object, TableModel>();

/**
 * The model for a table argument. Cached by array identity; the row count and header row
 * object are checked too, so an array grown or re-headed in place is re-read. A cell edited in
 * place inside the same array is not noticed: Excel and HyperFormula never do that (they pass a
 * new array after any change), and checking every cell would cost as much as parsing it.
 */
export function tableModel(values: readonly (readonly unknown[])[]): TableModel {
  const cached = models.get(values);
  if (cached && cached.rowCount === Math.max(0, values.length - 1) && cached.headers === values[0]) {
    cached.reused = true;
    return cached;
  }
  const model = new TableModel(values);
  models.set(values, model);
  return model;
}
