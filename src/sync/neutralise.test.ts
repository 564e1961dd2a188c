import fc from "fast-check";
import { needsNeutralising, neutraliseText, removeProtectiveApostrophe, toCellInput, wouldBeCoerced } from "./neutralise";
import { anyCellText, coercibleText, formulaLikeText } from "./neutralise.arbitraries";
import { storedValue } from "./applyInMemory";

/**
 * An independent statement of the harsh rule (issue 9, item 21): after any run of
 * whitespace or format characters, the NFKC form of the text starts with a starter.
 */
function mightRunAsFormula(text: string): boolean {
  return /^[\p{White_Space}\p{Cf}\u115F\u1160\u3164\uFFA0]*[=+\-@\u2212]/u.test(text.normalize("NFKC")) || /^['\t\r]/.test(text);
}

describe("neutralise", () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")'],
    ["+cmd|' /C calc'!A0"],
    ["-2+3"],
    ["@SUM(1)"],
    ["\t=1"],
    ["\r=1"],
    ["'quoted"],
  ])("stores %j as literal text", (text) => {
    const input = toCellInput(text);
    expect(input).toBe(`'${text}`);
    // Excel drops the apostrophe prefix: what the cell holds is the text itself.
    expect(storedValue(input, "")).toBe(text);
  });

  it.each([
    ["full-width equals", "＝HYPERLINK(\"http://x\")"],
    ["full-width plus", "＋1"],
    ["full-width minus", "－1+2"],
    ["full-width at", "＠SUM(1)"],
    ["small equals", "﹦1"],
    ["minus sign", "\u22121"],
    ["leading space", " =1"],
    ["leading LF", "\n=WEBSERVICE(\"http://x\")"],
    ["leading CRLF", "\r\n+1"],
    ["zero-width space", "\u200B=1"],
    ["BOM", "\uFEFF=1"],
    ["ideographic space and full-width", "\u3000＝1"],
    ["Hangul filler", "\u3164=1"],
    ["NBSP", "\u00A0@x"],
  ])("neutralises a %s before a formula starter (harsher than Excel is known to be)", (_, text) => {
    expect(needsNeutralising(text)).toBe(true);
    expect(neutraliseText(text)).toBe(`'${text}`);
    expect(storedValue(toCellInput(text), "")).toBe(text);
  });

  it("leaves ordinary text and numbers alone", () => {
    expect(toCellInput("창원시")).toBe("창원시");
    expect(toCellInput(-5)).toBe(-5);
    expect(toCellInput(43787)).toBe(43787);
    expect(toCellInput(null)).toBe("");
    expect(neutraliseText("a=b")).toBe("a=b");
    expect(neutraliseText(" 창원시")).toBe(" 창원시");
    expect(neutraliseText("\u200B창원")).toBe("\u200B창원");
    expect(neutraliseText("— 끝 —")).toBe("— 끝 —");
  });

  it("keeps text Excel would re-type as text (HS codes, numeric IDs, dates, booleans, errors)", () => {
    expect(toCellInput("0303")).toBe("'0303");
    expect(toCellInput("2019-11-18")).toBe("'2019-11-18");
    expect(toCellInput("TRUE")).toBe("'TRUE");
    expect(toCellInput("12:30")).toBe("'12:30");
    for (const text of ["０３０３", "2019년 11월 18일", "2019. 11. 18.", "(100)", "$1,000", "1/2", "18-Nov", "#N/A", "오후 3:15"]) {
      expect([text, toCellInput(text)]).toEqual([text, `'${text}`]);
    }
    expect(wouldBeCoerced("창원-2019-001")).toBe(false);
    expect(wouldBeCoerced("2019-Q4")).toBe(false);
    expect(wouldBeCoerced("Samsung, Inc.")).toBe(false);
  });

  it("strips exactly one protective apostrophe, and only one that protected something", () => {
    expect(removeProtectiveApostrophe("'-500")).toBe("-500");
    expect(removeProtectiveApostrophe("''x")).toBe("'x");
    expect(removeProtectiveApostrophe("'abc")).toBe("'abc");
    expect(removeProtectiveApostrophe("'＝1")).toBe("＝1");
  });

  describe("properties", () => {
    it("text that might run as a formula is always prefixed", () => {
      fc.assert(
        fc.property(fc.oneof(formulaLikeText, anyCellText), (text) => {
          if (mightRunAsFormula(text)) expect(toCellInput(text)).toBe(`'${text}`);
        }),
        { numRuns: 3000 },
      );
    });

    // The simulator's reading of the same inputs is checked in src/taskpane/host/report.test.ts.
    it("the cell holds exactly the text written", () => {
      fc.assert(
        fc.property(anyCellText, (text) => {
          const input = toCellInput(text);
          expect(typeof input === "string" && !input.startsWith("'") && mightRunAsFormula(input)).toBe(false);
          expect(storedValue(input, "")).toBe(text);
        }),
        { numRuns: 3000 },
      );
    });

    it("re-typed text keeps its apostrophe, so a General cell holds the text, not a number or date", () => {
      fc.assert(
        fc.property(coercibleText, (text) => {
          expect(toCellInput(text)).toBe(`'${text}`);
        }),
      );
    });

    it("neutralising is undone by removeProtectiveApostrophe for every formula-like text", () => {
      fc.assert(
        fc.property(formulaLikeText, (text) => {
          expect(removeProtectiveApostrophe(neutraliseText(text))).toBe(text);
        }),
      );
    });
  });
});
