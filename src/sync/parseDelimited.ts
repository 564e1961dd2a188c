/**
 * CSV, TSV and clipboard text → a 2-D array of strings (header row first).
 * Excel puts tab-separated text on the clipboard; exports from other systems
 * are comma- or semicolon-separated. Nothing is typed here: every cell stays
 * the text it was, and normalisation happens once, in the shared row normaliser.
 */
import Papa from "papaparse";

export type Delimiter = "," | "\t" | ";";

export interface DelimitedTable {
  /**
   * Header row first. Shorter rows are padded to the header's width, so no cell
   * shifts. The header itself is never padded: a row with more cells than the
   * header keeps them all, so planning rejects it (with its line number) instead
   * of dropping the extra cells into a blank, unmapped column.
   */
  readonly rows: string[][];
  readonly delimiter: Delimiter;
  /** 1-based source line of each row in `rows` (header included), for messages that point at the file. */
  readonly lineOf: number[];
}

export class DelimitedParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DelimitedParseError";
  }
}

const CANDIDATES: readonly Delimiter[] = ["\t", ",", ";"];

/**
 * The delimiter is decided on the header line alone: it never contains quoted
 * newlines in practice, and data lines with free-text commas would mislead a
 * whole-file count. A tab anywhere in the header means TSV (clipboard).
 */
export function detectDelimiter(text: string): Delimiter {
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? "";
  let best: Delimiter = ",";
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const count = countOutsideQuotes(firstLine, candidate);
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) count++;
  }
  return count;
}

/**
 * One line ending for the whole text. Papa Parse takes the first line's ending as
 * the file's, so in a CRLF file a lone LF (a line edited on a Mac, two exports
 * concatenated) was kept inside the previous row's last cell and that row
 * vanished. Quoted line breaks become LF too, which is what Excel stores in a cell.
 */
export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

export function parseDelimited(text: string, delimiter: Delimiter = detectDelimiter(text)): DelimitedTable {
  const source = normaliseLineEndings(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const result = Papa.parse<string[]>(source, { delimiter, newline: "\n", skipEmptyLines: false, header: false });
  const fatal = result.errors.find((e) => e.type === "Quotes");
  if (fatal) {
    throw new DelimitedParseError(
      `Unbalanced quotes near data row ${(fatal.row ?? 0) + 1}: ${fatal.message}. (따옴표가 닫히지 않았습니다: ${(fatal.row ?? 0) + 1}번째 행 부근)`,
    );
  }
  const rows: string[][] = [];
  const lineOf: number[] = [];
  let line = 1;
  for (const record of result.data) {
    const startLine = line;
    // Quoted cells may span lines; count them so row numbers match what the officer sees in a text editor.
    for (const cell of record) line += countNewlines(cell);
    line += 1;
    if (record.every((cell) => cell.trim() === "")) continue;
    rows.push(record);
    lineOf.push(startLine);
  }
  if (rows.length === 0) throw new DelimitedParseError("The text is empty: no header row found. (내용이 없습니다: 제목 행이 없습니다.)");
  const width = rows[0].length;
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i];
    while (row.length < width) row.push("");
  }
  return { rows, delimiter, lineOf };
}

function countNewlines(cell: string): number {
  let count = 0;
  for (let i = 0; i < cell.length; i++) if (cell.charCodeAt(i) === 10) count++;
  return count;
}
