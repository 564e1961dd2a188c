import { isoToSerial } from "../../../schema";
import { cellText } from "./cellText";
import { sourceFromFile, sourceFromText, sourceFromWorkbook } from "./syncSource";
import { encodeCp949 } from "../../../sync/encodeCp949";

describe("cellText", () => {
  it("shows dates, numbers, countries and blanks readably", () => {
    expect(cellText("signed", isoToSerial("2019-11-18"), "ko")).toBe("2019-11-18");
    expect(cellText("amount", 1276000, "ko")).toBe("1,276,000");
    expect(cellText("country", "VN", "ko")).toBe("베트남 (VN)");
    expect(cellText("notes", "", "en")).toBe("—");
    expect(cellText("notes", "=HYPERLINK(\"x\")", "en")).toBe("=HYPERLINK(\"x\")");
  });
});

describe("sync sources", () => {
  it("reads a CP949 file and pasted TSV", () => {
    const file = sourceFromFile("부서.csv", encodeCp949("관리번호,상대기관\r\nA-1,한국전기\r\n"));
    expect(file).toMatchObject({ name: "부서.csv", rows: [["관리번호", "상대기관"], ["A-1", "한국전기"]], lineOf: [1, 2], decoded: { encoding: "cp949" } });
    expect(sourceFromText("붙여넣기", "ID\tPartner\nA-1\tX\n").rows).toEqual([["ID", "Partner"], ["A-1", "X"]]);
  });

  it("strips the rejected-rows file's protective apostrophe from every kind of source (issue 9 item 9)", () => {
    const text = "ID\tAmount\tNotes\nA-1\t'-500\t'abc\n";
    expect(sourceFromText("붙여넣기", text).rows[1]).toEqual(["A-1", "-500", "'abc"]);
    expect(sourceFromFile("제외.csv", new TextEncoder().encode("ID,Amount\r\nA-1,'=1\r\n")).rows[1]).toEqual(["A-1", "=1"]);
    expect(sourceFromWorkbook("시트", [["ID", "Amount"], ["A-1", "'+5"], ["A-2", 5]]).rows.slice(1)).toEqual([["A-1", "+5"], ["A-2", 5]]);
  });
});
