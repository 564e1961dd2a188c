/**
 * Payload accounting: Excel on the web caps each request and each response at 5 MB
 * of UTF-8 JSON. Korean text takes 3 bytes a character, so we count UTF-8, not UTF-16.
 */
export const DEFAULT_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** Overhead charged for each queued action (object path, method name, ids). */
export const ACTION_OVERHEAD_BYTES = 32;

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function jsonBytes(value: unknown): number {
  if (value === undefined) return 0;
  const json = JSON.stringify(value);
  return json === undefined ? 0 : utf8Length(json);
}

export interface SyncStats {
  readonly requestBytes: number;
  readonly responseBytes: number;
}
