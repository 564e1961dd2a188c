/**
 * Rejected rows as a CSV the officer can download, fix and import again: the
 * source columns as they came, then the source row number and the reasons.
 * Cells that a spreadsheet would run as a formula are prefixed with an
 * apostrophe (OWASP's CSV-injection advice): the rows were rejected, some may
 * be hostile, and this file will be opened in Excel.
 */
import Papa from "papaparse";
import type { Language } from "../schema";
import type { RejectedRow } from "./planSync";
import { needsNeutralising } from "./neutralise";

function safeCell(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value);
  return needsNeutralising(text) ? `'${text}` : text;
}

/** `sourceHeaders` defaults to numbered columns; pass the plan's `sourceHeaders` so the file re-imports with the same mapping. */
export function rejectedToCsv(rejected: readonly RejectedRow[], sourceHeaders: readonly string[] = [], language: Language = "ko"): string {
  const rowLabel = language === "ko" ? "원본 행" : "Source row";
  const reasonLabel = language === "ko" ? "제외 사유" : "Reason rejected";
  const width = Math.max(sourceHeaders.length, ...rejected.map((r) => r.raw.length));
  const header = [...sourceHeaders, ...Array.from({ length: width - sourceHeaders.length }, (_, i) => `(${sourceHeaders.length + i + 1})`)];
  const rows = rejected.map((row) => [
    ...Array.from({ length: width }, (_, i) => safeCell(row.raw[i])),
    String(row.sourceRow),
    safeCell(row.reasons.map((r) => r.message[language]).join(" / ")),
  ]);
  return Papa.unparse({ fields: [...header.map(safeCell), rowLabel, reasonLabel], data: rows }, { newline: "\r\n" });
}
