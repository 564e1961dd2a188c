import { parseQuarter } from "./quarters";
import { freezeRefusal, frozenNameFor, nameForShownQuarter, quarterInSheetName, retargetedName } from "./sheetNaming";
import { quarterOfPeriodCell } from "./periodFormulas";

const Q = parseQuarter;

describe("sheet names follow the quarter a sheet shows", () => {
  it("reads the quarter a name states", () => {
    expect(quarterInSheetName("보고서 2019-4분기")).toEqual({ quarter: Q("2019-Q4"), reportLanguage: "ko" });
    expect(quarterInSheetName("Report 2024-Q3")).toEqual({ quarter: Q("2024-Q3"), reportLanguage: "en" });
    expect(quarterInSheetName("우리 서식 2024-Q1")).toEqual({ quarter: Q("2024-Q1"), reportLanguage: null });
    expect(quarterInSheetName("메모")).toEqual({ quarter: null, reportLanguage: null });
  });

  it("names a retargeted built-in report, template copy or plain sheet for the quarter it shows", () => {
    expect(nameForShownQuarter("보고서 2019-4분기", Q("2024-Q3"))).toBe("보고서 2024-3분기");
    expect(nameForShownQuarter("Report 2019-Q4", Q("2024-Q3"))).toBe("Report 2024-Q3");
    expect(nameForShownQuarter("우리 서식 2019-Q4", Q("2024-Q3"))).toBe("우리 서식 2024-Q3");
    expect(nameForShownQuarter("우리 서식", Q("2024-Q3"))).toBe("우리 서식 2024-Q3");
  });

  it("offers a rename only when the name states another quarter", () => {
    expect(retargetedName("보고서 2019-4분기", Q("2024-Q3"))).toBe("보고서 2024-3분기");
    expect(retargetedName("보고서 2019-4분기", Q("2019-Q4"))).toBeNull();
    expect(retargetedName("보고서 2019-4분기", null)).toBeNull();
    expect(retargetedName("메모", Q("2024-Q3"))).toBeNull();
    expect(retargetedName("보고서 2019-4분기 (값)", Q("2024-Q3"))).toBeNull();
  });

  it("names the frozen copy from the quarter shown, never the stale name (issue 11, item 5)", () => {
    expect(frozenNameFor("보고서 2019-4분기", Q("2024-Q3"), "ko")).toBe("보고서 2024-3분기 (값)");
    expect(frozenNameFor("보고서 2019-4분기", Q("2019-Q4"), "ko")).toBe("보고서 2019-4분기 (값)");
    expect(frozenNameFor("Report 2019-Q4", Q("2024-Q3"), "ko")).toBe("Report 2024-Q3 (values)");
    expect(frozenNameFor("우리 서식 2019-Q4", Q("2024-Q3"), "ko")).toBe("우리 서식 2024-Q3 (값)");
    expect(frozenNameFor("메모", null, "en")).toBe("메모 (values)");
  });

  it("refuses to freeze the register, the sync log and a values copy", () => {
    const facts = { holdsDataTable: false, syncLogSheet: "SyncLog" };
    expect(freezeRefusal({ ...facts, name: "협약관리대장", holdsDataTable: true })?.ko).toContain("약정·환율 표");
    expect(freezeRefusal({ ...facts, name: "synclog" })?.ko).toContain("동기화 기록");
    expect(freezeRefusal({ ...facts, name: "보고서 2019-4분기 (값)" })?.ko).toContain("이미 값 복사본");
    expect(freezeRefusal({ ...facts, name: "Report 2019-Q4 (values)" })?.en).toContain("already a values copy");
    expect(freezeRefusal({ ...facts, name: "보고서 2019-4분기" })).toBeNull();
  });

  it("reads the period cell exactly as the COMMIT functions do", () => {
    for (const text of ["2024-Q3", "2024Q3", "2024 q3", "2024.Q3", "2024년 3분기", "2024년 3/4분기", "２０２４－Ｑ３", " 2024-Q3 "]) {
      expect([text, quarterOfPeriodCell(text)]).toEqual([text, Q("2024-Q3")]);
    }
    for (const text of ["2024", "2024-H1", "2024-11", "2024-07-01~2024-09-30", "3분기", "", 45000]) {
      expect([text, quarterOfPeriodCell(text)]).toEqual([text, null]);
    }
  });
});
