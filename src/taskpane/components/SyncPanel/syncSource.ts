/** A loaded sync source: its name (the key for remembered mappings), its rows and where they came from. */
import { decodeBytes, parseDelimited, type DetectedEncoding } from "../../../sync";

export interface SyncSource {
  readonly name: string;
  /** Header row first. */
  readonly rows: unknown[][];
  /** Line numbers in the file or pasted text (header included), for messages; null for workbook sources. */
  readonly lineOf: number[] | null;
  readonly encoding: DetectedEncoding | null;
}

/** A CSV/TSV file's bytes: encoding detected (UTF-8, BOM, UTF-16, CP949), delimiter detected. */
export function sourceFromFile(name: string, bytes: ArrayBuffer | Uint8Array): SyncSource {
  const decoded = decodeBytes(bytes);
  const table = parseDelimited(decoded.text);
  return { name, rows: table.rows, lineOf: table.lineOf, encoding: decoded.encoding };
}

/** Pasted text (tab-separated from Excel, or CSV). */
export function sourceFromText(name: string, text: string): SyncSource {
  const table = parseDelimited(text);
  return { name, rows: table.rows, lineOf: table.lineOf, encoding: null };
}

/** Rows read from a sheet or table of this workbook. */
export function sourceFromWorkbook(name: string, rows: unknown[][]): SyncSource {
  return { name, rows, lineOf: null, encoding: null };
}
