/**
 * Rejected rows as a table the officer can fix and import again: the source
 * columns as they came, then the source row number and the reasons. It goes out
 * two ways, as a CSV download and as a new sheet (a Blob download does nothing in
 * Office for Mac, office-js #2700); both come from `rejectedTable`.
 *
 * In the CSV, cells that a spreadsheet would run as a formula are prefixed with an
 * apostrophe (OWASP's CSV-injection advice): the rows were rejected, some may be
 * hostile, and this file will be opened in Excel. The fixed file comes back with
 * those apostrophes in its text, so import strips exactly one protective
 * apostrophe (`unprotectRows`), and only where a formula starter follows: `'-500`
 * is -500 again, and `'abc` stays `'abc`.
 */
import Papa from "papaparse";
import type { Language } from "../schema";
import type { RejectedRow } from "./planSync";
import { needsNeutralising, removeProtectiveApostrophe } from "./neutralise";

export interface RejectedTable {
  /** Source headers (numbered where missing), then "원본 행" / "Source row", then "제외 사유" / "Reason rejected". */
  readonly header: readonly string[];
  /** One row per rejected row: the source cells as text, padded to the header, its source row number and its reasons. */
  readonly rows: readonly { readonly cells: readonly string[]; readonly sourceRow: number; readonly reasons: string }[];
}

function text(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

/** `sourceHeaders` defaults to numbered columns; pass the plan's `sourceHeaders` so the rows re-import with the same mapping. */
export function rejectedTable(rejected: readonly RejectedRow[], sourceHeaders: readonly string[] = [], language: Language = "ko"): RejectedTable {
  // A loop, not Math.max(...rows): spreading a data-sized array into a call overflows the stack (issue 9 item 12).
  let width = sourceHeaders.length;
  for (const row of rejected) if (row.raw.length > width) width = row.raw.length;
  const header = [...sourceHeaders];
  for (let i = sourceHeaders.length; i < width; i++) header.push(`(${i + 1})`);
  header.push(language === "ko" ? "원본 행" : "Source row", language === "ko" ? "제외 사유" : "Reason rejected");
  const rows = rejected.map((row) => ({
    cells: Array.from({ length: width }, (_, i) => text(row.raw[i])),
    sourceRow: row.sourceRow,
    reasons: row.reasons.map((r) => r.message[language]).join(" / "),
  }));
  return { header, rows };
}

function protectCell(value: string): string {
  return needsNeutralising(value) ? `'${value}` : value;
}

export function rejectedToCsv(rejected: readonly RejectedRow[], sourceHeaders: readonly string[] = [], language: Language = "ko"): string {
  const table = rejectedTable(rejected, sourceHeaders, language);
  const data = table.rows.map((row) => [...row.cells.map(protectCell), String(row.sourceRow), protectCell(row.reasons)]);
  return Papa.unparse({ fields: table.header.map(protectCell), data }, { newline: "\r\n" });
}

/**
 * Undoes the CSV's protection on imported rows (header included): one leading
 * apostrophe is removed from a text cell when what follows would have been
 * protected. The exact inverse for every text (a text that starts with an
 * apostrophe is itself protected, so `''x` comes back as `'x`); other values pass through.
 */
export function unprotectRows(rows: readonly (readonly unknown[])[]): unknown[][] {
  return rows.map((row) => row.map((cell) => (typeof cell === "string" ? removeProtectiveApostrophe(cell) : cell)));
}
