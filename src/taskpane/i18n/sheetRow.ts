/**
 * How the pane names a row: by the number Excel shows at the left of the sheet, which is what an
 * officer looks for. A position inside the table ("table row 21" for sheet row 22) sends them to
 * the wrong line, so every message that names a row goes through here.
 */
import type { LocalizedMessage } from "../../validation";

/** "시트 22행" / "sheet row 22". */
export function sheetRowText(sheetRow: number): LocalizedMessage {
  return { ko: `시트 ${sheetRow}행`, en: `sheet row ${sheetRow}` };
}

/**
 * The 1-based sheet row of a table body row: `bodyTop` is the body range's 0-based `rowIndex`
 * (as Excel reports it), `rowIndex` the 0-based position in the body.
 */
export function sheetRowOf(bodyTop: number, rowIndex: number): number {
  return bodyTop + rowIndex + 1;
}
