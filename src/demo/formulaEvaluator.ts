/**
 * The demo's formula engine: lets the simulator show numbers where Excel would.
 * It evaluates COMMIT.* formulas with the real function library (the same code
 * Excel runs), the native functions the report uses around them, and the Amount
 * (KRW) calculated column that setup writes. Anything else stays unknown, and
 * the simulator shows #NAME? as Excel does for an add-in that is not loaded.
 */
import { explainAmountKrwRate } from "../functions/rates";
import { amountKrwFormula } from "../schema/formulas";
import { columnLabel, FX_TABLE_NAME, type Language } from "../schema";
import { fxHeaderRow } from "../schema/formulas";
import type { ExcelSimulator, FormulaContext, FormulaEvaluator, CellValue } from "../simulator";
import { quoteSheetName } from "../simulator";
import { COMMIT_FUNCTIONS } from "./formulas/commitFunctions";
import { UnknownFunctionError, UnknownNameError, evaluateNode, type EvaluationHost } from "./formulas/evaluateFormula";
import { NATIVE_FUNCTIONS } from "./formulas/nativeFunctions";
import { createProgressColumns } from "./formulas/progressColumns";
import { FormulaSyntaxError, parseFormula, type FormulaNode } from "./formulas/parseFormula";
import { FormulaError, isError, isMatrix, type Matrix, type Scalar, type Value } from "./formulas/values";

const FUNCTIONS = new Map([...NATIVE_FUNCTIONS, ...COMMIT_FUNCTIONS]);
const ERROR_TEXT = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|BUSY!|GETTING_DATA)$/;

/** What a spilling formula hands the simulator: its whole grid. */
export type EvaluatedFormula = CellValue | CellValue[][];

function fromCell(value: CellValue | ""): Scalar {
  if (value === "") return null;
  if (typeof value === "string" && ERROR_TEXT.test(value)) return new FormulaError(value);
  return value;
}

/** Excel shows a blank reached through a formula as 0, and an error as its code. */
function toCell(value: Scalar): CellValue {
  if (value === null) return 0;
  if (isError(value)) return value.code;
  return value;
}

function toResult(value: Value): EvaluatedFormula {
  if (!isMatrix(value)) return toCell(value);
  if (value.length === 1 && value[0].length === 1) return toCell(value[0][0]);
  return value.map((row) => row.map(toCell));
}

interface NameEntry {
  readonly sheet: string | null;
  readonly name: string;
  readonly formula: string;
}

/** "='Sheet 1'!$A$1:$B$2" → sheet and corners; null for constants and expressions. */
function splitReference(formula: string): { sheet: string; from: string; to: string | null } | null {
  const match = /^=(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(formula.trim());
  if (!match) return null;
  const sheet = (match[1] ?? match[2]).replace(/''/g, "'");
  return { sheet, from: `${match[3]}${match[4]}`, to: match[5] ? `${match[5]}${match[6]}` : null };
}

/**
 * The Amount (KRW) column: the rate rule the native formula and TOKRW share (functions/rates.ts),
 * blank where they have no rate — the column is never an error, as in Excel.
 */
function amountKrw(language: Language, context: FormulaContext, fxRates: () => unknown[][]): CellValue | undefined {
  const row = context.tableRow();
  if (!row) return undefined;
  const amount = row.row[columnLabel("amount", language)];
  const currency = row.row[columnLabel("currency", language)];
  const signed = row.row[columnLabel("signed", language)];
  if (amount === "" || amount === undefined || currency === "" || currency === undefined) return "";
  if (String(currency).trim().toUpperCase() === "KRW") return amount;
  const amountValue = typeof amount === "number" ? amount : Number(String(amount).replace(/,/g, ""));
  if (!Number.isFinite(amountValue)) return "";
  const note = explainAmountKrwRate(fxRates(), currency, signed === "" || signed === undefined ? null : signed);
  return note.wonPerUnit === null ? "" : amountValue * note.wonPerUnit;
}

export function createDemoFormulaEvaluator(sim: ExcelSimulator): FormulaEvaluator {
  const parsed = new Map<string, FormulaNode | null>();
  let names: NameEntry[] | null = null;
  const tables = new Map<string, Matrix>();
  // Names and table contents change only through syncs and debug writes, which notify.
  sim.subscribe(() => {
    names = null;
    tables.clear();
  });
  const krwFormulas = new Map<string, Language>([
    [amountKrwFormula("ko"), "ko"],
    [amountKrwFormula("en"), "en"],
  ]);

  const allNames = (): NameEntry[] => {
    if (!names) {
      const snapshot = sim.snapshot();
      names = [
        ...snapshot.sheets.flatMap((s) => s.names.map((n) => ({ sheet: s.name, name: n.name, formula: n.formula }))),
        ...snapshot.names.map((n) => ({ sheet: null, name: n.name, formula: n.formula })),
      ];
    }
    return names;
  };

  const tableValues = (name: string): Matrix | undefined => {
    const key = name.toLowerCase();
    const cached = tables.get(key);
    if (cached) return cached;
    const actual = sim.debug.tableNames().find((t) => t.toLowerCase() === key);
    if (!actual) return undefined;
    const values = sim.debug.tableValues(actual).map((row) => row.map(fromCell));
    tables.set(key, values);
    return values;
  };

  const fxRates = (): unknown[][] => {
    const values = tableValues(FX_TABLE_NAME);
    if (!values) return [fxHeaderRow("en")];
    return values.map((row) => row.map((cell) => (cell === null ? "" : isError(cell) ? cell.code : cell)));
  };

  // Schema 2's Progress Amount (KRW), Realized (KRW) and Jobs created (formulas/progressColumns.ts).
  const progressColumns = createProgressColumns(
    (name) => tableValues(name)?.map((row) => row.map((cell) => (cell === null ? "" : isError(cell) ? cell.code : cell))),
    fxRates,
  );

  const parse = (formula: string): FormulaNode | null => {
    if (!parsed.has(formula)) {
      try {
        parsed.set(formula, parseFormula(formula));
      } catch (error) {
        if (!(error instanceof FormulaSyntaxError)) throw error;
        parsed.set(formula, null);
      }
    }
    return parsed.get(formula)!;
  };

  return ((formula: string, context: FormulaContext) => {
    const krwLanguage = krwFormulas.get(formula);
    if (krwLanguage) return amountKrw(krwLanguage, context, fxRates);
    const progressValue = progressColumns(formula, context);
    if (progressValue !== undefined) return progressValue;
    const node = parse(formula);
    if (!node) return undefined;
    const read = (sheet: string | null, address: string): Scalar =>
      fromCell(context.value(sheet && sheet !== context.sheet ? `${quoteSheetName(sheet)}!${address}` : address));
    const host: EvaluationHost = {
      range(sheet, from, to) {
        if (to === null) return [[read(sheet, from)]];
        const [a, b] = [cellPosition(from), cellPosition(to)];
        const out: Matrix = [];
        for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) {
          const line: Scalar[] = [];
          for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) line.push(read(sheet, `${letters(c)}${r}`));
          out.push(line);
        }
        return out;
      },
      name(name) {
        const lower = name.toLowerCase();
        const entries = allNames().filter((n) => n.name.toLowerCase() === lower);
        const entry = entries.find((n) => n.sheet === context.sheet) ?? entries.find((n) => n.sheet === null);
        if (!entry) return undefined;
        const reference = splitReference(entry.formula);
        if (!reference) return undefined;
        const values = host.range(reference.sheet, reference.from, reference.to);
        return reference.to === null ? values[0][0] : values;
      },
      table: tableValues,
    };
    try {
      return toResult(evaluateNode(node, host, FUNCTIONS));
    } catch (error) {
      if (error instanceof UnknownFunctionError || error instanceof UnknownNameError) return undefined;
      return "#VALUE!";
    }
  }) as FormulaEvaluator;
}

function cellPosition(address: string): { row: number; col: number } {
  const match = /^([A-Z]{1,3})(\d+)$/i.exec(address)!;
  let col = 0;
  for (const ch of match[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(match[2]), col };
}

function letters(col: number): string {
  let n = col;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
