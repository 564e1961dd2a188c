import { decodeBytes, DecodeError } from "./decode";
import { encodeCp949 } from "./encodeCp949";
import { parseDelimited, detectDelimiter } from "./parseDelimited";

const KOREAN_CSV = "관리번호,추진기관,상대기관\r\n창원-2019-001,창원시,한국쇼핑 주식회사\r\n";

describe("decodeBytes", () => {
  it("reads UTF-8 without a BOM", () => {
    const decoded = decodeBytes(new TextEncoder().encode(KOREAN_CSV));
    expect(decoded).toEqual({ text: KOREAN_CSV, encoding: "utf-8" });
  });

  it("strips a UTF-8 BOM", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(KOREAN_CSV)]);
    expect(decodeBytes(bytes)).toEqual({ text: KOREAN_CSV, encoding: "utf-8-bom" });
  });

  it("reads CP949/EUC-KR", () => {
    const bytes = encodeCp949(KOREAN_CSV);
    // Known code points of KS X 1001: 가 = B0 A1, 한 = C7 D1.
    expect(Array.from(encodeCp949("가한"))).toEqual([0xb0, 0xa1, 0xc7, 0xd1]);
    expect(decodeBytes(bytes)).toEqual({ text: KOREAN_CSV, encoding: "cp949" });
  });

  it("reads UTF-16LE with a BOM (Excel's Unicode text)", () => {
    const text = "관리번호\t상대기관\r\n";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(decodeBytes(bytes)).toEqual({ text, encoding: "utf-16le" });
  });

  it("refuses bytes that are neither UTF-8 nor CP949", () => {
    expect(() => decodeBytes(new Uint8Array([0x41, 0xff, 0xff, 0xff]))).toThrow(DecodeError);
  });

  it("accepts an ArrayBuffer", () => {
    const bytes = new TextEncoder().encode("ID\n1\n");
    expect(decodeBytes(bytes.buffer.slice(0)).text).toBe("ID\n1\n");
  });
});

describe("encodeCp949", () => {
  it("refuses characters CP949 cannot hold instead of writing ?", () => {
    expect(() => encodeCp949("😀")).toThrow(/no CP949 encoding/);
  });
});

describe("parseDelimited", () => {
  it("parses CSV with quoted commas and newlines, keeping line numbers", () => {
    const table = parseDelimited('ID,Notes,Partner\n1,"a, b\nc",X\n\n2,plain,Y\n');
    expect(table.delimiter).toBe(",");
    expect(table.rows).toEqual([
      ["ID", "Notes", "Partner"],
      ["1", "a, b\nc", "X"],
      ["2", "plain", "Y"],
    ]);
    expect(table.lineOf).toEqual([1, 2, 5]);
  });

  it("detects tab-separated clipboard text from Excel", () => {
    const clip = "관리번호\t상대기관\t금액\r\n창원-2019-001\tSAP, Inc.\t70만불\r\n";
    expect(detectDelimiter(clip)).toBe("\t");
    expect(parseDelimited(clip).rows).toEqual([
      ["관리번호", "상대기관", "금액"],
      ["창원-2019-001", "SAP, Inc.", "70만불"],
    ]);
  });

  it("detects semicolons (European exports)", () => {
    expect(parseDelimited("ID;Partner\n1;X\n").rows).toEqual([
      ["ID", "Partner"],
      ["1", "X"],
    ]);
  });

  it("pads short rows so cells never shift", () => {
    expect(parseDelimited("A,B,C\n1\n").rows[1]).toEqual(["1", "", ""]);
  });

  it("strips a BOM left in decoded text", () => {
    expect(parseDelimited("\ufeffID,X\n1,2").rows[0]).toEqual(["ID", "X"]);
  });

  it("reports empty text", () => {
    expect(() => parseDelimited("\n\n")).toThrow(/empty/);
  });
});
