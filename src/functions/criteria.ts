/**
 * Criteria of the form `Column op Value` (`구분=투자`, `Signed>=2024-01-01`, `Status<>Completed`).
 * The column is any header spelling; the comparison follows the column's type: dates by date
 * (a period such as 2019-Q4 also works: `=` means within it), numbers by number (Korean money
 * notation allowed: `원화환산액>=1억`), enums and countries by meaning in either language, text
 * case-insensitively with SUMIFS wildcards.
 */
import { foldText, isBlank, matchEnum, normalizeCountry, normalizeCurrency, countryName, toDateSerial } from "../schema";
import { parseAmount } from "../money";
import { CellErrorValue, unwrapCell } from "./cells";
import { invalidValue } from "./errors";
import { parsePeriod } from "./periods";
import { readNumberCell, type TableColumn, type TableModel } from "./table";
import { hasWildcard, normalizeText, textMatcher } from "./text";

export type Operator = "=" | "<>" | ">" | "<" | ">=" | "<=";
export const OPERATORS: readonly Operator[] = ["=", "<>", ">", "<", ">=", "<="];

export type RowFilter = (row: number) => boolean;

export interface ParsedCriterion {
  readonly text: string;
  readonly columnName: string;
  readonly op: Operator;
  readonly value: string;
}

const OPERATOR_ALIASES: Readonly<Record<string, Operator>> = { "!=": "<>", "≠": "<>", "≥": ">=", "≤": "<=" };

/** Splits `Column op Value`; the operator is the first run of comparison characters. */
export function parseCriterion(text: string): ParsedCriterion {
  const match = /^([^<>=!≠≥≤]*?)\s*([<>=!≠≥≤]+)\s*([\s\S]*)$/.exec(text);
  if (!match || match[1].trim() === "") {
    throw invalidValue(
      `Criterion "${text}" is not Column op Value. Write e.g. "Category=Export", "구분=투자", "Signed>=2024-01-01" (operators = <> > < >= <=).`,
    );
  }
  const written = match[2];
  const op = (OPERATORS as readonly string[]).includes(written) ? (written as Operator) : OPERATOR_ALIASES[written];
  if (!op) throw invalidValue(`Criterion "${text}": unknown operator "${written}". Use one of = <> > < >= <=.`);
  return { text, columnName: match[1].trim(), op, value: match[3].trim() };
}

/** Compares with an operator; `compare` is a three-way comparison of cell to value. */
function byOrder(op: Operator, order: number): boolean {
  switch (op) {
    case "=":
      return order === 0;
    case "<>":
      return order !== 0;
    case ">":
      return order > 0;
    case "<":
      return order < 0;
    case ">=":
      return order >= 0;
    case "<=":
      return order <= 0;
  }
}

export interface CompiledCriterion {
  readonly column: TableColumn;
  readonly filter: RowFilter;
}

/** Compiles a criterion against a table: unknown column, operator or value is #VALUE! naming it. */
export function compileCriterion(model: TableModel, text: string): CompiledCriterion {
  const criterion = parseCriterion(text);
  const column = model.findColumn(criterion.columnName);
  if (!column) {
    const found = model.headers.map((h) => String(h ?? "")).join(", ");
    throw invalidValue(`Criterion "${text}": no column "${criterion.columnName}" in the table. Headers found: ${found}.`);
  }
  return { column, filter: compileFilter(model, column, criterion) };
}

function onlyEquality(criterion: ParsedCriterion, column: TableColumn): void {
  if (criterion.op !== "=" && criterion.op !== "<>") {
    throw invalidValue(`Criterion "${criterion.text}": ${column.label} can only be compared with = or <>.`);
  }
}

function compileFilter(model: TableModel, column: TableColumn, criterion: ParsedCriterion): RowFilter {
  const { op, value } = criterion;
  const negate = op === "<>";
  const blankValue = value === "";

  switch (column.type) {
    case "date":
    case "datetime": {
      const dates = model.dates(column);
      if (blankValue) {
        onlyEquality(criterion, column);
        return (r) => Number.isNaN(dates.at(r)) !== negate;
      }
      // A period first, so "2019" is the year 2019 and not Excel serial 2019 (1905-07-11).
      const range = tryPeriod(value) ?? tryDate(value);
      if (!range) {
        throw invalidValue(`Criterion "${criterion.text}": "${value}" is not a date or period (e.g. 2024-01-01, 2019-Q4).`);
      }
      const { start, end } = range;
      return (r) => {
        const serial = dates.at(r);
        if (Number.isNaN(serial)) return negate;
        return byOrder(op, serial < start ? -1 : serial > end ? 1 : 0);
      };
    }
    case "number":
    case "integer": {
      const numbers = model.numbers(column);
      if (blankValue) {
        onlyEquality(criterion, column);
        return (r) => isBlank(model.cell(r, column)) !== negate;
      }
      const wanted = criterionNumber(criterion, column);
      return (r) => {
        const cell = numbers.at(r);
        return byOrder(op, cell < wanted ? -1 : cell > wanted ? 1 : 0);
      };
    }
    case "enum": {
      onlyEquality(criterion, column);
      const enums = model.enums(column);
      if (blankValue) return enums.where((code) => (code === -1) !== negate);
      let accepted: ReadonlySet<number>;
      if (hasWildcard(value)) {
        const matches = textMatcher(value);
        accepted = new Set(
          enums.options.flatMap((o, i) => ([o.value, o.en, o.ko, ...(o.aliases ?? [])].some((s) => matches(normalizeText(s))) ? [i] : [])),
        );
      } else {
        const option = matchEnum(enums.options, value);
        if (!option) {
          const allowed = enums.options.map((o) => `${o.ko}/${o.en}`).join(", ");
          throw invalidValue(`Criterion "${criterion.text}": "${value}" is not a ${column.label}. Use one of ${allowed}.`);
        }
        accepted = new Set([enums.options.indexOf(option)]);
      }
      return enums.where((code) => accepted.has(code) !== negate);
    }
    case "country":
    case "currency": {
      onlyEquality(criterion, column);
      const codes = model.codes(column);
      if (blankValue) return codes.where((code) => (code === "") !== negate);
      if (hasWildcard(value)) {
        const matches = textMatcher(value);
        const names = (code: string) =>
          column.type === "country" ? [code, countryName(code, "ko"), countryName(code, "en")] : [code];
        const memo = new Map<string, boolean>();
        return (r) => {
          const code = codes.at(r);
          let hit = memo.get(code);
          if (hit === undefined) {
            hit = code !== "" && names(code).some((n) => matches(normalizeText(n)));
            memo.set(code, hit);
          }
          return hit !== negate;
        };
      }
      const wanted = column.type === "country" ? normalizeCountry(value) : normalizeCurrency(value);
      if (!wanted) {
        const what = column.type === "country" ? "a country (code, 한국어 or English name)" : "a currency";
        throw invalidValue(`Criterion "${criterion.text}": "${value}" is not ${what}.`);
      }
      return codes.where((code) => (code === wanted) !== negate);
    }
    default: {
      // HS codes compare as digit strings with Excel's dropped leading zero restored ("0810*" matches 81070).
      const texts = column.type === "hsCode" ? model.hsCodes(column) : model.texts(column);
      if (op === "=" || op === "<>") {
        const matches = textMatcher(value);
        return texts.where((text) => matches(text) !== negate);
      }
      const number = readNumberCell(value);
      if (!Number.isNaN(number)) {
        // A number against a column the schema does not type (an extra header): compare numeric cells by
        // number, as SUMIFS does with ">1000", and skip text cells.
        return (r) => {
          const cell = readNumberCell(model.cell(r, column));
          return !isBlank(model.cell(r, column)) && !Number.isNaN(cell) && byOrder(op, cell < number ? -1 : cell > number ? 1 : 0);
        };
      }
      const wanted = normalizeText(value);
      // Like SUMIFS, an ordering criterion on text skips blank cells.
      return (r) => {
        const text = texts.at(r);
        return text !== "" && byOrder(op, text < wanted ? -1 : text > wanted ? 1 : 0);
      };
    }
  }
}

function tryDate(value: string): { start: number; end: number } | null {
  try {
    const serial = toDateSerial(value);
    return serial === null ? null : { start: serial, end: serial };
  } catch {
    return null;
  }
}

function tryPeriod(value: string) {
  try {
    return parsePeriod(value);
  } catch {
    return null;
  }
}

function criterionNumber(criterion: ParsedCriterion, column: TableColumn): number {
  const plain = readNumberCell(criterion.value);
  if (!Number.isNaN(plain)) return plain;
  try {
    const { amount, currency } = parseAmount(criterion.value);
    const wonColumn = column.key === "amountKrw" || column.key === "realizedKrw";
    if (currency && wonColumn && currency !== "KRW") {
      throw invalidValue(`Criterion "${criterion.text}": ${column.label} is in won, but "${criterion.value}" is ${currency}.`);
    }
    return amount;
  } catch (error) {
    if (error instanceof Error && error.name === "FunctionError") throw error;
    throw invalidValue(`Criterion "${criterion.text}": "${criterion.value}" is not a number.`);
  }
}

/** Criteria as Excel passes a repeating argument: one array (sometimes nested); blanks (and 0) are skipped. */
export function criteriaTexts(raw: unknown): string[] {
  if (raw === null || raw === undefined) return [];
  const flat = Array.isArray(raw) ? (raw as unknown[]).flat(2) : [raw];
  const texts: string[] = [];
  for (const raw of flat) {
    const item = typeof raw === "object" && raw !== null ? unwrapCell(raw) : raw;
    if (item instanceof CellErrorValue) throw invalidValue(`A criterion is the error ${item.code} (from the cell it refers to).`);
    // 0 is an empty criteria cell as Excel desktop passes it.
    if (isBlank(item) || item === 0) continue;
    if (typeof item !== "string") throw invalidValue(`Criterion ${String(item)} is not text. Write e.g. "Category=Export".`);
    texts.push(item);
  }
  return texts;
}

/** True when a criterion names the Status column (then cancelled rows are not excluded automatically). */
export function isStatusColumn(column: TableColumn): boolean {
  return column.key === "status" || foldText(column.header) === foldText("status");
}
