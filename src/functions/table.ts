/**
 * The table model: a Commitments-shaped 2-D array (first row = headers, as Excel passes
 * `Commitments[#All]`) with its columns resolved through the shared schema and parsed lazily,
 * once per column. Models are cached by array identity, so a grid of 400 formulas over the same
 * range parses each column once. Excel passes a fresh array on every recalculation, so a cached
 * model never outlives the values it was built from.
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

/** Cells that are blank in a numeric column count as 0; text that is not a number is NaN here and an error when used. */
export interface NumberColumn {
  readonly values: Float64Array;
  /** Messages for the rows whose cell is not a number. */
  readonly problems: ReadonlyMap<number, string>;
}

/** Option index per row: -1 blank, -2 unrecognised (see problems). */
export interface EnumColumn {
  readonly options: readonly EnumOption[];
  readonly codes: Int16Array;
  readonly problems: ReadonlyMap<number, string>;
}

/** Whole-day serial per row: NaN blank or unreadable (problems tells which). */
export interface DateColumn {
  readonly serials: Float64Array;
  readonly problems: ReadonlyMap<number, string>;
}

/** Canonical code per row ("US", "KRW"): "" blank, null unrecognised (see problems). */
export interface CodeColumn {
  readonly codes: readonly (string | null)[];
  readonly problems: ReadonlyMap<number, string>;
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

const NUMERIC_TEXT = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:e[+-]?\d+)?$/i;

/** A numeric cell: number, blank (0) or numeric text with thousands commas; NaN for anything else. */
export function readNumberCell(cell: unknown): number {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : Number.NaN;
  if (cell === null || cell === undefined) return 0;
  if (typeof cell !== "string") return Number.NaN;
  const text = cell.trim();
  if (text === "") return 0;
  if (!NUMERIC_TEXT.test(text) || !/\d/.test(text)) return Number.NaN;
  return Number(text.replace(/,/g, ""));
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

  /** A value derived from the table once and kept with the model (columns parsed, group keys). */
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
    return this.derived(`number:${column.index}`, () => {
      const values = new Float64Array(this.rowCount);
      const problems = new Map<number, string>();
      const fallback = column.key === "amountKrw" ? this.amountKrwFallback() : null;
      for (let r = 0; r < this.rowCount; r++) {
        const cell = this.values[r + 1][column.index];
        if (fallback && isBlank(cell)) {
          const substitute = fallback(r);
          values[r] = substitute.value;
          if (substitute.problem) problems.set(r, substitute.problem);
          continue;
        }
        const value = readNumberCell(cell);
        values[r] = value;
        if (Number.isNaN(value)) problems.set(r, `${this.rowName(r)}: ${column.label} is ${quote(cell)} — not a number.`);
      }
      return { values, problems };
    });
  }

  /**
   * Amount (KRW) left blank: a KRW amount is its own won value; a foreign amount with no
   * conversion is an error, because counting it as 0 would understate the total.
   */
  private amountKrwFallback(): ((row: number) => { value: number; problem?: string }) | null {
    if (!this.has("amount")) return null;
    const amount = this.column("amount");
    const currency = this.has("currency") ? this.codes(this.column("currency")) : null;
    return (r) => {
      const raw = this.values[r + 1][amount.index];
      if (isBlank(raw)) return { value: 0 };
      const value = readNumberCell(raw);
      if (Number.isNaN(value)) {
        return { value, problem: `${this.rowName(r)}: ${amount.label} is ${quote(raw)} — not a number.` };
      }
      const code = currency?.codes[r];
      if (code === "KRW") return { value };
      if (value === 0) return { value: 0 };
      const shown = code ? code : code === "" ? "no currency" : `currency ${quote(this.values[r + 1][this.indexOf.currency!])}`;
      return {
        value: Number.NaN,
        problem: `${this.rowName(r)}: ${describeColumn("amountKrw")} is blank but ${amount.label} is ${value} (${shown}). Fill in the won amount or convert it with COMMIT.TOKRW.`,
      };
    };
  }

  /** Number at a row, throwing the row's message when the cell is not a number. */
  numberAt(column: NumberColumn, row: number): number {
    const value = column.values[row];
    if (Number.isNaN(value)) throw invalidValue(column.problems.get(row) ?? `${this.rowName(row)}: not a number.`);
    return value;
  }

  enums(column: TableColumn): EnumColumn {
    return this.derived(`enum:${column.index}`, () => {
      const options = column.options ?? [];
      const codes = new Int16Array(this.rowCount);
      const problems = new Map<number, string>();
      const seen = new Map<unknown, number>();
      for (let r = 0; r < this.rowCount; r++) {
        const cell = this.values[r + 1][column.index];
        let code = seen.get(cell);
        if (code === undefined) {
          if (isBlank(cell)) code = -1;
          else {
            const option = matchEnum(options, cell);
            code = option ? options.indexOf(option) : -2;
          }
          seen.set(cell, code);
        }
        codes[r] = code;
        if (code === -2) {
          const allowed = options.map((o) => `${o.ko}/${o.en}`).join(", ");
          problems.set(r, `${this.rowName(r)}: ${column.label} is ${quote(cell)} — not one of ${allowed}.`);
        }
      }
      return { options, codes, problems };
    });
  }

  /** Option index at a row (-1 blank), throwing when the cell names no option. */
  enumAt(column: EnumColumn, row: number): number {
    const code = column.codes[row];
    if (code === -2) throw invalidValue(column.problems.get(row)!);
    return code;
  }

  dates(column: TableColumn): DateColumn {
    return this.derived(`date:${column.index}`, () => {
      const serials = new Float64Array(this.rowCount);
      const problems = new Map<number, string>();
      for (let r = 0; r < this.rowCount; r++) {
        const cell = this.values[r + 1][column.index];
        if (typeof cell === "number" && cell >= 1) {
          serials[r] = Math.floor(cell);
          continue;
        }
        try {
          serials[r] = toDateSerial(cell) ?? Number.NaN;
        } catch {
          serials[r] = Number.NaN;
          problems.set(r, `${this.rowName(r)}: ${column.label} is ${quote(cell)} — not a date (use 2019-11-18 or an Excel date).`);
        }
      }
      return { serials, problems };
    });
  }

  /** Date serial at a row, NaN when blank; throws when the cell is not a date. */
  dateAt(column: DateColumn, row: number): number {
    const serial = column.serials[row];
    if (Number.isNaN(serial)) {
      const problem = column.problems.get(row);
      if (problem) throw invalidValue(problem);
    }
    return serial;
  }

  /** Country codes (ISO alpha-2) or currency codes (ISO 4217), by the column's type. */
  codes(column: TableColumn): CodeColumn {
    return this.derived(`code:${column.index}`, () => {
      const normalize = column.type === "country" ? normalizeCountry : normalizeCurrency;
      const what = column.type === "country" ? "a country (code, 한국어 or English name)" : "a currency";
      const codes: (string | null)[] = new Array(this.rowCount);
      const problems = new Map<number, string>();
      const seen = new Map<unknown, string | null>();
      for (let r = 0; r < this.rowCount; r++) {
        const cell = this.values[r + 1][column.index];
        let code = seen.get(cell);
        if (code === undefined) {
          code = isBlank(cell) ? "" : normalize(cell);
          seen.set(cell, code);
        }
        codes[r] = code;
        if (code === null) problems.set(r, `${this.rowName(r)}: ${column.label} is ${quote(cell)} — not ${what}.`);
      }
      return { codes, problems };
    });
  }

  /** Code at a row ("" blank); throws when the cell is not recognised. */
  codeAt(column: CodeColumn, row: number): string {
    const code = column.codes[row];
    if (code === null) throw invalidValue(column.problems.get(row)!);
    return code;
  }

  /** Normalized text per row (trimmed, case-folded), for SUMIFS-style matching. */
  texts(column: TableColumn): readonly string[] {
    return this.derived(`text:${column.index}`, () => {
      const texts: string[] = new Array(this.rowCount);
      const seen = new Map<unknown, string>();
      for (let r = 0; r < this.rowCount; r++) {
        const cell = this.values[r + 1][column.index];
        let text = seen.get(cell);
        if (text === undefined) {
          text = normalizeText(cell);
          seen.set(cell, text);
        }
        texts[r] = text;
      }
      return texts;
    });
  }

  /**
   * HS codes as digit strings. Excel turns "081070" typed into a General cell into the number
   * 81070, so numbers and odd-length digit runs get their leading zero back (HS codes have an
   * even number of digits: 6, 8 or 10).
   */
  hsCodes(column: TableColumn): readonly string[] {
    return this.derived(`hs:${column.index}`, () => {
      const codes: string[] = new Array(this.rowCount);
      for (let r = 0; r < this.rowCount; r++) {
        const digits = String(this.values[r + 1][column.index] ?? "").replace(/\D/g, "");
        codes[r] = digits.length % 2 === 1 ? `0${digits}` : digits;
      }
      return codes;
    });
  }
}

const models = new WeakMap<object, TableModel>();

/**
 * The model for a table argument. Cached by array identity; the row count and header row
 * object are checked too, so an array grown or re-headed in place is re-read.
 */
export function tableModel(values: readonly (readonly unknown[])[]): TableModel {
  const cached = models.get(values);
  if (cached && cached.rowCount === Math.max(0, values.length - 1) && cached.headers === values[0]) return cached;
  const model = new TableModel(values);
  models.set(values, model);
  return model;
}
