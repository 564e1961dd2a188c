import { FormulaSyntaxError, parseFormula, references } from "./parseFormula";

describe("parseFormula quoting", () => {
  it("reads a doubled quote inside text as one quote", () => {
    expect(parseFormula('="say ""hi"""')).toEqual({ kind: "string", value: 'say "hi"' });
    expect(parseFormula('=""""')).toEqual({ kind: "string", value: '"' });
  });

  it("reads quoted sheet names, including a doubled apostrophe", () => {
    expect(references(parseFormula("='보고서 2024-3분기'!B4")).refs).toEqual([{ sheet: "보고서 2024-3분기", from: "B4", to: null }]);
    expect(references(parseFormula("='Officer''s list'!A1:B2")).refs).toEqual([{ sheet: "Officer's list", from: "A1", to: "B2" }]);
  });

  it("names the unclosed quote", () => {
    expect(() => parseFormula('="open')).toThrow(FormulaSyntaxError);
    expect(() => parseFormula('="open')).toThrow(/a text in quotes is not closed/);
    expect(() => parseFormula("='Sheet1!A1")).toThrow(/a quoted sheet name is not closed/);
  });
});
