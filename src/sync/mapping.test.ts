import { autoMap, checkMapping, MappingError, matchImportHeader, sourceHeaders } from "./mapping";

describe("mapping", () => {
  it("maps Korean, English, schema aliases and import aliases", () => {
    expect(matchImportHeader("관리번호")).toBe("id");
    expect(matchImportHeader("Partner")).toBe("partner");
    expect(matchImportHeader("체결일자")).toBe("signed");
    expect(matchImportHeader("업체명")).toBe("partner");
    expect(matchImportHeader("Remarks")).toBe("notes");
    expect(matchImportHeader("담당 부서 코드")).toBeNull();
  });

  it("makes headers unique and names blank ones", () => {
    expect(sourceHeaders(["금액", "", "금액", null], "ko")).toEqual(["금액", "(열 2)", "금액 (2)", "(열 4)"]);
    expect(sourceHeaders([""], "en")).toEqual(["(column 1)"]);
  });

  it("reports unmapped columns and gives a claimed column to the first source column only", () => {
    const proposal = autoMap(["ID", "Partner", "상대기관", "Internal code"]);
    expect(proposal.mapping).toEqual({ ID: "id", Partner: "partner", 상대기관: null, "Internal code": null });
    expect(proposal.unmapped).toEqual(["상대기관", "Internal code"]);
  });

  it("lets a remembered choice win, including 'do not import'", () => {
    const proposal = autoMap(["ID", "Internal code", "Notes"], { "Internal code": "source", Notes: null });
    expect(proposal.mapping).toEqual({ ID: "id", "Internal code": "source", Notes: null });
  });

  it("refuses two source columns feeding one schema column and lists missing required columns", () => {
    expect(() => checkMapping(["a", "b"], { a: "partner", b: "partner" })).toThrow(MappingError);
    expect(checkMapping(["a"], { a: "partner" }).missingRequired).toEqual(["agency", "instrument", "category", "country", "status"]);
  });
});
