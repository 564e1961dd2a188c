/**
 * Reading and writing cell grids with Excel's semantics: formulas evaluated on
 * read, input coerced on write, tables grown by writes just below them, and
 * calculated columns recognised.
 */
import { cellAddress, parseAddress, type Rect } from "./address";
import type { CellValue } from "./cellStore";
import { formatText, inputProblem, interpretInput, valueType, type ValueType } from "./cellSemantics";
import type { Engine } from "./engine";
import { invalidArgument } from "./errors";
import type { FormulaContext } from "./formulaContext";
import { findSheetByName, type SheetModel } from "./model";
import { afterWrite, beforeWrite, tableRowContext } from "./tables";
import { anchorValue, evaluateCached, spillExtent, spilledValue, withReadPass, type EvaluatedValue } from "./spill";

export type GridKind = "values" | "formulas" | "numberFormat";

export function numberFormatAt(sheet: SheetModel, r: number, c: number): string {
  return sheet.cells.getNumberFormat(r, c) ?? sheet.columnFormats[c] ?? "General";
}

const MAX_DEPTH = 64;
let depth = 0;

export function evaluate(engine: Engine, sheet: SheetModel, r: number, c: number, formula: string): CellValue | "" {
  return anchorValue(engine, sheet, r, c, evaluateRaw(engine, sheet, r, c, formula));
}

/** The evaluator's result, arrays included (cached; see spill.ts). */
function evaluateRaw(engine: Engine, sheet: SheetModel, r: number, c: number, formula: string): EvaluatedValue {
  if (depth > MAX_DEPTH) return "#REF!";
  return evaluateCached(engine, sheet, r, c, formula, () => callEvaluator(engine, sheet, r, c, formula));
}

/** Where spilled arrays end on a sheet (spilled cells are part of what a sheet shows). */
export function sheetSpillExtent(engine: Engine, sheet: SheetModel): { lastRow: number; lastCol: number } | null {
  return withReadPass(engine, () => spillExtent(engine, sheet, (row, col, formula) => evaluateRaw(engine, sheet, row, col, formula)));
}

function emptyCellValue(engine: Engine, sheet: SheetModel, r: number, c: number): CellValue | "" {
  return spilledValue(engine, sheet, r, c, (row, col, formula) => evaluateRaw(engine, sheet, row, col, formula));
}

function callEvaluator(engine: Engine, sheet: SheetModel, r: number, c: number, formula: string): EvaluatedValue {
  const evaluator = engine.evaluator;
  if (!evaluator) return "#NAME?";
  const context: FormulaContext = {
    sheet: sheet.name,
    address: cellAddress(r, c),
    row: r,
    column: c,
    value(address: string) {
      const parsed = parseAddress(address);
      const target = parsed.sheet ? findSheetByName(engine.model, parsed.sheet) : sheet;
      if (!target) return "#REF!";
      return readValue(engine, target, parsed.rect.row, parsed.rect.col);
    },
    tableRow: () => tableRowContext(engine, sheet, r, c),
  };
  depth++;
  try {
    const result = evaluator(formula, context);
    return result === undefined || result === null ? "#NAME?" : result;
  } finally {
    depth--;
  }
}

export function readValue(engine: Engine, sheet: SheetModel, r: number, c: number): CellValue | "" {
  return withReadPass(engine, () => {
    const formula = sheet.cells.getFormula(r, c);
    if (formula !== undefined) return evaluate(engine, sheet, r, c, formula);
    return sheet.cells.getValue(r, c) ?? emptyCellValue(engine, sheet, r, c);
  });
}

export function readValues(engine: Engine, sheet: SheetModel, rect: Rect): (CellValue | "")[][] {
  return withReadPass(engine, () => readValuesInPass(engine, sheet, rect));
}

function readValuesInPass(engine: Engine, sheet: SheetModel, rect: Rect): (CellValue | "")[][] {
  const out: (CellValue | "")[][] = new Array(rect.rows);
  for (let i = 0; i < rect.rows; i++) {
    const r = rect.row + i;
    const row = sheet.cells.peekRow(r);
    const line: (CellValue | "")[] = new Array(rect.cols);
    for (let j = 0; j < rect.cols; j++) {
      const c = rect.col + j;
      const formula = row?.f?.[c];
      line[j] = formula !== undefined ? evaluate(engine, sheet, r, c, formula) : (row?.v[c] ?? emptyCellValue(engine, sheet, r, c));
    }
    out[i] = line;
  }
  return out;
}

export function readFormulas(sheet: SheetModel, rect: Rect): (CellValue | "")[][] {
  const out: (CellValue | "")[][] = new Array(rect.rows);
  for (let i = 0; i < rect.rows; i++) {
    const row = sheet.cells.peekRow(rect.row + i);
    const line: (CellValue | "")[] = new Array(rect.cols);
    for (let j = 0; j < rect.cols; j++) {
      const c = rect.col + j;
      line[j] = row?.f?.[c] ?? row?.v[c] ?? "";
    }
    out[i] = line;
  }
  return out;
}

export function readNumberFormats(sheet: SheetModel, rect: Rect): string[][] {
  const out: string[][] = new Array(rect.rows);
  for (let i = 0; i < rect.rows; i++) {
    const line: string[] = new Array(rect.cols);
    for (let j = 0; j < rect.cols; j++) line[j] = numberFormatAt(sheet, rect.row + i, rect.col + j);
    out[i] = line;
  }
  return out;
}

export function readText(engine: Engine, sheet: SheetModel, rect: Rect): string[][] {
  const values = readValues(engine, sheet, rect);
  return values.map((line, i) => line.map((value, j) => formatText(value, numberFormatAt(sheet, rect.row + i, rect.col + j))));
}

export function readValueTypes(engine: Engine, sheet: SheetModel, rect: Rect): ValueType[][] {
  const values = readValues(engine, sheet, rect);
  return values.map((line, i) => line.map((value, j) => valueType(value, sheet.cells.getFormula(rect.row + i, rect.col + j) !== undefined)));
}

/** Checks the shape of a written grid; a scalar applies to every cell. */
export function gridAccessor(data: unknown, rect: Rect, what: string): (i: number, j: number) => unknown {
  if (!Array.isArray(data)) return () => data;
  if (data.length !== rect.rows) {
    throw invalidArgument(`${what}: the array has ${data.length} rows but the range has ${rect.rows}`);
  }
  for (let i = 0; i < data.length; i++) {
    const line: unknown = data[i];
    if (!Array.isArray(line) || line.length !== rect.cols) {
      const got = Array.isArray(line) ? line.length : "no";
      throw invalidArgument(`${what}: row ${i + 1} of the array has ${got} columns but the range has ${rect.cols}`);
    }
  }
  return (i, j) => (data[i] as unknown[])[j];
}

/** Writes values, formulas or number formats to a rectangle, like assigning range.values. */
export function writeGrid(engine: Engine, sheet: SheetModel, rect: Rect, kind: GridKind, data: unknown): void {
  const at = gridAccessor(data, rect, `Range.${kind}`);
  if (kind === "numberFormat") {
    for (let i = 0; i < rect.rows; i++) {
      for (let j = 0; j < rect.cols; j++) {
        const nf = at(i, j);
        if (nf === null || nf === undefined) continue;
        if (typeof nf !== "string" && typeof nf !== "number") throw invalidArgument(`Range.numberFormat: ${JSON.stringify(nf)} is not a format`);
        sheet.cells.setNumberFormat(rect.row + i, rect.col + j, String(nf));
      }
    }
    return;
  }
  // Validate everything first so a bad element changes nothing.
  for (let i = 0; i < rect.rows; i++) {
    for (let j = 0; j < rect.cols; j++) {
      const problem = inputProblem(at(i, j));
      if (problem) throw invalidArgument(`Range.${kind} at ${cellAddress(rect.row + i, rect.col + j)}: ${problem}`);
    }
  }
  beforeWrite(engine, sheet, rect, at);
  const cells = sheet.cells;
  for (let i = 0; i < rect.rows; i++) {
    const r = rect.row + i;
    for (let j = 0; j < rect.cols; j++) {
      const c = rect.col + j;
      const raw = at(i, j);
      if (raw === null || raw === undefined) continue;
      if (typeof raw === "number" || typeof raw === "boolean") {
        cells.setContent(r, c, raw, undefined);
        continue;
      }
      const input = interpretInput(raw, numberFormatAt(sheet, r, c));
      switch (input.kind) {
        case "skip":
          break;
        case "clear":
          cells.setContent(r, c, undefined, undefined);
          break;
        case "formula":
          cells.setContent(r, c, undefined, input.formula);
          break;
        case "value":
          cells.setContent(r, c, input.value, undefined);
          if (input.numberFormat) cells.setNumberFormat(r, c, input.numberFormat);
          break;
      }
    }
  }
  afterWrite(engine, sheet, rect);
}

export type ClearTarget = "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents";

export function clearCells(sheet: SheetModel, rect: Rect, applyTo: ClearTarget): void {
  const contents = applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents";
  const formats = applyTo === "All" || applyTo === "Formats";
  sheet.cells.clear(rect, { contents, formats });
}
