/** Excel.Range: values, formulas, number formats and navigation to related ranges. */
import { MAX_COLUMNS, MAX_ROWS, rectIntersection, type Rect } from "./address";
import { invalidArgument, invalidOperation, itemNotFound } from "./errors";
import { applyFormat, clearFormats, readFormat } from "./formats";
import { defineProxy, ProxyBase, type Exec } from "./proxy";
import { rangeAddress, rangeFromAddress, rangeOn, subRect, usedRectOf, type RangeTarget } from "./rangeTarget";
import {
  clearCells,
  readFormulas,
  readNumberFormats,
  readText,
  readValues,
  readValue,
  readValueTypes,
  writeGrid,
  type ClearTarget,
} from "./sheetData";
import { bodyRect, deleteTableRows, insertTableRows } from "./tables";
import { shiftCells } from "./cellShifts";
import { copyRange, type CopyType } from "./copyFrom";
import { tablesOnSheet } from "./model";
import { RangeFormatProxy } from "./rangeFormat";
import { DataValidationProxy } from "./dataValidation";
import { WorksheetProxy } from "./worksheet";

export interface FindCriteria {
  readonly completeMatch?: boolean;
  readonly matchCase?: boolean;
  readonly searchDirection?: "Forward" | "Backwards";
}

function findPattern(text: string, criteria: FindCriteria): RegExp {
  let source = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "~" && i + 1 < text.length && "*?~".includes(text[i + 1])) {
      source += `\\${text[++i]}`;
    } else if (ch === "*") source += "[\\s\\S]*";
    else if (ch === "?") source += "[\\s\\S]";
    else source += ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(criteria.completeMatch ? `^${source}$` : source, criteria.matchCase ? "u" : "iu");
}

function findCell(t: RangeTarget, text: string, criteria: FindCriteria, exec: Exec): RangeTarget | null {
  if (typeof text !== "string" || text === "") throw invalidArgument("find: text must be a non-empty string");
  const pattern = findPattern(text, criteria);
  const single = t.rect.rows === 1 && t.rect.cols === 1;
  const used = t.sheet.cells.bounds(true);
  const area: Rect = single ? (used ? { row: 0, col: 0, rows: used.lastRow + 1, cols: used.lastCol + 1 } : { row: 0, col: 0, rows: 0, cols: 0 }) : t.rect;
  const cells: [number, number][] = [];
  const lastRow = Math.min(area.row + area.rows, used ? used.lastRow + 1 : 0);
  for (let r = area.row; r < lastRow; r++) {
    if (!t.sheet.cells.hasRow(r)) continue;
    for (let c = area.col; c < area.col + area.cols && (!used || c <= used.lastCol); c++) {
      const value = readValue(exec.engine, t.sheet, r, c);
      if (value === "") continue;
      const shown = typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value);
      if (pattern.test(shown)) cells.push([r, c]);
    }
  }
  // A single-cell search starts after that cell and wraps around (harsher: it can reach any cell).
  const order = single ? [...cells.filter(([r, c]) => r > t.rect.row || (r === t.rect.row && c > t.rect.col)), ...cells.filter(([r, c]) => r < t.rect.row || (r === t.rect.row && c <= t.rect.col))] : cells;
  const hit = criteria.searchDirection === "Backwards" ? order[order.length - 1] : order[0];
  return hit ? rangeOn(t.sheet, { row: hit[0], col: hit[1], rows: 1, cols: 1 }) : null;
}

function writeNumberFormat(target: RangeTarget, value: unknown, exec: Exec): void {
  if (target.entireColumns && !Array.isArray(value) && typeof value === "string") {
    for (let c = target.rect.col; c < target.rect.col + target.rect.cols; c++) target.sheet.columnFormats[c] = value;
  }
  writeGrid(exec.engine, target.sheet, target.rect, "numberFormat", value);
}

/** A range argument: a Range proxy (resolved in the same sync) or an address on the same sheet. */
export function resolveRangeArg(arg: unknown, base: RangeTarget | null, exec: Exec, what: string): RangeTarget {
  if (arg instanceof RangeProxy) {
    const target = arg._target(exec);
    if (!target) throw invalidArgument(`${what}: the range is a null object`);
    return target;
  }
  if (typeof arg === "string" && base) return rangeFromAddress(exec.engine.model, base.sheet, arg);
  if (typeof arg === "string") {
    const active = exec.engine.model.sheets.find((s) => s.id === exec.engine.model.activeSheetId) ?? exec.engine.model.sheets[0];
    return rangeFromAddress(exec.engine.model, active, arg);
  }
  throw invalidArgument(`${what}: expected a Range or an address`);
}

function tableRowsSpannedBy(target: RangeTarget, exec: Exec) {
  return tablesOnSheet(exec.engine.model, target.sheet.id).find((t) => {
    const body = bodyRect(t);
    return (
      target.rect.row >= body.row &&
      target.rect.row + target.rect.rows <= body.row + body.rows &&
      (target.entireRows || (target.rect.col === t.rect.col && target.rect.cols === t.rect.cols))
    );
  });
}

export class RangeProxy extends ProxyBase<RangeTarget> {
  get format(): RangeFormatProxy {
    return this._nav("format", () => this._child(RangeFormatProxy, (t) => t));
  }

  get dataValidation(): DataValidationProxy {
    return this._nav("dataValidation", () => this._child(DataValidationProxy, (t) => t));
  }

  get worksheet(): WorksheetProxy {
    return this._nav("worksheet", () => this._child(WorksheetProxy, (t) => t.sheet));
  }

  private _range(locate: (t: RangeTarget, exec: Exec) => RangeTarget | null): RangeProxy {
    return this._child(RangeProxy, locate);
  }

  getCell(row: number, column: number): RangeProxy {
    return this._range((t) => subRect(t, t.rect.row + row, t.rect.col + column, 1, 1, `getCell(${row}, ${column})`));
  }

  /**
   * Range.find (ExcelApi 1.9): the first cell whose value matches, by rows. Throws ItemNotFound
   * when nothing matches. On a single cell it searches the whole sheet from after that cell (and
   * wraps around), as the documentation says. `*`, `?` are wildcards and `~` escapes them.
   */
  find(text: string, criteria: FindCriteria = {}): RangeProxy {
    return this._range((t, exec) => {
      const found = findCell(t, text, criteria, exec);
      if (!found) throw itemNotFound(`find: '${text}' in ${rangeAddress(t)}`, "Range.find");
      return found;
    });
  }

  findOrNullObject(text: string, criteria: FindCriteria = {}): RangeProxy {
    return this._range((t, exec) => findCell(t, text, criteria, exec));
  }

  getRow(row: number): RangeProxy {
    return this._range((t) => {
      if (row < 0 || row >= t.rect.rows) throw invalidArgument(`getRow(${row}): the range has ${t.rect.rows} rows`);
      return subRect(t, t.rect.row + row, t.rect.col, 1, t.rect.cols, `getRow(${row})`);
    });
  }

  getColumn(column: number): RangeProxy {
    return this._range((t) => {
      if (column < 0 || column >= t.rect.cols) throw invalidArgument(`getColumn(${column}): the range has ${t.rect.cols} columns`);
      return subRect(t, t.rect.row, t.rect.col + column, t.rect.rows, 1, `getColumn(${column})`);
    });
  }

  getRowsBelow(count = 1): RangeProxy {
    return this._range((t) => subRect(t, t.rect.row + t.rect.rows, t.rect.col, count, t.rect.cols, `getRowsBelow(${count})`));
  }

  getRowsAbove(count = 1): RangeProxy {
    return this._range((t) => subRect(t, t.rect.row - count, t.rect.col, count, t.rect.cols, `getRowsAbove(${count})`));
  }

  getColumnsAfter(count = 1): RangeProxy {
    return this._range((t) => subRect(t, t.rect.row, t.rect.col + t.rect.cols, t.rect.rows, count, `getColumnsAfter(${count})`));
  }

  getColumnsBefore(count = 1): RangeProxy {
    return this._range((t) => subRect(t, t.rect.row, t.rect.col - count, t.rect.rows, count, `getColumnsBefore(${count})`));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this._range((t) => subRect(t, t.rect.row + rowOffset, t.rect.col + columnOffset, t.rect.rows, t.rect.cols, `getOffsetRange(${rowOffset}, ${columnOffset})`));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this._range((t) => subRect(t, t.rect.row, t.rect.col, t.rect.rows + deltaRows, t.rect.cols + deltaColumns, `getResizedRange(${deltaRows}, ${deltaColumns})`));
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): RangeProxy {
    return this._range((t) => subRect(t, t.rect.row, t.rect.col, numRows, numColumns, `getAbsoluteResizedRange(${numRows}, ${numColumns})`));
  }

  getEntireColumn(): RangeProxy {
    return this._range((t) => rangeOn(t.sheet, { row: 0, col: t.rect.col, rows: MAX_ROWS, cols: t.rect.cols }, true, false));
  }

  getEntireRow(): RangeProxy {
    return this._range((t) => rangeOn(t.sheet, { row: t.rect.row, col: 0, rows: t.rect.rows, cols: MAX_COLUMNS }, false, true));
  }

  getLastCell(): RangeProxy {
    return this._range((t) => subRect(t, t.rect.row + t.rect.rows - 1, t.rect.col + t.rect.cols - 1, 1, 1, "getLastCell()"));
  }

  getLastRow(): RangeProxy {
    return this._range((t) => subRect(t, t.rect.row + t.rect.rows - 1, t.rect.col, 1, t.rect.cols, "getLastRow()"));
  }

  getLastColumn(): RangeProxy {
    return this._range((t) => subRect(t, t.rect.row, t.rect.col + t.rect.cols - 1, t.rect.rows, 1, "getLastColumn()"));
  }

  private _used(valuesOnly: boolean, orNull: boolean): RangeProxy {
    return this._range((t, exec) => {
      const usedRect = usedRectOf(exec.engine.model, t.sheet, valuesOnly);
      const hit = usedRect ? rectIntersection(usedRect, t.rect) : null;
      if (hit) return rangeOn(t.sheet, hit);
      if (orNull) return null;
      return rangeOn(t.sheet, { row: t.rect.row, col: t.rect.col, rows: 1, cols: 1 });
    });
  }

  getUsedRange(valuesOnly = false): RangeProxy {
    return this._used(valuesOnly, false);
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this._used(valuesOnly, true);
  }

  getIntersection(other: RangeProxy | string): RangeProxy {
    return this._range((t, exec) => {
      const hit = rectIntersection(t.rect, resolveRangeArg(other, t, exec, "getIntersection").rect);
      if (!hit) throw invalidArgument("getIntersection: the ranges do not intersect");
      return rangeOn(t.sheet, hit);
    });
  }

  getIntersectionOrNullObject(other: RangeProxy | string): RangeProxy {
    return this._range((t, exec) => {
      const hit = rectIntersection(t.rect, resolveRangeArg(other, t, exec, "getIntersectionOrNullObject").rect);
      return hit ? rangeOn(t.sheet, hit) : null;
    });
  }

  getBoundingRect(other: RangeProxy | string): RangeProxy {
    return this._range((t, exec) => {
      const o = resolveRangeArg(other, t, exec, "getBoundingRect").rect;
      const row = Math.min(t.rect.row, o.row);
      const col = Math.min(t.rect.col, o.col);
      const rows = Math.max(t.rect.row + t.rect.rows, o.row + o.rows) - row;
      const cols = Math.max(t.rect.col + t.rect.cols, o.col + o.cols) - col;
      return rangeOn(t.sheet, { row, col, rows, cols });
    });
  }

  clear(applyTo: ClearTarget = "All"): void {
    this._action("clear", [applyTo], (t) => {
      clearCells(t.sheet, t.rect, applyTo);
      if (applyTo === "Hyperlinks" || applyTo === "RemoveHyperlinks") applyFormat(t.sheet, t.rect, "hyperlink", null);
      if (applyTo === "All" || applyTo === "Formats") clearFormats(t.sheet, t.rect);
    });
  }

  /** Deletes cells, shifting "Up" or "Left". Whole table rows shrink the table, as in Excel. */
  delete(shift: "Up" | "Left"): void {
    this._action("delete", [shift], (t, exec) => {
      if (shift === "Up") {
        const table = tableRowsSpannedBy(t, exec);
        if (table) {
          deleteTableRows(exec.engine, table, t.rect.row - table.rect.row - 1, t.rect.rows);
          return;
        }
        shiftCells(exec.engine, t.sheet, t.rect, "deleteUp", t.entireRows);
      } else if (shift === "Left") {
        shiftCells(exec.engine, t.sheet, t.rect, "deleteLeft", t.entireColumns);
      } else throw invalidArgument(`delete('${shift}'): shift must be Up or Left`);
    });
  }

  /** Inserts cells, shifting "Down" or "Right". Inside a table's body this inserts table rows. */
  insert(shift: "Down" | "Right"): RangeProxy {
    this._action("insert", [shift], (t, exec) => {
      if (shift === "Down") {
        const table = tableRowsSpannedBy(t, exec);
        if (table) {
          insertTableRows(exec.engine, table, t.rect.row - table.rect.row - 1, t.rect.rows);
          return;
        }
        shiftCells(exec.engine, t.sheet, t.rect, "insertDown", t.entireRows);
      } else if (shift === "Right") {
        shiftCells(exec.engine, t.sheet, t.rect, "insertRight", t.entireColumns);
      } else throw invalidArgument(`insert('${shift}'): shift must be Down or Right`);
    });
    return this._range((t) => t);
  }

  /** Copies values, formulas and/or formats from another range (a single destination cell expands). */
  copyFrom(sourceRange: RangeProxy | string, copyType: CopyType = "All", skipBlanks = false, transpose = false): void {
    this._action("copyFrom", [typeof sourceRange === "string" ? sourceRange : "range", copyType, skipBlanks, transpose], (t, exec) => {
      copyRange(exec.engine, resolveRangeArg(sourceRange, t, exec, "copyFrom"), t, copyType, skipBlanks, transpose);
    });
  }

  select(): void {
    this._action("select", [], (t, exec) => {
      if (t.sheet.visibility !== "Visible") throw invalidOperation(`sheet '${t.sheet.name}' is hidden`);
      exec.engine.model.activeSheetId = t.sheet.id;
      t.sheet.selection = { ...t.rect };
      t.sheet.specialSelection = undefined;
      exec.after.push(() => exec.engine.scheduleSelectionChanged());
    });
  }

  merge(across = false): void {
    this._action("merge", [across], (t) => {
      const areas: Rect[] = across
        ? Array.from({ length: t.rect.rows }, (_, i) => ({ row: t.rect.row + i, col: t.rect.col, rows: 1, cols: t.rect.cols }))
        : [t.rect];
      t.sheet.merges = t.sheet.merges.filter((m) => !areas.some((a) => rectIntersection(a, m)));
      t.sheet.merges.push(...areas.filter((a) => a.rows * a.cols > 1).map((a) => ({ ...a })));
    });
  }

  unmerge(): void {
    this._action("unmerge", [], (t) => {
      t.sheet.merges = t.sheet.merges.filter((m) => !rectIntersection(t.rect, m));
    });
  }

  calculate(): void {
    this._action("calculate", [], () => undefined);
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

defineProxy<RangeTarget>(RangeProxy, {
  typeName: "Range",
  navs: ["format", "dataValidation", "worksheet"],
  props: {
    address: { get: (t) => rangeAddress(t) },
    addressLocal: { get: (t) => rangeAddress(t) },
    values: {
      get: (t, x) => readValues(x.engine, t.sheet, t.rect),
      set: (t, v, x) => writeGrid(x.engine, t.sheet, t.rect, "values", v),
    },
    formulas: { get: (t) => readFormulas(t.sheet, t.rect), set: (t, v, x) => writeGrid(x.engine, t.sheet, t.rect, "formulas", v) },
    formulasLocal: { get: (t) => readFormulas(t.sheet, t.rect), set: (t, v, x) => writeGrid(x.engine, t.sheet, t.rect, "formulas", v) },
    numberFormat: { get: (t) => readNumberFormats(t.sheet, t.rect), set: writeNumberFormat },
    numberFormatLocal: { get: (t) => readNumberFormats(t.sheet, t.rect), set: writeNumberFormat },
    text: { get: (t, x) => readText(x.engine, t.sheet, t.rect) },
    valueTypes: { get: (t, x) => readValueTypes(x.engine, t.sheet, t.rect) },
    rowCount: { get: (t) => t.rect.rows },
    columnCount: { get: (t) => t.rect.cols },
    cellCount: { get: (t) => t.rect.rows * t.rect.cols },
    rowIndex: { get: (t) => t.rect.row },
    columnIndex: { get: (t) => t.rect.col },
    isEntireColumn: { get: (t) => t.entireColumns },
    isEntireRow: { get: (t) => t.entireRows },
    hyperlink: {
      get: (t) => readFormat(t.sheet, t.rect, "hyperlink", null),
      set: (t, v, x) => {
        const link = (v ?? null) as { address?: string; textToDisplay?: string } | null;
        applyFormat(t.sheet, t.rect, "hyperlink", link ? { ...link } : null);
        // Excel shows textToDisplay (or the address in an empty cell) as the cell's value.
        const shown = link?.textToDisplay ?? (t.sheet.cells.getValue(t.rect.row, t.rect.col) === undefined ? link?.address : undefined);
        if (shown !== undefined) writeGrid(x.engine, t.sheet, t.rect, "values", `'${shown}`);
      },
    },
    style: {
      get: (t) => readFormat(t.sheet, t.rect, "style", "Normal"),
      set: (t, v) => applyFormat(t.sheet, t.rect, "style", String(v)),
    },
  },
});

