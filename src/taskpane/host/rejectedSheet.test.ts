import { ExcelSimulator } from "../../simulator";
import type { RejectedRow } from "../../sync";
import { MAX_CELL_CHARACTERS, rejectedSheetRows, uniqueSheetName, writeRejectedSheet } from "./rejectedSheet";

const reason = (text: string) => [{ column: null, message: { ko: text, en: text } }];

/** Cell values of a sheet's range, as Excel reports them (a formula would read back as its result). */
async function readRange(sim: ExcelSimulator, name: string, address?: string) {
  return sim.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(name);
    const range = (address ? sheet.getRange(address) : sheet.getUsedRange()).load("values, rowCount");
    await context.sync();
    return { values: range.values, rowCount: range.rowCount };
  });
}

describe("rejected rows on a new sheet (issue 10 item 8)", () => {
  it("writes every rejected row as values, never as formulas, and activates the sheet", async () => {
    // Before: the only way out was a Blob download, which does nothing in Office for Mac (office-js #2700).
    const sim = new ExcelSimulator();
    const rejected: RejectedRow[] = [
      { sourceRow: 2, raw: ['=HYPERLINK("http://evil.example","x")', "Atlantis", "0303"], reasons: reason("국가를 알 수 없습니다") },
      { sourceRow: 5, raw: ["＝1+1", "@SUM(1)", "-500"], reasons: reason("=사유") },
    ];
    const result = await writeRejectedSheet(sim.run, { sourceName: "부서.csv", sourceHeaders: ["상대기관", "국가", "HS코드"], rejected, language: "ko" });
    expect(result).toEqual({ sheetName: "제외된 행", rows: 2, truncatedCells: 0 });
    const sheet = await readRange(sim, "제외된 행");
    // Read back as the very text: a formula would read back as its result (a link text, 2, an error).
    expect(sheet.values).toEqual([
      ["상대기관", "국가", "HS코드", "원본 행", "제외 사유"],
      ['=HYPERLINK("http://evil.example","x")', "Atlantis", "0303", 2, "국가를 알 수 없습니다"],
      ["＝1+1", "@SUM(1)", "-500", 5, "=사유"],
    ]);
    const active = await sim.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      return ws.name;
    });
    expect(active).toBe("제외된 행");
  });

  it("never overwrites an earlier sheet: the next one is numbered", async () => {
    expect(uniqueSheetName("제외된 행", ["Sheet1", "제외된 행", "제외된 행 (2)"])).toBe("제외된 행 (3)");
    expect(uniqueSheetName("Rejected rows", ["rejected ROWS"])).toBe("Rejected rows (2)");
    const sim = new ExcelSimulator();
    const input = { sourceName: "a.csv", sourceHeaders: ["A"], rejected: [{ sourceRow: 2, raw: ["x"], reasons: reason("r") }], language: "en" as const };
    expect((await writeRejectedSheet(sim.run, input)).sheetName).toBe("Rejected rows");
    expect((await writeRejectedSheet(sim.run, input)).sheetName).toBe("Rejected rows (2)");
  });

  it("cuts a cell longer than Excel allows and says so; the CSV keeps it whole", () => {
    const long = "가".repeat(MAX_CELL_CHARACTERS + 10);
    const { rows, truncatedCells } = rejectedSheetRows({ sourceName: "a.csv", sourceHeaders: ["A"], rejected: [{ sourceRow: 2, raw: [long], reasons: reason("too long") }], language: "ko" });
    expect(truncatedCells).toBe(1);
    expect(String(rows[1][0]).length).toBeLessThan(MAX_CELL_CHARACTERS);
    expect(String(rows[1][0])).toMatch(/…\(잘림: 32777자\)$/);
  });

  it("splits a large list into requests under Excel on the web's 5 MB limit", async () => {
    const sim = new ExcelSimulator();
    const note = "메모".repeat(400);
    const rejected: RejectedRow[] = Array.from({ length: 6_000 }, (_, i) => ({ sourceRow: i + 2, raw: [`R-${i}`, note], reasons: reason("국가를 알 수 없습니다") }));
    const result = await writeRejectedSheet(sim.run, { sourceName: "big.csv", sourceHeaders: ["ID", "Notes"], rejected, language: "ko" });
    expect(result.rows).toBe(6_000);
    // Header on row 1, R-0 on row 2 … R-5999 on row 6001, nothing after.
    expect((await readRange(sim, result.sheetName, "A6000:A6002")).values).toEqual([["R-5998"], ["R-5999"], [""]]);
    expect((await readRange(sim, result.sheetName, "A6001:D6001")).values[0].slice(2)).toEqual([6_001, "국가를 알 수 없습니다"]);
  });
});
