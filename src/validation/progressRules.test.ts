import { headerRow, isoToSerial, progressHeaderRow } from "../schema";
import { validateProgress } from "./progressRules";

const H = headerRow("ko");
const commitment = (id: string, status: string, signed: string | null, due: string | null) =>
  H.map((h) => (h === "관리번호" ? id : h === "상태" ? status : h === "체결일" ? (signed ? isoToSerial(signed) : "") : h === "이행기한" ? (due ? isoToSerial(due) : "") : ""));
const progressRow = (id: string, commitmentId: string, date: string) => [id, commitmentId, isoToSerial(date), "수출선적", 1, "KRW", 1, "", "", "", ""];

const commitments = [
  H,
  commitment("A-1", "체결", "2019-11-01", "2020-12-31"),
  commitment("B-1", "취소", "2019-11-01", null),
  commitment("C-1", "이행중", "2019-11-01", "2020-06-30"),
  commitment("D-1", "완료", "2019-11-01", "2020-06-30"),
  commitment("E-1", "체결", "2019-11-01", "2030-01-01"),
];
const progress = [progressHeaderRow("ko"), progressRow("A-1-P01", "A-1", "2019-10-01"), progressRow("B-1-P01", "B-1", "2019-12-01"), progressRow("B-1-P02", "B-1", "2020-01-01"), progressRow("Z-P01", "Z-9", "2020-01-01"), ["", "", "", "", "", "", "", "", "", "", ""]];

describe("validateProgress", () => {
  const { problems, orphans } = validateProgress(commitments, progress, isoToSerial("2021-01-15"));

  it("flags progress before Signed, progress on a cancelled commitment (once), and past Due with no progress", () => {
    expect(problems.map((p) => [p.id, p.column, p.code, p.rowIndex])).toEqual([
      ["A-1", "signed", "progressBeforeSigned", 0],
      ["B-1", "status", "progressForCancelled", 1],
      ["C-1", "due", "pastDueNoProgress", 2],
    ]);
    expect(problems[0].message.en).toBe("Progress A-1-P01 is dated 2019-10-01, before the commitment was signed (2019-11-01).");
    expect(problems[2].message.ko).toContain("이행기한 2020-06-30이(가) 지났는데 이행실적이 없습니다");
    expect(problems[0].columnLabel).toBe("체결일");
  });

  it("lists progress whose commitment is in no row apart", () => {
    expect(orphans).toEqual([
      { progressRow: 3, progressId: "Z-P01", commitmentId: "Z-9", message: expect.objectContaining({ en: expect.stringContaining("commitment Z-9, which is not in the Commitments table") }) },
    ]);
  });

  it("leaves a workbook without a Progress table alone", () => {
    expect(validateProgress(commitments, [], 0)).toEqual({ problems: [], orphans: [] });
  });
});
