/**
 * Cell formats other than numberFormat (font, fill, alignment, borders...), stored
 * as "this key was set to this value on this rectangle", latest first wins.
 */
import { rectContains, rectContainsCell, type Rect } from "./address";
import type { FormatEntry, SheetModel } from "./model";

export function applyFormat(sheet: SheetModel, rect: Rect, key: string, value: unknown): void {
  // A newer entry covering an older one with the same key replaces it, so the list stays short.
  sheet.formats = sheet.formats.filter((entry) => !(entry.key === key && rectContains(rect, entry.rect)));
  sheet.formats.push({ rect: { ...rect }, key, value } satisfies FormatEntry);
}

/** The format at the range's top-left cell (Excel returns null for mixed ranges; we keep it simple). */
export function readFormat(sheet: SheetModel, rect: Rect, key: string, fallback: unknown): unknown {
  for (let i = sheet.formats.length - 1; i >= 0; i--) {
    const entry = sheet.formats[i];
    if (entry.key === key && rectContainsCell(entry.rect, rect.row, rect.col)) return entry.value ?? fallback;
  }
  return fallback;
}

export function clearFormats(sheet: SheetModel, rect: Rect): void {
  sheet.formats = sheet.formats.filter((entry) => !rectContains(rect, entry.rect));
  const keys = new Set(sheet.formats.map((entry) => entry.key));
  for (const key of keys) {
    if (sheet.formats.some((entry) => entry.key === key && rectContainsCell(entry.rect, rect.row, rect.col))) {
      sheet.formats.push({ rect: { ...rect }, key, value: null });
    }
  }
}

export const FORMAT_DEFAULTS: Readonly<Record<string, unknown>> = {
  "font.bold": false,
  "font.italic": false,
  "font.underline": "None",
  "font.strikethrough": false,
  "font.color": "#000000",
  "font.size": 11,
  "font.name": "맑은 고딕",
  "fill.color": "#FFFFFF",
  "fill.pattern": "None",
  wrapText: false,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  indentLevel: 0,
  textOrientation: 0,
  shrinkToFit: false,
};
