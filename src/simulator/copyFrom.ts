/**
 * Range.copyFrom: copies values, formulas and/or formats from another range.
 * Formula references are copied as written (Excel would shift relative ones).
 */
import { rectIntersection, type Rect } from "./address";
import type { Engine } from "./engine";
import { invalidArgument } from "./errors";
import type { RangeTarget } from "./rangeTarget";
import { readValues } from "./sheetData";
import { afterWrite } from "./tables";

export type CopyType = "All" | "Formulas" | "Values" | "Formats";

export function copyRange(engine: Engine, source: RangeTarget, dest: RangeTarget, copyType: CopyType, skipBlanks: boolean, transpose: boolean): Rect {
  if (!["All", "Formulas", "Values", "Formats"].includes(copyType)) throw invalidArgument(`copyFrom: unknown copyType ${JSON.stringify(copyType)}`);
  const src = source.rect;
  const rows = transpose ? src.cols : src.rows;
  const cols = transpose ? src.rows : src.cols;
  // A single destination cell takes the source's size, as in Excel.
  const target: Rect = dest.rect.rows === 1 && dest.rect.cols === 1 ? { row: dest.rect.row, col: dest.rect.col, rows, cols } : dest.rect;
  if (target.rows !== rows || target.cols !== cols) throw invalidArgument(`copyFrom: the destination is ${target.rows}x${target.cols} but the source is ${rows}x${cols}`);
  const from = source.sheet;
  const to = dest.sheet;
  const values = copyType === "Values" ? readValues(engine, from, src) : null;
  // Read everything first: source and destination may overlap.
  const picked: { r: number; c: number; value?: unknown; formula?: string; nf?: string; blank: boolean }[] = [];
  for (let i = 0; i < src.rows; i++) {
    for (let j = 0; j < src.cols; j++) {
      const r = src.row + i;
      const c = src.col + j;
      const formula = from.cells.getFormula(r, c);
      const value = values ? values[i][j] : from.cells.getValue(r, c);
      const blank = formula === undefined && (value === undefined || value === "");
      picked.push({
        r: target.row + (transpose ? j : i),
        c: target.col + (transpose ? i : j),
        value,
        formula: values ? undefined : formula,
        nf: from.cells.getNumberFormat(r, c),
        blank,
      });
    }
  }
  for (const cell of picked) {
    if (skipBlanks && cell.blank) continue;
    if (copyType !== "Formats") {
      const value = cell.value === "" ? undefined : (cell.value as string | number | boolean | undefined);
      to.cells.setContent(cell.r, cell.c, cell.formula === undefined ? value : undefined, cell.formula);
    }
    if (copyType === "All" || copyType === "Formats") {
      to.cells.setNumberFormat(cell.r, cell.c, cell.nf);
    }
  }
  if ((copyType === "All" || copyType === "Formats") && !transpose) {
    const dr = target.row - src.row;
    const dc = target.col - src.col;
    for (const entry of from.formats.filter((f) => rectIntersection(f.rect, src))) {
      const clipped = rectIntersection(entry.rect, src) as Rect;
      to.formats.push({ key: entry.key, value: entry.value, rect: { ...clipped, row: clipped.row + dr, col: clipped.col + dc } });
    }
    for (const entry of from.validations.filter((v) => rectIntersection(v.rect, src))) {
      const clipped = rectIntersection(entry.rect, src) as Rect;
      to.validations.push({ ...JSON.parse(JSON.stringify(entry)), rect: { ...clipped, row: clipped.row + dr, col: clipped.col + dc } });
    }
  }
  afterWrite(engine, to, target);
  return target;
}
