/** What a Range proxy resolves to at sync: a sheet and a rectangle on it. */
import { checkRect, parseAddress, qualifiedAddress, rectAddress, type Rect } from "./address";
import { invalidArgument, itemNotFound } from "./errors";
import { findSheetById, findSheetByName, type SheetModel, type WorkbookModel } from "./model";

export interface RangeTarget {
  readonly sheet: SheetModel;
  /** The cells actually covered (whole columns/rows capped at the used range). */
  readonly rect: Rect;
  readonly entireColumns: boolean;
  readonly entireRows: boolean;
  /** The uncapped rectangle, for the address of whole columns/rows. */
  readonly addressRect?: Rect;
}

/**
 * The used range: cells with content (and, unless valuesOnly, formats) plus the
 * tables on the sheet, whose styling counts as use in Excel (a blank body row too).
 */
export function usedRectOf(model: WorkbookModel, sheet: SheetModel, valuesOnly: boolean): Rect | null {
  const used = sheet.cells.bounds(valuesOnly);
  let row = used?.row ?? Infinity;
  let col = used?.col ?? Infinity;
  let lastRow = used?.lastRow ?? -1;
  let lastCol = used?.lastCol ?? -1;
  if (!valuesOnly) {
    for (const table of model.tables) {
      if (table.sheetId !== sheet.id) continue;
      row = Math.min(row, table.rect.row);
      col = Math.min(col, table.rect.col);
      lastRow = Math.max(lastRow, table.rect.row + table.rect.rows - 1);
      lastCol = Math.max(lastCol, table.rect.col + table.rect.cols - 1);
    }
  }
  return lastRow < 0 ? null : { row, col, rows: lastRow - row + 1, cols: lastCol - col + 1 };
}

/** Whole columns and rows are capped at the used range: nobody wants a million empty cells. */
export function capToUsed(sheet: SheetModel, rect: Rect, entireColumns: boolean, entireRows: boolean): Rect {
  if (!entireColumns && !entireRows) return rect;
  const used = sheet.cells.bounds(false);
  let capped = rect;
  if (entireColumns) capped = { ...capped, row: 0, rows: Math.max((used?.lastRow ?? 0) + 1, 1) };
  if (entireRows) capped = { ...capped, col: 0, cols: Math.max((used?.lastCol ?? 0) + 1, 1) };
  return capped;
}

export function rangeOn(sheet: SheetModel, rect: Rect, entireColumns = false, entireRows = false): RangeTarget {
  checkRect(rect, rectAddress(rect));
  if (!entireColumns && !entireRows) return { sheet, rect, entireColumns, entireRows };
  return { sheet, rect: capToUsed(sheet, rect, entireColumns, entireRows), entireColumns, entireRows, addressRect: rect };
}

/** A defined name used as an address: the sheet's own names first, then the workbook's. */
function namedReference(model: WorkbookModel, sheet: SheetModel, text: string): RangeTarget | null {
  const lower = text.trim().toLowerCase();
  const item = sheet.names.find((n) => n.name.toLowerCase() === lower) ?? model.names.find((n) => n.name.toLowerCase() === lower);
  const target = item?.ref ? findSheetById(model, item.ref.sheetId) : undefined;
  return item?.ref && target ? rangeOn(target, item.ref.rect) : null;
}

/** Resolves an address relative to a sheet (a "Sheet!" prefix may point elsewhere), or a defined name. */
export function rangeFromAddress(model: WorkbookModel, sheet: SheetModel, address: string): RangeTarget {
  let parsed;
  try {
    parsed = parseAddress(address);
  } catch (error) {
    const named = namedReference(model, sheet, address);
    if (named) return named;
    throw error;
  }
  let target = sheet;
  if (parsed.sheet !== undefined) {
    const named = findSheetByName(model, parsed.sheet);
    if (!named) throw itemNotFound(`sheet '${parsed.sheet}' in address '${address}'`);
    target = named;
  }
  return rangeOn(target, parsed.rect, parsed.entireColumns, parsed.entireRows);
}

export function rangeAddress(target: RangeTarget, absolute = false): string {
  // A whole sheet reads as rows ("Sheet1!1:1048576"), as in Excel.
  return qualifiedAddress(target.sheet.name, target.addressRect ?? target.rect, {
    absolute,
    entireColumns: target.entireColumns && !target.entireRows,
    entireRows: target.entireRows,
  });
}

export function subRect(target: RangeTarget, row: number, col: number, rows: number, cols: number, what: string): RangeTarget {
  if (![row, col, rows, cols].every(Number.isInteger)) throw invalidArgument(`${what}: indexes must be whole numbers`);
  return rangeOn(target.sheet, checkRect({ row, col, rows, cols }, what));
}
