/**
 * Generated files in every encoding the add-in reads: Korean lists as CP949,
 * UTF-8 (with and without BOM) and UTF-16 (either byte order, with and without
 * BOM), Chinese lists as GBK and Japanese lists as Shift-JIS. The invariant: the
 * text comes back exactly, and a Chinese or Japanese list never comes back as Hangul.
 */
import fc from "fast-check";
import { decodeBytes, type SourceEncoding } from "./decode";
import { encodeCp949, encodeLegacy, encodeUtf16 } from "./encodeCp949";

/** Common syllables (KS X 1001), including the ones whose CP949 bytes are also valid UTF-8 (황, 홍, 천). */
const KOREAN_WORDS = ["창원시", "한국", "전기", "주식회사", "투자", "협약", "홍천", "황", "부산", "상사", "미국", "베트남", "체결", "이행중", "담당자", "김주무관", "수출", "양해각서"];
const CHINESE_WORDS = ["上海", "北京", "浦东", "新区", "投资", "有限公司", "集团", "贸易", "电子", "技术", "合作", "协议", "中国", "深圳", "华为", "股份"];
const JAPANESE_WORDS = ["株式会社", "東京", "大阪", "自動車", "電機", "覚書", "締結", "日本", "トヨタ", "ソニー", "の", "を", "しました", "商事"];
const ASCII = ["A-1", "2019", "Acme", " ", "-", "100", "USD"];

function list(words: readonly string[], header: readonly string[]): fc.Arbitrary<string> {
  const cell = fc.array(fc.constantFrom(...words, ...ASCII), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(""));
  const row = fc.array(cell, { minLength: header.length, maxLength: header.length }).map((cells) => cells.join(","));
  return fc
    .tuple(fc.array(row, { minLength: 2, maxLength: 6 }), fc.constantFrom("\r\n", "\n"))
    .map(([rows, eol]) => [header.join(","), ...rows].join(eol) + eol);
}

const korean = list(KOREAN_WORDS, ["관리번호", "상대기관", "비고"]);

describe("decodeBytes properties", () => {
  it("round-trips Korean lists in CP949, UTF-8 and UTF-16, with and without BOM", () => {
    const forms: readonly { encoding: SourceEncoding; encode: (text: string) => Uint8Array }[] = [
      { encoding: "cp949", encode: encodeCp949 },
      { encoding: "utf-8", encode: (t) => new TextEncoder().encode(t) },
      { encoding: "utf-8", encode: (t) => Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(t)]) },
      { encoding: "utf-16le", encode: (t) => encodeUtf16(t, "le") },
      { encoding: "utf-16le", encode: (t) => encodeUtf16(t, "le", true) },
      { encoding: "utf-16be", encode: (t) => encodeUtf16(t, "be") },
      { encoding: "utf-16be", encode: (t) => encodeUtf16(t, "be", true) },
    ];
    fc.assert(
      fc.property(korean, fc.constantFrom(...forms), (text, form) => {
        const decoded = decodeBytes(form.encode(text));
        expect(decoded.encoding).toBe(form.encoding);
        expect(decoded.text).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it("never reads a Chinese (GBK) or Japanese (Shift-JIS) list as Hangul", () => {
    const chinese = list(CHINESE_WORDS, ["编号", "合作伙伴", "国家"]).map((text) => ({ text, bytes: encodeLegacy("gbk", text), encoding: "gbk" as const }));
    const japanese = list(JAPANESE_WORDS, ["番号", "相手先", "国"]).map((text) => ({ text, bytes: encodeLegacy("shift_jis", text), encoding: "shift_jis" as const }));
    fc.assert(
      fc.property(fc.oneof(chinese, japanese), ({ text, bytes, encoding }) => {
        const decoded = decodeBytes(bytes);
        expect(decoded.text).not.toMatch(/[\uac00-\ud7a3]/);
        expect(decoded).toMatchObject({ text, encoding });
      }),
      { numRuns: 300 },
    );
  });
});
