import { decodeBytes, DecodeError, isGuess } from "./decode";
import { encodeCp949, encodeLegacy, encodeUtf16 } from "./encodeCp949";

const KOREAN_CSV = "관리번호,추진기관,상대기관\r\n창원-2019-001,창원시,한국쇼핑 주식회사\r\n";
const CHINESE_CSV = "编号,合作伙伴,国家\r\n1,上海浦东新区投资有限公司,中国\r\n2,北京华为技术有限公司合作协议,中国\r\n";
const JAPANESE_CSV = "番号,相手先,国\r\n1,株式会社トヨタ自動車,日本\r\n2,東京都千代田区の覚書を締結しました,日本\r\n";

const hangul = (text: string) => /[\uac00-\ud7a3]/.test(text);

describe("decodeBytes", () => {
  it("reads UTF-8 without a BOM", () => {
    const decoded = decodeBytes(new TextEncoder().encode(KOREAN_CSV));
    expect(decoded).toMatchObject({ text: KOREAN_CSV, encoding: "utf-8", bom: false });
  });

  it("strips a UTF-8 BOM and says the BOM decided", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(KOREAN_CSV)]);
    expect(decodeBytes(bytes)).toEqual({ text: KOREAN_CSV, encoding: "utf-8", bom: true, basis: "bom", readable: ["utf-8"] });
  });

  it("reads CP949/EUC-KR", () => {
    const bytes = encodeCp949(KOREAN_CSV);
    // Known code points of KS X 1001: 가 = B0 A1, 한 = C7 D1.
    expect(Array.from(encodeCp949("가한"))).toEqual([0xb0, 0xa1, 0xc7, 0xd1]);
    expect(decodeBytes(bytes)).toMatchObject({ text: KOREAN_CSV, encoding: "cp949" });
  });

  it("reads UTF-16LE and UTF-16BE with a BOM (Excel's Unicode text)", () => {
    const text = "관리번호\t상대기관\r\n";
    expect(decodeBytes(encodeUtf16(text, "le", true))).toMatchObject({ text, encoding: "utf-16le", bom: true, basis: "bom" });
    expect(decodeBytes(encodeUtf16(text, "be", true))).toMatchObject({ text, encoding: "utf-16be", bom: true, basis: "bom" });
  });

  it("calls plain ASCII UTF-8, not a guess", () => {
    const decoded = decodeBytes(new TextEncoder().encode("ID,Partner\r\nX-1,Acme\r\n"));
    expect(decoded).toMatchObject({ encoding: "utf-8", basis: "ascii" });
    expect(isGuess(decoded)).toBe(false);
  });

  it("refuses bytes that no candidate reads", () => {
    expect(() => decodeBytes(new Uint8Array([0x41, 0x81, 0x20, 0xff]))).toThrow(DecodeError);
    expect(() => decodeBytes(new Uint8Array([0x41, 0x81, 0x20, 0xff]))).toThrow(/not UTF-8, UTF-16, CP949\/EUC-KR, GBK or Shift-JIS/);
  });

  it("accepts an ArrayBuffer", () => {
    const bytes = new TextEncoder().encode("ID\n1\n");
    expect(decodeBytes(bytes.buffer.slice(0)).text).toBe("ID\n1\n");
  });
});

describe("decoding guesses (issue 9 item 10)", () => {
  it("reads CP949 that is also valid UTF-8 as CP949, and says it was a guess", () => {
    // Before: strict UTF-8 came first, so 홍천 (C8 AB C3 B5) became "ȫõ" and 황 (C8 B2) "Ȳ".
    for (const text of ["홍천", "황", "Name,City\r\n황,홍천\r\n"]) {
      const bytes = encodeCp949(text);
      expect(new TextDecoder("utf-8", { fatal: true }).decode(bytes)).not.toBe(text);
      const decoded = decodeBytes(bytes);
      expect(decoded).toMatchObject({ text, encoding: "cp949", basis: "scored" });
      expect(decoded.readable).toContain("utf-8");
      expect(isGuess(decoded)).toBe(true);
    }
  });

  it("reads GBK as Chinese, never as Hangul", () => {
    // Before: every GBK byte pair below is also a valid CP949 code, so the file decoded as Hangul and Hanja.
    const bytes = encodeLegacy("gbk", CHINESE_CSV);
    const decoded = decodeBytes(bytes);
    expect(decoded).toMatchObject({ text: CHINESE_CSV, encoding: "gbk" });
    expect(hangul(decoded.text)).toBe(false);
  });

  it("reads Shift-JIS as Japanese, never as Hangul", () => {
    const decoded = decodeBytes(encodeLegacy("shift_jis", JAPANESE_CSV));
    expect(decoded).toMatchObject({ text: JAPANESE_CSV, encoding: "shift_jis" });
    expect(hangul(decoded.text)).toBe(false);
  });

  it("reads UTF-16 without a BOM, in either byte order, with no NULs left", () => {
    // Before: without a BOM the bytes went to strict UTF-8, which accepts NUL: a text full of "\0".
    for (const order of ["le", "be"] as const) {
      for (const text of [KOREAN_CSV, "ID,Partner\r\nX-1,Acme\r\n"]) {
        const decoded = decodeBytes(encodeUtf16(text, order));
        expect(decoded).toMatchObject({ text, encoding: order === "le" ? "utf-16le" : "utf-16be", bom: false });
        expect(decoded.text).not.toContain("\u0000");
      }
    }
  });

  it("keeps UTF-8 Korean as UTF-8 even where GBK also reads it", () => {
    const text = "관리번호,상대기관\r\n창원-2019-001,한국전기 주식회사\r\n";
    expect(decodeBytes(new TextEncoder().encode(text))).toMatchObject({ text, encoding: "utf-8" });
  });

  it("uses the officer's choice, and refuses one that cannot read the file with the line of the first bad byte", () => {
    const bytes = encodeCp949("ID,이름\r\n1,홍천\r\n2,한국\r\n");
    expect(decodeBytes(bytes, "cp949")).toMatchObject({ encoding: "cp949", basis: "chosen", text: "ID,이름\r\n1,홍천\r\n2,한국\r\n" });
    expect(isGuess(decodeBytes(bytes, "cp949"))).toBe(false);
    expect(() => decodeBytes(bytes, "utf-8")).toThrow(/cannot be read as UTF-8: line 1 .*1번째 줄/);
    expect(() => decodeBytes(encodeCp949("ID,X\r\nA,B\r\n1,한국\r\n"), "utf-8")).toThrow(/line 3/);
  });
});

describe("encodeCp949", () => {
  it("refuses characters CP949 cannot hold instead of writing ?", () => {
    expect(() => encodeCp949("😀")).toThrow(/no CP949 encoding/);
  });
});
