/**
 * Dynamic arrays, as in Excel 2021/365: when the formula evaluator returns a 2-D
 * array, the formula's cell shows the top-left value and the rest spills into the
 * empty cells to the right and below. Anything in the way gives #SPILL!, and so
 * does a formula inside a table (Excel does not spill there either).
 *
 * Spilled cells stay empty in the model (they are not "used"); reads find the
 * anchor that covers them. Evaluation results are cached: for one top-level read
 * while a sync runs (the batch may write between reads), and across reads outside
 * syncs until the workbook changes (every change notifies subscribers).
 */
import { MAX_COLUMNS, MAX_ROWS } from "./address";
import type { CellValue } from "./cellStore";
import type { Engine } from "./engine";
import { tablesOnSheet, type SheetModel } from "./model";

export type EvaluatedValue = CellValue | "" | CellValue[][];

interface Candidate {
  readonly row: number;
  readonly col: number;
  readonly formula: string;
}

interface EvaluationCache {
  readonly results: Map<string, EvaluatedValue>;
  /** Formula cells outside tables, per sheet id: the only cells that can spill. */
  readonly candidates: Map<string, Candidate[]>;
  /** The candidates whose result is an array, per sheet id. */
  readonly anchors: Map<string, Candidate[]>;
  readonly inProgress: Set<string>;
}

function newCache(): EvaluationCache {
  return { results: new Map(), candidates: new Map(), anchors: new Map(), inProgress: new Set() };
}

const stableCaches = new WeakMap<Engine, { cache: EvaluationCache; gen: number }>();
let passCache: EvaluationCache | null = null;
/** While anchors are being discovered, results go to a scratch cache (they may miss spills not found yet). */
let discoveryCache: EvaluationCache | null = null;

function cacheFor(engine: Engine): EvaluationCache {
  if (discoveryCache) return discoveryCache;
  if (engine.syncing) return (passCache ??= newCache());
  let entry = stableCaches.get(engine);
  if (!entry) {
    const created = { cache: newCache(), gen: engine.gen };
    engine.subscribe(() => {
      created.cache = newCache();
    });
    stableCaches.set(engine, created);
    entry = created;
  }
  if (entry.gen !== engine.gen) {
    entry.cache = newCache();
    entry.gen = engine.gen;
  }
  return entry.cache;
}

/** Scopes the in-sync cache to one top-level read. */
export function withReadPass<T>(engine: Engine, body: () => T): T {
  if (!engine.syncing || passCache) return body();
  passCache = newCache();
  try {
    return body();
  } finally {
    passCache = null;
  }
}

/** The evaluator's result for a formula cell, computed once per cache lifetime. */
export function evaluateCached(engine: Engine, sheet: SheetModel, r: number, c: number, formula: string, compute: () => EvaluatedValue): EvaluatedValue {
  const cache = cacheFor(engine);
  const key = `${sheet.id}\u0000${r}\u0000${c}\u0000${formula}`;
  const cached = cache.results.get(key);
  if (cached !== undefined) return cached;
  if (cache.inProgress.has(key)) return "#REF!"; // A circular reference through a spill.
  cache.inProgress.add(key);
  try {
    const result = compute();
    cache.results.set(key, result);
    return result;
  } finally {
    cache.inProgress.delete(key);
  }
}

function inTable(engine: Engine, sheet: SheetModel, r: number, c: number): boolean {
  return tablesOnSheet(engine.model, sheet.id).some(
    (t) => r >= t.rect.row && r < t.rect.row + t.rect.rows && c >= t.rect.col && c < t.rect.col + t.rect.cols,
  );
}

/** The longest line's length. A loop: spreading a spill's rows into Math.max overflows the stack above about 125k rows. */
function widest(lines: readonly (readonly unknown[])[]): number {
  let width = 0;
  for (const line of lines) if (line.length > width) width = line.length;
  return width;
}

function blocked(sheet: SheetModel, r: number, c: number, values: CellValue[][]): boolean {
  const rows = values.length;
  const cols = widest(values);
  if (r + rows > MAX_ROWS || c + cols > MAX_COLUMNS) return true;
  for (let i = 0; i < rows; i++) {
    const line = sheet.cells.peekRow(r + i);
    if (!line) continue;
    for (let j = 0; j < cols; j++) {
      if (i === 0 && j === 0) continue;
      if (line.v[c + j] !== undefined || line.f?.[c + j] !== undefined) return true;
    }
  }
  return false;
}

/** What a formula cell shows: a scalar as is; an array's top-left value, or #SPILL! when it cannot spill. */
export function anchorValue(engine: Engine, sheet: SheetModel, r: number, c: number, result: EvaluatedValue): CellValue | "" {
  if (!Array.isArray(result)) return result;
  if (result.length === 0 || result[0].length === 0) return "#CALC!";
  if (inTable(engine, sheet, r, c) || blocked(sheet, r, c, result)) return "#SPILL!";
  return result[0][0] ?? "";
}

function candidatesOf(engine: Engine, sheet: SheetModel, cache: EvaluationCache): Candidate[] {
  let list = cache.candidates.get(sheet.id);
  if (!list) {
    list = [];
    for (const r of sheet.cells.rowNumbers()) {
      const formulas = sheet.cells.peekRow(r)?.f;
      if (!formulas) continue;
      formulas.forEach((formula, c) => {
        if (formula !== undefined && !inTable(engine, sheet, r, c)) list!.push({ row: r, col: c, formula });
      });
    }
    cache.candidates.set(sheet.id, list);
  }
  return list;
}

/**
 * The formula cells of a sheet that return arrays. Found by evaluating every
 * candidate once into a scratch cache: a formula such as =INDEX(A20:L20,1,3)
 * may read cells that another anchor spills into, and its result must not be
 * kept before all anchors are known. Nested reads during discovery see the
 * anchors found so far, so discovery never cascades.
 */
function anchorsOf(
  engine: Engine,
  sheet: SheetModel,
  evaluateAt: (row: number, col: number, formula: string) => EvaluatedValue,
): Candidate[] {
  const cache = cacheFor(engine);
  const known = cache.anchors.get(sheet.id);
  if (known) return known;
  const outer = discoveryCache;
  const scratch = outer ?? newCache();
  const found: Candidate[] = [];
  scratch.anchors.set(sheet.id, found);
  discoveryCache = scratch;
  try {
    for (const candidate of candidatesOf(engine, sheet, scratch)) {
      if (Array.isArray(evaluateAt(candidate.row, candidate.col, candidate.formula))) found.push(candidate);
    }
  } finally {
    discoveryCache = outer;
  }
  cache.anchors.set(sheet.id, found);
  return found;
}

/**
 * The value an empty cell shows because an array formula above or to the left
 * spills into it, or "" when none does.
 */
export function spilledValue(
  engine: Engine,
  sheet: SheetModel,
  r: number,
  c: number,
  evaluateAt: (row: number, col: number, formula: string) => EvaluatedValue,
): CellValue | "" {
  if (!engine.evaluator) return "";
  for (const anchor of anchorsOf(engine, sheet, evaluateAt)) {
    if (anchor.row > r || anchor.col > c || (anchor.row === r && anchor.col === c)) continue;
    const result = evaluateAt(anchor.row, anchor.col, anchor.formula);
    if (!Array.isArray(result)) continue;
    const line = result[r - anchor.row];
    if (!line || c - anchor.col >= widest(result)) continue;
    if (blocked(sheet, anchor.row, anchor.col, result)) continue;
    return line[c - anchor.col] ?? "";
  }
  return "";
}

/** The last row and column (0-based) that spilled arrays reach on a sheet, or null when nothing spills. */
export function spillExtent(
  engine: Engine,
  sheet: SheetModel,
  evaluateAt: (row: number, col: number, formula: string) => EvaluatedValue,
): { lastRow: number; lastCol: number } | null {
  if (!engine.evaluator) return null;
  let lastRow = -1;
  let lastCol = -1;
  for (const anchor of anchorsOf(engine, sheet, evaluateAt)) {
    const result = evaluateAt(anchor.row, anchor.col, anchor.formula);
    if (!Array.isArray(result) || blocked(sheet, anchor.row, anchor.col, result)) continue;
    lastRow = Math.max(lastRow, anchor.row + result.length - 1);
    lastCol = Math.max(lastCol, anchor.col + widest(result) - 1);
  }
  return lastRow < 0 ? null : { lastRow, lastCol };
}
