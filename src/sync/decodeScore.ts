/**
 * How plausible a decoding is, as text a Korean office would exchange. Several
 * encodings often read the same bytes without a single error: CP949 Korean is
 * valid GBK (all Chinese characters), `홍천` in CP949 is valid UTF-8 (`ȫõ`), and
 * most UTF-8 Korean is valid GBK. Strictness alone cannot choose, so each
 * candidate decoding is scored by what its characters look like:
 *
 *   - Hangul syllables of KS X 1001 (the 2,350 that real Korean text uses) score
 *     by their shape, because mojibake draws syllables about evenly from that set
 *     while Korean words do not: about half of real syllables have no final
 *     consonant (+2.5), nearly all the rest end in ㄱ ㄴ ㄹ ㅁ ㅂ ㅅ ㅆ ㅇ (+1.2),
 *     and other finals or the vowels ㅒ ㅙ ㅞ are rare (−0.5, −0.7). The Hangul
 *     ratio is the strongest signal, and this add-in's files are Korean first;
 *   - common Chinese characters (GB2312 level 1) and kana score +1;
 *   - rare Hangul syllables, rare Han characters, half-width katakana and
 *     Latin Extended/IPA letters score −1: they are what mojibake is made of;
 *   - replacement characters, NUL and other control characters score −10, and
 *     private-use characters −5;
 *   - a text mixing Hangul and Han characters loses 3 per pair (Chinese read as
 *     CP949 comes out about half Hangul, half Hanja; Korean text has few Hanja);
 *   - ASCII, accented Latin letters, punctuation and symbols are neutral or nearly so.
 *
 * The weights were checked against Korean, Chinese and Japanese samples in each
 * encoding (decode.test.ts and decode.property.test.ts); they decide between
 * decodings of the same bytes, so only their order matters, not their size.
 */

/** Characters decoded from every code of a two-byte block: the common set of a national standard. */
function blockCharacters(label: string, leads: readonly [number, number], trails: readonly [number, number]): ReadonlySet<string> {
  const bytes: number[] = [];
  for (let lead = leads[0]; lead <= leads[1]; lead++) for (let trail = trails[0]; trail <= trails[1]; trail++) bytes.push(lead, trail);
  const set = new Set<string>();
  for (const char of new TextDecoder(label).decode(Uint8Array.from(bytes))) if (char !== "\ufffd") set.add(char);
  return set;
}

let commonSets: { hangul: ReadonlySet<string>; han: ReadonlySet<string> } | null = null;

/** KS X 1001 Hangul (EUC-KR B0A1–C8FE) and GB2312 level-1 Hanzi (B0A1–D7FE), built once from the platform's decoders. */
function common(): { hangul: ReadonlySet<string>; han: ReadonlySet<string> } {
  commonSets ??= { hangul: blockCharacters("euc-kr", [0xb0, 0xc8], [0xa1, 0xfe]), han: blockCharacters("gbk", [0xb0, 0xd7], [0xa1, 0xfe]) };
  return commonSets;
}

function neutralSymbol(code: number): boolean {
  return (
    (code >= 0xa0 && code <= 0xbf) || // Latin-1 punctuation: NBSP, ©, °, ·
    code === 0xd7 ||
    code === 0xf7 ||
    (code >= 0x2000 && code <= 0x206f) || // general punctuation: – — ‘ ’ “ ” …
    (code >= 0x20a0 && code <= 0x20cf) || // currency: € ₩
    (code >= 0x2100 && code <= 0x21ff) || // letterlike, number forms, arrows: № Ⅰ →
    (code >= 0x2460 && code <= 0x24ff) || // enclosed alphanumerics: ①
    (code >= 0x2500 && code <= 0x26ff) || // box drawing, shapes, symbols: □ ○ ● ★
    (code >= 0x3000 && code <= 0x303f) || // CJK symbols and punctuation: 、 。 「 」
    (code >= 0x3131 && code <= 0x318e) || // Hangul compatibility jamo: ㅋㅋ
    (code >= 0x3200 && code <= 0x33ff) || // enclosed CJK, CJK compatibility: ㈜ ㎡
    (code >= 0xff01 && code <= 0xff60) || // full-width forms
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x1f000 // emoji and other supplementary symbols
  );
}

/** Final consonants real text mostly uses: ㄱ ㄴ ㄹ ㅁ ㅂ ㅅ ㅆ ㅇ (indices in the Unicode syllable order). */
const COMMON_FINALS: ReadonlySet<number> = new Set([1, 4, 8, 16, 17, 19, 20, 21]);
/** ㅒ ㅙ ㅞ. */
const RARE_MEDIALS: ReadonlySet<number> = new Set([3, 10, 15]);

function syllableShape(code: number): number {
  const index = code - 0xac00;
  const final = index % 28;
  const medial = Math.floor(index / 28) % 21;
  const base = final === 0 ? 2.5 : COMMON_FINALS.has(final) ? 1.2 : -0.5;
  return RARE_MEDIALS.has(medial) ? base - 0.7 : base;
}

/** The score of one decoding (higher is more plausible). Only the first `limit` characters are looked at. */
export function plausibility(text: string, limit = 200_000): number {
  const { hangul: commonHangul, han: commonHan } = common();
  let score = 0;
  let hangul = 0;
  let han = 0;
  let seen = 0;
  for (const char of text) {
    if (++seen > limit) break;
    const code = char.codePointAt(0)!;
    if (code < 0x80) {
      if ((code < 0x20 && code !== 9 && code !== 10 && code !== 13) || code === 0x7f) score -= 10;
    } else if (code === 0xfffd || code < 0xa0) score -= 10;
    else if (code >= 0xac00 && code <= 0xd7a3) {
      hangul++;
      score += commonHangul.has(char) ? syllableShape(code) : -1;
    } else if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)) {
      han++;
      score += commonHan.has(char) ? 1 : -1;
    } else if (code >= 0x3040 && code <= 0x30ff) score += 1;
    else if (code >= 0xff61 && code <= 0xff9f) score -= 1;
    else if ((code >= 0xe000 && code <= 0xf8ff) || (code >= 0xf0000 && code <= 0x10ffff)) score -= 5;
    else if (code >= 0xc0 && code <= 0xff) score += 0.5;
    else if (!neutralSymbol(code)) score -= 1;
  }
  return score - 3 * Math.min(hangul, han);
}
