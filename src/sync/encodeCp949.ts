/**
 * Text → CP949 bytes, for building fixtures exactly as Korean public systems
 * export them (tests and the e2e suite). Browsers only ship a CP949 *decoder*,
 * so the encoder is the decoder's inverse: every two-byte code is decoded once
 * and the table is reversed. Characters the decoder cannot produce throw, so a
 * fixture never silently contains "?". Node's ICU decoder covers EUC-KR (KS X
 * 1001: all 2,350 common syllables); browsers' decoder also covers the CP949
 * extension, so fixtures built here decode the same everywhere.
 */

let table: Map<string, number> | null = null;

function encodingTable(): Map<string, number> {
  if (table) return table;
  const decoder = new TextDecoder("euc-kr");
  const map = new Map<string, number>();
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x41; trail <= 0xfe; trail++) {
      pair[0] = lead;
      pair[1] = trail;
      const char = decoder.decode(pair);
      if (char.length === 1 && char !== "\ufffd" && !map.has(char)) map.set(char, (lead << 8) | trail);
    }
  }
  table = map;
  return map;
}

export function encodeCp949(text: string): Uint8Array {
  const codes = encodingTable();
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const double = codes.get(char);
    if (double === undefined) throw new Error(`"${char}" (U+${code.toString(16).toUpperCase()}) has no CP949 encoding.`);
    out.push(double >> 8, double & 0xff);
  }
  return Uint8Array.from(out);
}
