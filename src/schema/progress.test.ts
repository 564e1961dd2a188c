import fc from "fast-check";
import { amountKrwFormula, amountKrwFormulaFor } from "./formulas";
import {
  CARRIED_OVER_NOTE,
  PROGRESS_COLUMNS,
  PROGRESS_KINDS,
  nextProgressId,
  progressHeaderRow,
  resolveProgressHeaders,
} from "./progress";
import { commitmentProgressFormulas, commitmentProgressFormulasFor, progressAmountKrwFormula } from "./progressFormulas";
import { matchEnum } from "./enums";

describe("Progress table", () => {
  it("has the agreed columns in both languages", () => {
    expect(progressHeaderRow("ko")).toEqual(["실적번호", "관리번호", "실적일", "실적구분", "금액", "통화", "원화환산액", "일자리", "증빙", "비고", "수정일시"]);
    expect(progressHeaderRow("en")).toEqual([
      "Progress ID",
      "Commitment ID",
      "Date",
      "Kind",
      "Amount",
      "Currency",
      "Amount (KRW)",
      "Jobs",
      "Evidence",
      "Notes",
      "Updated",
    ]);
    expect(new Set(PROGRESS_COLUMNS.map((c) => c.key)).size).toBe(PROGRESS_COLUMNS.length);
  });

  it("defines every kind in both languages, and reads aliases", () => {
    expect(PROGRESS_KINDS.map((k) => [k.en, k.ko])).toEqual([
      ["Export shipped", "수출선적"],
      ["Investment made", "투자집행"],
      ["Jobs created", "고용창출"],
      ["Event", "행사"],
      ["Other", "기타"],
    ]);
    expect(matchEnum(PROGRESS_KINDS, "선적")?.value).toBe("exportShipped");
    expect(matchEnum(PROGRESS_KINDS, "other")?.value).toBe("other");
    expect(matchEnum(PROGRESS_KINDS, "기타")?.value).toBe("other");
  });

  it("resolves headers in either language and refuses two headers meaning one column", () => {
    const ko = resolveProgressHeaders(progressHeaderRow("ko"));
    expect(ko.language).toBe("ko");
    expect(ko.indexOf.get("amountKrw")).toBe(6);
    const en = resolveProgressHeaders(["Date", "Commitment ID", "Amount (KRW)", "Mystery"]);
    expect(en.language).toBe("en");
    expect([...en.indexOf]).toEqual([
      ["date", 0],
      ["commitmentId", 1],
      ["amountKrw", 2],
    ]);
    expect(() => resolveProgressHeaders(["실적일", "Date"])).toThrow(/"실적일" and "Date" both mean Date/);
    // A header named like an Object.prototype member is just an unknown header.
    expect(resolveProgressHeaders(["constructor", "__proto__"]).indexOf.size).toBe(0);
  });

  it("notes an opening row in both languages", () => {
    expect(CARRIED_OVER_NOTE).toBe("이월 · carried over");
  });
});

describe("nextProgressId", () => {
  it("numbers a commitment's records P01, P02 … after the highest in use, never reusing a gap", () => {
    expect(nextProgressId("창원-2019-003", [])).toBe("창원-2019-003-P01");
    expect(nextProgressId("창원-2019-003", ["창원-2019-003-P01", "창원-2019-003-P03", "창원-2019-004-P07"])).toBe("창원-2019-003-P04");
    expect(nextProgressId(" 창원-2019-003 ", ["창원-2019-003-P99"])).toBe("창원-2019-003-P100");
    // Another commitment whose ID extends this one ("…-003-P01" of "창원-2019-00") is not counted.
    expect(nextProgressId("창원-2019-00", ["창원-2019-003-P05"])).toBe("창원-2019-00-P01");
  });

  it("never returns an ID already taken (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom("A-1", "창원-2019-003", "X"), fc.array(fc.oneof(fc.string(), fc.nat(120).map((n) => `A-1-P${n}`))), (id, taken) => {
        const next = nextProgressId(id, taken);
        expect(taken).not.toContain(next);
        expect(next.startsWith(`${id}-P`)).toBe(true);
      }),
    );
  });
});

describe("schema 2 formulas", () => {
  it("converts Progress Amount with the Commitments builder, cut off at the progress Date", () => {
    const ko = progressAmountKrwFormula("ko");
    expect(ko).toBe(amountKrwFormula("ko").replace(/\[@체결일\]/g, "[@실적일]"));
    expect(ko).not.toContain("체결일");
    const en = progressAmountKrwFormula("en");
    expect(en).toContain("[@Date]");
    expect(en).toBe(
      amountKrwFormulaFor({
        amount: "Amount",
        currency: "Currency",
        signed: "Date",
        fxTable: "FxRates",
        fxCurrency: "Currency",
        fxKrwPerUnit: "KRW per unit",
        fxPer: "Per",
        fxAsOf: "As of",
      }),
    );
  });

  it("sums Progress by Commitment ID with SUMIFS only", () => {
    expect(commitmentProgressFormulas("ko")).toEqual({
      realizedKrw: "=SUMIFS(Progress[원화환산액],Progress[관리번호],[@관리번호])",
      jobsCreated: "=SUMIFS(Progress[일자리],Progress[관리번호],[@관리번호])",
    });
    expect(commitmentProgressFormulas("en")).toEqual({
      realizedKrw: "=SUMIFS(Progress[Amount (KRW)],Progress[Commitment ID],[@ID])",
      jobsCreated: "=SUMIFS(Progress[Jobs],Progress[Commitment ID],[@ID])",
    });
    // A renamed ID header ("번호 #") is referred to as written, escaped.
    expect(commitmentProgressFormulasFor("번호 #", "ko").realizedKrw).toBe("=SUMIFS(Progress[원화환산액],Progress[관리번호],[@[번호 '#]])");
    const functions = new Set(Object.values(commitmentProgressFormulas("en")).flatMap((f) => f.match(/[A-Z]+(?=\()/g) ?? []));
    expect([...functions]).toEqual(["SUMIFS"]);
  });
});
