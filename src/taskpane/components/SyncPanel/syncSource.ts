/**
 * A loaded sync source: its name, its rows and where they came from. Every kind
 * goes through `unprotectRows`, so a rejected-rows file the add-in wrote comes
 * back without its protective apostrophes however the officer brings it in
 * (the file itself, pasted from Excel, or a sheet she opened it into).
 */
import { decodeBytes, parseDelimited, unprotectRows, type DecodedText, type SourceEncoding } from "../../../sync";

export interface SyncSource {
  readonly name: string;
  /** Header row first. */
  readonly rows: unknown[][];
  /** Line numbers in the file or pasted text (header included), for messages; null for workbook sources. */
  readonly lineOf: number[] | null;
  /** How a file was decoded (null for pasted text and workbook sources). */
  readonly decoded: DecodedText | null;
  /** A file's bytes, kept so the officer can read it again with another encoding. */
  readonly bytes: Uint8Array | null;
}

/** A CSV/TSV file's bytes: encoding detected (or the officer's `encoding`), delimiter detected. */
export function sourceFromFile(name: string, bytes: ArrayBuffer | Uint8Array, encoding?: SourceEncoding): SyncSource {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const decoded = decodeBytes(data, encoding);
  const table = parseDelimited(decoded.text);
  return { name, rows: unprotectRows(table.rows), lineOf: table.lineOf, decoded, bytes: data };
}

/** Pasted text (tab-separated from Excel, or CSV). */
export function sourceFromText(name: string, text: string): SyncSource {
  const table = parseDelimited(text);
  return { name, rows: unprotectRows(table.rows), lineOf: table.lineOf, decoded: null, bytes: null };
}

/** Rows read from a sheet or table of this workbook. */
export function sourceFromWorkbook(name: string, rows: unknown[][]): SyncSource {
  return { name, rows: unprotectRows(rows), lineOf: null, decoded: null, bytes: null };
}
