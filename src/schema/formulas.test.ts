import { amountKrwFormula, amountKrwFormulaFor, fxHeaderRow } from "./formulas";

describe("amountKrwFormula", () => {
  it("refers to the table's own column names in each language", () => {
    const en = amountKrwFormula("en");
    expect(en.startsWith('=IFERROR(IF(OR([@Amount]="",[@Currency]=""),"",IF(OR([@Currency]="KRW",[@Amount]=0),[@Amount],')).toBe(true);
    expect(en.endsWith(')))),"")')).toBe(true);
    expect(en).toContain("FxRates[KRW per unit]/(FxRates[Per]+(FxRates[Per]=0))");
    expect(en).toContain("SUMPRODUCT((FxRates[Currency]=[@Currency])*(FxRates[As of]<=[@Signed]))");
    const ko = amountKrwFormula("ko");
    expect(ko).toContain("[@금액]");
    expect(ko).toContain("FxRates[원화환율]/(FxRates[단위]+(FxRates[단위]=0))");
    expect(ko).toContain("[@체결일]");
  });

  it("uses only functions every Excel version has (2007 and later), and stays under Excel's 8,192-character formula limit", () => {
    const functions = new Set(amountKrwFormula("en").match(/[A-Z]+(?=\()/g));
    expect([...functions].sort()).toEqual(["IF", "IFERROR", "MAX", "MIN", "OR", "SUMPRODUCT"]);
    expect(amountKrwFormula("ko").length).toBeLessThan(8192);
  });

  it("brackets and escapes unusual header names", () => {
    const formula = amountKrwFormulaFor({
      amount: "Amount [USD]",
      currency: "Cur#",
      signed: "Signed on",
      fxTable: "FxRates",
      fxCurrency: "Code",
      fxKrwPerUnit: "Won's rate",
      fxPer: "Per",
      fxAsOf: "As of",
    });
    expect(formula).toContain("[@[Amount '[USD']]]");
    expect(formula).toContain("[@[Cur'#]]");
    expect(formula).toContain("[@[Signed on]]");
    expect(formula).toContain("FxRates[Won''s rate]");
  });

  it("labels the FxRates columns in both languages", () => {
    expect(fxHeaderRow("en")).toEqual(["Currency", "KRW per unit", "Per", "As of"]);
    expect(fxHeaderRow("ko")).toEqual(["통화", "원화환율", "단위", "기준일"]);
  });
});
