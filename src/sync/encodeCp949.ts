/**
 * Text → bytes in the legacy encodings files arrive in, for building fixtures
 * exactly as other systems export them (tests and the e2e suite): CP949 as Korean
 * public systems write it, GBK and Shift-JIS as Chinese and Japanese partners do,
 * and UTF-16 with or without a byte-order mark. Browsers only ship *decoders*, so
 * each encoder is its decoder's inverse: every code is decoded once and the table
 * is reversed. Characters the decoder cannot produce throw, so a fixture never
 * silently contains "?". Node's ICU decoder covers EUC-KR (KS X 1001: all 2,350
 * common syllables); browsers' decoder also covers the CP949 extension, so
 * fixtures built here decode the same everywhere.
 */

export type LegacyEncoding = "euc-kr" | "gbk" | "shift_jis";

const tables = new Map<LegacyEncoding, Map<string, number[]>>();

function encodingTable(label: LegacyEncoding): Map<string, number[]> {
  const cached = tables.get(label);
  if (cached) return cached;
  const decoder = new TextDecoder(label);
  const map = new Map<string, number[]>();
  const add = (bytes: number[]) => {
    const char = decoder.decode(Uint8Array.from(bytes));
    if ([...char].length === 1 && char !== "\ufffd" && char.codePointAt(0)! >= 0x80 && !map.has(char)) map.set(char, bytes);
  };
  // Shift-JIS reads A1–DF as single bytes (half-width katakana); the others read nothing there on its own.
  for (let single = 0x80; single <= 0xff; single++) add([single]);
  for (let lead = 0x81; lead <= 0xfe; lead++) for (let trail = 0x40; trail <= 0xfe; trail++) add([lead, trail]);
  tables.set(label, map);
  return map;
}

/** Text in a legacy double-byte encoding; throws for a character it has no code for. */
export function encodeLegacy(label: LegacyEncoding, text: string): Uint8Array {
  const codes = encodingTable(label);
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const bytes = codes.get(char);
    if (bytes === undefined) throw new Error(`"${char}" (U+${code.toString(16).toUpperCase()}) has no ${label === "euc-kr" ? "CP949" : label} encoding.`);
    for (const byte of bytes) out.push(byte);
  }
  return Uint8Array.from(out);
}

export function encodeCp949(text: string): Uint8Array {
  return encodeLegacy("euc-kr", text);
}

/** UTF-16 code units in the given byte order, with an optional byte-order mark. */
export function encodeUtf16(text: string, order: "le" | "be", bom = false): Uint8Array {
  const offset = bom ? 2 : 0;
  const bytes = new Uint8Array(offset + text.length * 2);
  if (bom) bytes.set(order === "le" ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[offset + i * 2 + (order === "le" ? 0 : 1)] = unit & 0xff;
    bytes[offset + i * 2 + (order === "le" ? 1 : 0)] = unit >> 8;
  }
  return bytes;
}
