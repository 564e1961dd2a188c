/**
 * Bytes of an imported file → text. Korean public systems still export CP949
 * (EUC-KR plus the Unified Hangul Code extension), Excel's "Unicode text" is
 * UTF-16, partners send GBK (simplified Chinese) and Shift-JIS (Japanese), and
 * everything modern is UTF-8. Decoding is strict: a decoding with one invalid
 * sequence is never used, because its replacement characters would be written
 * into the table. Among the encodings that read the bytes cleanly, the choice is
 * made by a plausibility score (decodeScore.ts), and the result says how it was
 * made, so the pane can say plainly when it was a guess and let the officer choose.
 */
import { plausibility } from "./decodeScore";

export type SourceEncoding = "utf-8" | "cp949" | "gbk" | "shift_jis" | "utf-16le" | "utf-16be";

/** Every encoding the officer can choose, in the order the pane lists them. */
export const SOURCE_ENCODINGS: readonly SourceEncoding[] = ["utf-8", "cp949", "utf-16le", "utf-16be", "gbk", "shift_jis"];

/** WHATWG labels (TextDecoder): "euc-kr" is Windows-949, i.e. CP949, in browsers. */
const LABELS: Readonly<Record<SourceEncoding, string>> = {
  "utf-8": "utf-8",
  cp949: "euc-kr",
  gbk: "gbk",
  shift_jis: "shift_jis",
  "utf-16le": "utf-16le",
  "utf-16be": "utf-16be",
};

/**
 * How the encoding was decided:
 *   - "bom": a byte-order mark said so;
 *   - "ascii": the bytes are plain ASCII, which every candidate reads the same;
 *   - "only": exactly one encoding reads the bytes without an error;
 *   - "scored": several do, and the most plausible was taken: a guess;
 *   - "chosen": the officer chose it.
 */
export type DecodeBasis = "bom" | "ascii" | "only" | "scored" | "chosen";

export interface DecodedText {
  readonly text: string;
  readonly encoding: SourceEncoding;
  /** The file started with a byte-order mark (removed from `text`). */
  readonly bom: boolean;
  readonly basis: DecodeBasis;
  /** Every encoding that reads the bytes without an error, the most plausible first (the pane's choices). */
  readonly readable: readonly SourceEncoding[];
}

/** True when the encoding was picked by score among several that all read the file: the pane must say so. */
export function isGuess(decoded: DecodedText): boolean {
  return decoded.basis === "scored";
}

export class DecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DecodeError";
  }
}

/**
 * What a legacy decoder yields for codes its standard leaves undefined, instead of
 * an error: Node's ICU decoders (tests, scripts) give C1 controls and private-use
 * characters where browsers' WHATWG decoders fail, and Shift-JIS maps its
 * user-defined rows to private use in both. None of it is text anyone can read,
 * so for these encodings it counts as an error: both platforms then decide alike.
 */
const UNDEFINED_IN_LEGACY = /[\u0080-\u009f\ue000-\uf8ff]/;

function strictDecode(encoding: SourceEncoding, bytes: Uint8Array): string | null {
  let text: string;
  try {
    // ignoreBOM: the BOM is stripped by the caller, so a stray one in the middle stays visible.
    text = new TextDecoder(LABELS[encoding], { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // A fatal decoder throws TypeError on the first invalid sequence: that is the signal, not a failure.
    return null;
  }
  const legacy = encoding === "cp949" || encoding === "gbk" || encoding === "shift_jis";
  return legacy && UNDEFINED_IN_LEGACY.test(text) ? null : text;
}

const BOMS: readonly { encoding: SourceEncoding; bytes: readonly number[] }[] = [
  { encoding: "utf-8", bytes: [0xef, 0xbb, 0xbf] },
  { encoding: "utf-16le", bytes: [0xff, 0xfe] },
  { encoding: "utf-16be", bytes: [0xfe, 0xff] },
];

function bomOf(bytes: Uint8Array): { encoding: SourceEncoding; length: number } | null {
  for (const bom of BOMS) {
    if (bytes.length >= bom.bytes.length && bom.bytes.every((b, i) => bytes[i] === b)) return { encoding: bom.encoding, length: bom.bytes.length };
  }
  return null;
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80 || bytes[i] === 0) return false;
  return true;
}

function hasNul(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) return true;
  return false;
}

/** The 1-based line of the first byte `encoding` cannot read, for the error message. */
function firstBadLine(encoding: SourceEncoding, bytes: Uint8Array): number {
  const text = new TextDecoder(LABELS[encoding], { ignoreBOM: true }).decode(bytes);
  const legacy = encoding === "cp949" || encoding === "gbk" || encoding === "shift_jis";
  const bad = text.search(legacy ? /[\ufffd\u0080-\u009f\ue000-\uf8ff]/ : /\ufffd/);
  let line = 1;
  for (let i = 0; i < bad; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

const NAMES: Readonly<Record<SourceEncoding, string>> = {
  "utf-8": "UTF-8",
  cp949: "CP949/EUC-KR",
  gbk: "GBK",
  shift_jis: "Shift-JIS",
  "utf-16le": "UTF-16LE",
  "utf-16be": "UTF-16BE",
};

/** Candidates for bytes without a BOM. UTF-16 only when there are NUL bytes: every CSV has ASCII delimiters, which UTF-16 writes with a NUL half. */
function candidates(bytes: Uint8Array): SourceEncoding[] {
  const eightBit: SourceEncoding[] = ["utf-8", "cp949", "gbk", "shift_jis"];
  return hasNul(bytes) && bytes.length % 2 === 0 ? ["utf-16le", "utf-16be", ...eightBit] : eightBit;
}

/**
 * Decodes file bytes. A BOM is unambiguous; plain ASCII reads the same in every
 * candidate; otherwise every candidate is decoded strictly and the clean ones are
 * scored. With `encoding`, the officer's choice is used (strictly: an error names
 * the line of the first byte it cannot read).
 */
export function decodeBytes(input: Uint8Array | ArrayBuffer, encoding?: SourceEncoding): DecodedText {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const bom = bomOf(bytes);
  const body = bom ? bytes.subarray(bom.length) : bytes;
  const clean = cleanDecodings(bytes, bom);
  const readable = clean.map((c) => c.encoding);

  if (encoding !== undefined) {
    // A BOM for another encoding would be decoded as text: decode the whole file then.
    const own = bom?.encoding === encoding;
    const chosenBytes = own ? body : bytes;
    const text = strictDecode(encoding, chosenBytes);
    if (text === null) {
      const line = firstBadLine(encoding, chosenBytes);
      throw new DecodeError(
        `The file cannot be read as ${NAMES[encoding]}: line ${line} has bytes that are not ${NAMES[encoding]}. ` +
          `(이 파일은 ${NAMES[encoding]}(으)로 읽을 수 없습니다: ${line}번째 줄에 ${NAMES[encoding]}이(가) 아닌 바이트가 있습니다.)`,
      );
    }
    return { text, encoding, bom: own, basis: "chosen", readable };
  }

  if (bom) {
    const text = strictDecode(bom.encoding, body);
    if (text === null) {
      throw new DecodeError(
        `The file starts with a ${NAMES[bom.encoding]} byte-order mark but is not valid ${NAMES[bom.encoding]}. ` +
          `(${NAMES[bom.encoding]} 표시(BOM)가 있으나 ${NAMES[bom.encoding]}(으)로 읽을 수 없는 파일입니다.)`,
      );
    }
    return { text, encoding: bom.encoding, bom: true, basis: "bom", readable };
  }
  if (isAscii(bytes)) return { text: clean[0].text, encoding: "utf-8", bom: false, basis: "ascii", readable };

  if (clean.length === 0) {
    throw new DecodeError(
      `The file is not UTF-8, UTF-16, CP949/EUC-KR, GBK or Shift-JIS (every one of them finds bytes it cannot read). Save it from Excel as "CSV UTF-8" and try again. ` +
        `(UTF-8, UTF-16, CP949/EUC-KR, GBK, Shift-JIS 어느 것으로도 읽을 수 없는 파일입니다. Excel에서 "CSV UTF-8"로 저장한 뒤 다시 시도하세요.)`,
    );
  }
  return { text: clean[0].text, encoding: clean[0].encoding, bom: false, basis: clean.length === 1 ? "only" : "scored", readable };
}

interface CleanDecoding {
  readonly encoding: SourceEncoding;
  readonly text: string;
}

/** The decodings without an error, the most plausible first (plain ASCII: every 8-bit candidate, UTF-8 first). */
function cleanDecodings(bytes: Uint8Array, bom: { encoding: SourceEncoding; length: number } | null): CleanDecoding[] {
  if (bom) {
    const text = strictDecode(bom.encoding, bytes.subarray(bom.length));
    return text === null ? [] : [{ encoding: bom.encoding, text }];
  }
  if (isAscii(bytes)) {
    const text = strictDecode("utf-8", bytes)!;
    return (["utf-8", "cp949", "gbk", "shift_jis"] as const).map((encoding) => ({ encoding, text }));
  }
  const clean: { encoding: SourceEncoding; text: string; score: number; order: number }[] = [];
  candidates(bytes).forEach((encoding, order) => {
    const text = strictDecode(encoding, bytes);
    if (text !== null) clean.push({ encoding, text, score: plausibility(text), order });
  });
  // Highest score first; on a tie, the candidate order (UTF-8, then CP949: this add-in's files are Korean).
  clean.sort((a, b) => b.score - a.score || a.order - b.order);
  return clean;
}
