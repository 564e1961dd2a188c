/**
 * Reading the batch: a source row through the mapping into the fields it supplies, and the import
 * rules of a won-only source (Amount (KRW) without Amount), for a new row and for the table row it
 * lands on. Pure; planSync calls it once per incoming row.
 */
import { isBlankText, normalizeCurrency } from "../../schema";
import type { SyncKey } from "../syncKey";
import { message } from "./types";

/**
 * The schema's isBlank, written out here: it runs for every incoming cell, and calls
 * through the schema barrel's re-export cost measurably in the bench (tsx and jest run
 * the code as CommonJS, where each such call goes through two property getters).
 * Invisible-only text (a zero-width space) is blank too: it never clears or fills a cell.
 */
export function blankCell(value: unknown): boolean {
  if (value === null || value === undefined || value === "") return true;
  if (typeof value !== "string") return false;
  // Ordinary text starts with a visible character below U+00A0 (no space, nothing invisible) and is decided at once.
  const first = value.charCodeAt(0);
  if (first > 32 && first < 0xa0) return false;
  return isBlankText(value);
}

export interface IncomingRow {
  readonly index: number;
  readonly sourceRow: number;
  readonly cells: readonly unknown[];
  /** The fields the row supplies (non-blank), in source column order: a field is supplied exactly when it is defined here. */
  readonly raw: Partial<Record<SyncKey, unknown>>;
  /** Amount (KRW) from a source that gives no Amount: how it is used depends on the row it lands on. */
  readonly wonOnly: unknown;
  readonly id: string;
  readonly overflow: boolean;
}

/** Turns a source row into schema fields through the mapping; Amount (KRW) and Updated get their import rules. */
export function mapIncoming(cells: readonly unknown[], keys: readonly (SyncKey | null)[]): { raw: Partial<Record<SyncKey, unknown>>; wonOnly: unknown } {
  const raw: Partial<Record<SyncKey, unknown>> = {};
  let amountKrw: unknown = undefined;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index];
    if (!key || blankCell(cells[index])) continue;
    // Updated is stamped by the sync that writes the row.
    if (key === "updated") continue;
    if (key === "amountKrw") amountKrw = cells[index];
    else raw[key] = cells[index];
  }
  // Amount (KRW) is computed by the table's formula from Amount and Currency: with an Amount, the
  // source's KRW column says nothing new and is ignored.
  return { raw, wonOnly: raw.amount === undefined ? amountKrw : undefined };
}

function isKrw(value: unknown): boolean {
  return value === undefined || normalizeCurrency(value) === "KRW";
}

/**
 * The fields of a won-only row (Amount (KRW), no Amount) for a row with no amount of its own:
 * a new row, or a sheet row with no Amount in another currency. The won amount becomes the
 * Amount, in KRW. null when the row names another currency: won cannot be stored as that.
 */
export function wonAsAmount(row: IncomingRow): Partial<Record<SyncKey, unknown>> | null {
  if (row.wonOnly === undefined) return row.raw;
  if (!isKrw(row.raw.currency)) return null;
  return { ...row.raw, amount: row.wonOnly, currency: row.raw.currency ?? "KRW" };
}

export const WON_WITH_OTHER_CURRENCY = message(
  "원화환산액만 있고 금액이 없는데 통화가 원화가 아닙니다. 그 통화의 금액을 넣거나 통화를 비우세요.",
  "The row has an Amount (KRW) but no Amount, and its Currency is not KRW. Give the Amount in that currency, or leave Currency blank.",
);

/**
 * The fields a row supplies for the table row it lands on. A won-only source (Amount (KRW), no
 * Amount) must not turn a USD row into a KRW row: where the sheet row has an Amount or a currency
 * other than won, the won figure goes to Amount (KRW) alone (written only where that cell is not
 * a formula), and a Currency of KRW that merely labels the won column is not taken.
 */
export function rawForExisting(row: IncomingRow, sheet: Partial<Record<SyncKey, unknown>>): Partial<Record<SyncKey, unknown>> {
  if (row.wonOnly === undefined) return row.raw;
  const sheetHasAmount = !blankCell(sheet.amount);
  const sheetInWon = blankCell(sheet.currency) || normalizeCurrency(sheet.currency) === "KRW";
  if (!sheetHasAmount && sheetInWon && isKrw(row.raw.currency)) return wonAsAmount(row)!;
  const raw: Partial<Record<SyncKey, unknown>> = { ...row.raw, amountKrw: row.wonOnly };
  if (raw.currency !== undefined && isKrw(raw.currency)) delete raw.currency;
  return raw;
}
