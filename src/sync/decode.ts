/**
 * Bytes of an imported file → text. Korean public systems still export CP949
 * (EUC-KR plus the Unified Hangul Code extension), Excel's "Unicode text" is
 * UTF-16 with a byte-order mark, and everything modern is UTF-8. Guessing wrong
 * turns every Hangul cell into mojibake that would then be written to the table,
 * so decoding is strict: UTF-8 must decode without a single invalid sequence,
 * and CP949 without a single undecodable byte, or the officer gets an error.
 */

export type DetectedEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "cp949";

export interface DecodedText {
  readonly text: string;
  readonly encoding: DetectedEncoding;
}

export class DecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DecodeError";
  }
}

function strictDecode(label: string, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: the BOM is stripped by the caller, so a stray one in the middle stays visible.
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // A fatal decoder throws TypeError on the first invalid sequence: that is the signal, not a failure.
    return null;
  }
}

/**
 * Decodes file bytes. Order matters: BOMs are unambiguous; then strict UTF-8
 * (pure ASCII is valid UTF-8 and CP949 alike, and reads the same either way);
 * then CP949 (the WHATWG "euc-kr" decoder is Windows-949, a superset of EUC-KR).
 */
export function decodeBytes(input: Uint8Array | ArrayBuffer): DecodedText {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strictDecode("utf-8", bytes.subarray(3));
    if (text === null) throw new DecodeError("The file starts with a UTF-8 byte-order mark but is not valid UTF-8 (UTF-8 BOM이 있으나 UTF-8로 읽을 수 없는 파일입니다).");
    return { text, encoding: "utf-8-bom" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = strictDecode("utf-16le", bytes.subarray(2));
    if (text === null) throw new DecodeError("The file is marked UTF-16 but is not valid UTF-16 (UTF-16 파일이 손상되었습니다).");
    return { text, encoding: "utf-16le" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = strictDecode("utf-16be", bytes.subarray(2));
    if (text === null) throw new DecodeError("The file is marked UTF-16 but is not valid UTF-16 (UTF-16 파일이 손상되었습니다).");
    return { text, encoding: "utf-16be" };
  }
  const utf8 = strictDecode("utf-8", bytes);
  if (utf8 !== null) return { text: utf8, encoding: "utf-8" };
  const cp949 = strictDecode("euc-kr", bytes);
  if (cp949 !== null) return { text: cp949, encoding: "cp949" };
  throw new DecodeError(
    `The file is neither UTF-8 nor CP949/EUC-KR. Save it from Excel as "CSV UTF-8" and try again. ` +
      `(UTF-8도 CP949/EUC-KR도 아닌 파일입니다. Excel에서 "CSV UTF-8"로 저장한 뒤 다시 시도하세요.)`,
  );
}
