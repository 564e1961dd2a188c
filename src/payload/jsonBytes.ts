/**
 * Size of an Office.js payload: Excel on the web caps each request and response at
 * 5 MB of UTF-8 JSON, and Korean text takes 3 bytes a character, so count UTF-8, not UTF-16.
 */

/** UTF-8 length of a string without allocating (TextEncoder would copy multi-megabyte payloads). */
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

/** UTF-8 bytes of a value's JSON; 0 for what JSON cannot carry (undefined). */
export function jsonBytes(value: unknown): number {
  const json = value === undefined ? undefined : JSON.stringify(value);
  return json === undefined ? 0 : utf8Length(json);
}
