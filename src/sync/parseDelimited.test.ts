import { headerRow } from "../schema";
import { detectDelimiter, parseDelimited } from "./parseDelimited";
import { planCounts, planSync } from "./planSync";
import { EMPTY_SYNC_STATE } from "./syncState";

const HEADER = "ID,Agency,Instrument,Category,Partner,Country,Status";

/** Parses and plans against an empty Korean table, as the Sync panel does. */
function planText(text: string) {
  const table = parseDelimited(text);
  return planSync([headerRow("ko")], table.rows, { state: EMPTY_SYNC_STATE, sourceName: "부서.csv", sourceRowNumbers: table.lineOf });
}

describe("parseDelimited: mixed line endings and stray delimiters (issue 9 item 1)", () => {
  it("keeps every row of a CRLF file that has one LF-only line", () => {
    // Before: Papa Parse took CRLF as the line ending, so row 2 swallowed row 3 into its last cell: 3 rows in, 2 out.
    const text = `${HEADER}\r\nX-1,창원시,MOU,투자,Acme,US,체결\r\nX-2,창원시,MOU,투자,Busan,JP,체결\nX-3,창원시,MOU,투자,Hanoi,VN,체결\r\n`;
    const table = parseDelimited(text);
    expect(table.rows.map((r) => r[0])).toEqual(["ID", "X-1", "X-2", "X-3"]);
    expect(table.rows[2][6]).toBe("체결");
    expect(table.lineOf).toEqual([1, 2, 3, 4]);
    expect(planCounts(planText(text))).toMatchObject({ inserts: 3, rejected: 0 });
  });

  it("treats a lone CR (old Mac files) as a line break and keeps quoted line breaks as LF", () => {
    const table = parseDelimited('ID,Notes\r1,"a\r\nb"\r2,c\n');
    expect(table.rows).toEqual([
      ["ID", "Notes"],
      ["1", "a\nb"],
      ["2", "c"],
    ]);
    expect(table.lineOf).toEqual([1, 2, 4]);
  });

  it("never pads the header: a row with an unquoted comma is rejected with its line number", () => {
    // Before: the header was padded to the widest row, so "Samsung, Inc." lost ", Inc." into a blank, unmapped column.
    const text = `${HEADER}\nX-1,창원시,MOU,투자,Acme,US,체결\n\nX-2,창원시,MOU,투자,Busan,JP,체결,Samsung, Inc.\n`;
    const table = parseDelimited(text);
    expect(table.rows[0]).toHaveLength(7);
    expect(table.rows[2]).toHaveLength(9);
    const plan = planText(text);
    expect(planCounts(plan)).toMatchObject({ inserts: 1, rejected: 1 });
    expect(plan.rejected[0].sourceRow).toBe(4);
    expect(plan.rejected[0].raw).toContain(" Inc.");
    expect(plan.rejected[0].reasons[0].message.en).toMatch(/9 cells but the header has 7/);
  });

  it("pads short rows to the header's width and tolerates a trailing empty cell", () => {
    const table = parseDelimited("A,B,C\n1\n1,2,3,\n");
    expect(table.rows[1]).toEqual(["1", "", ""]);
    expect(table.rows[2]).toEqual(["1", "2", "3", ""]);
    expect(table.rows[0]).toEqual(["A", "B", "C"]);
  });
});

describe("parseDelimited: large input (issue 9 item 12)", () => {
  it("parses 200,000 rows without spreading them into a call", () => {
    // Before: Math.max(...rows.map(...)) overflowed the stack above about 125k rows.
    const text = `ID,Partner\n${"X,Y\n".repeat(200_000)}`;
    const table = parseDelimited(text);
    expect(table.rows).toHaveLength(200_001);
    expect(table.lineOf[200_000]).toBe(200_001);
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
