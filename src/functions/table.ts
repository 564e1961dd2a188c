/**
 * The table model: a Commitments-shaped 2-D array (first row = headers, as Excel passes
 * `Commitments[[#Headers],[#Data]]` or `Commitments[#All]`) with its columns resolved through the
 * shared schema and its cells read lazily (columns.ts).
 *
 * A model lives for one call. Excel gives every formula cell its own copy of its arguments (a
 * fresh array on every call and every recalculation), so a cache keyed by the array could never
 * hit in Excel; the speed of a call comes from reading only what the filters reach.
 */
import { COLUMNS, INSTRUMENTS, CATEGORIES, PARTNER_TYPES, STATUSES, foldText, resolveHeaders, type ColumnKey, type ColumnSpec, type ColumnType, type EnumOption, type Language } from "../schema";
import { CellErrorValue, isBlankCell, isBlankOrZero, quoteCell, unwrapCell } from "./cells";
import { CodeColumn, DateColumn, EnumColumn, NumberColumn, TextColumn, hsDigits } from "./columns";
import { invalidValue } from "./errors";

export { readNumberCell } from "./cells";
export { hsDigits } from "./columns";

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
 * The label Excel writes into the first column of a shown Total Row: "Total" in English Excel,
 * "요약" in Korean Excel; officers also type 합계/총계.
 */
const TOTAL_ROW_LABELS: ReadonlySet<string> = new Set(["total", "totals", "grandtotal", "summary", "sum", "요약", "합계", "총계", "계", "총합계"]);

/** A header cell as the schema reads it: data types unwrapped, a blank header from Excel desktop (0) as "". */
function headerText(cell: unknown): unknown {
  const value = typeof cell === "object" && cell !== null ? unwrapCell(cell) : cell;
  return value === 0 || value instanceof CellErrorValue ? "" : value;
}

/**
 * Header resolution by the headers' text. Every call passes the same header row as new strings
 * (Excel copies the arguments per call), so this is a cache Excel does hit: keyed by content, not
 * by array identity. Bounded: a workbook has a handful of tables.
 */
const headerCache = new Map<string, ReturnType<typeof resolveHeaders>>();

function resolvedHeaders(headers: readonly unknown[]): ReturnType<typeof resolveHeaders> {
  const key = headers.map((h) => (typeof h === "string" ? h : `\u0002${String(h)}`)).join("\u0001");
  let resolved = headerCache.get(key);
  if (resolved === undefined) {
    resolved = resolveHeaders(headers); // throws on duplicates: not cached, so every call says so
    if (headerCache.size >= 32) headerCache.clear();
    headerCache.set(key, resolved);
  }
  return resolved;
}

export class TableModel {
  readonly values: readonly (readonly unknown[])[];
  readonly headers: readonly unknown[];
  readonly indexOf: Partial<Record<ColumnKey, number>>;
  readonly extras: readonly { header: string; index: number }[];
  /** The language most headers are written in: PIVOT labels follow it. */
  readonly language: Language;
  /** Data rows the functions read: the Total Row of `Commitments[#All]`, when shown, is not one of them. */
  readonly rowCount: number;
  /** True when the argument's last row was recognised as the table's Total Row and left out. */
  readonly totalsRowExcluded: boolean;

  private readonly cache = new Map<string, unknown>();

  constructor(values: readonly (readonly unknown[])[]) {
    this.values = values;
    this.headers = (values[0] ?? []).map(headerText);
    const resolved = resolvedHeaders(this.headers);
    this.indexOf = resolved.indexOf;
    this.extras = resolved.extras;
    this.language = resolved.language;
    const rows = Math.max(0, values.length - 1);
    this.totalsRowExcluded = rows > 0 && this.isTotalsRow(values[rows]);
    this.rowCount = this.totalsRowExcluded ? rows - 1 : rows;
  }

  /**
   * The Total Row Excel adds to `Commitments[#All]` when the table shows one: its first cell holds
   * Excel's label ("Total", "요약"). A last row without the label that still looks like totals —
   * no text at all, only numbers — is refused with a message rather than counted as a
   * commitment (it would double every sum).
   */
  private isTotalsRow(row: readonly unknown[]): boolean {
    const first = headerText(row[0]);
    const idIndex = this.indexOf.id;
    const idBlank = idIndex === undefined || isBlankOrZero(headerText(row[idIndex]));
    if (typeof first === "string" && TOTAL_ROW_LABELS.has(foldText(first)) && (idIndex === undefined || idIndex === 0 || idBlank)) return true;
    if (!idBlank || idIndex === undefined) return false;
    // Excel's Total Row holds only its label and SUBTOTAL numbers; a data row, however incomplete, has some text.
    const anyText = row.some((cell) => {
      const value = headerText(cell);
      return typeof value === "string" && value.trim() !== "";
    });
    const numbers = COLUMNS.some((c) => (c.type === "number" || c.type === "integer") && this.indexOf[c.key] !== undefined && typeof row[this.indexOf[c.key]!] === "number" && row[this.indexOf[c.key]!] !== 0);
    if (!anyText && numbers) {
      throw invalidValue(
        `The last row of the table has no text, not even an ${describeColumn("id")}, only numbers: it looks like the table's Total Row. ` +
          "Pass Commitments[[#Headers],[#Data]], which leaves the Total Row out (Commitments[#All] includes it), or fill in that row.",
      );
    }
    return false;
  }

  has(key: ColumnKey): boolean {
    return this.indexOf[key] !== undefined;
  }

  /** The column for a schema key; a missing column is #VALUE! naming it and the headers found. */
  column(key: ColumnKey, purpose?: string): TableColumn {
    const index = this.indexOf[key];
    if (index === undefined) {
      const found = this.headers.map((h) => String(h ?? "")).join(", ") || "(none)";
      throw invalidValue(`Missing column ${describeColumn(key)}${purpose ? ` (needed for ${purpose})` : ""}. Headers found: ${found}.`);
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
    const raw = idIndex === undefined ? null : this.values[row + 1][idIndex];
    const id = typeof raw === "object" && raw !== null ? unwrapCell(raw) : raw;
    return isBlankOrZero(id) || id instanceof CellErrorValue ? `Row ${row + 1} of the table (no ${describeColumn("id")})` : `Row ${String(id).trim()}`;
  }

  /** What a cell holds once Excel's wrappers are off; an error value is #VALUE! naming the row and column. */
  cell(row: number, column: TableColumn): unknown {
    const raw = this.values[row + 1][column.index];
    if (typeof raw !== "object" || raw === null) return raw;
    const value = unwrapCell(raw);
    if (value instanceof CellErrorValue) this.errorCell(row, column, value);
    return value;
  }

  /** The message for an Excel error value in a cell a counting row needs. */
  errorCell(row: number, column: TableColumn, error: CellErrorValue): never {
    const hint =
      column.key === "amountKrw"
        ? "its formula failed (e.g. a currency missing from FxRates). Add the rate, or refresh the column with the add-in's setup"
        : "fix that cell, or leave the row out with a criterion";
    throw invalidValue(`${this.rowName(row)}: ${column.label} holds ${quoteCell(error)} — ${hint}.`);
  }

  /** A value derived from the table once per call and kept with the model (columns, group keys). */
  derived<T>(name: string, build: () => T): T {
    let value = this.cache.get(name) as T | undefined;
    if (value === undefined) {
      value = build();
      this.cache.set(name, value);
    }
    return value;
  }

  /** A numeric column. For Amount (KRW), a blank (or 0) cell falls back to Amount when Currency is KRW. */
  numbers(column: TableColumn): NumberColumn {
    return this.derived(`number:${column.index}`, () => new NumberColumn(this, column, column.key === "amountKrw" ? this.amountKrwFallback() : null));
  }

  /**
   * Amount (KRW) left blank — or 0, which is how Excel desktop passes a blank (and how the
   * calculated column's blank for a missing rate arrives there): a KRW amount is its own won
   * value; a foreign amount with no conversion is an error, because counting it as 0 would
   * understate the total.
   */
  private amountKrwFallback(): ((row: number, cell: unknown) => number) | null {
    if (!this.has("amount")) return null;
    const amountColumn = this.column("amount");
    const amount = this.numbers(amountColumn);
    const currency = this.has("currency") ? this.codes(this.column("currency")) : null;
    return (r, cell) => {
      if (isBlankCell(this.cell(r, amountColumn))) return 0;
      const value = amount.at(r);
      if (value === 0) return 0;
      const code = currency ? currency.at(r) : "";
      if (code === "KRW") return value;
      throw invalidValue(
        `${this.rowName(r)}: ${describeColumn("amountKrw")} is ${cell === 0 ? "0" : "blank"} but ${describeColumn("amount")} is ${value} (${code || "no currency"}). ` +
          "Add the currency's rate to FxRates (the column then converts it), fill in the won amount, or convert it with COMMIT.TOKRW.",
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

/** The model for a table argument (one per call: see the module comment). */
export function tableModel(values: readonly (readonly unknown[])[]): TableModel {
  return new TableModel(values);
}
