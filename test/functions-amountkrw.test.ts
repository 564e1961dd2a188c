/**
 * The native Amount (KRW) column and COMMIT.TOKRW follow one rate rule (issue 9 item 18), and the
 * column is never an error (issue 10 item 1). HyperFormula evaluates the formula exactly as setup
 * writes it — structured references translated to A1 ranges, nothing else changed — over random
 * FxRates tables (ties, missing As of, Per blank or 100, dates before every rate, missing
 * currencies) and rows; where TOKRW fails, the column must be blank, and elsewhere both must give
 * the same won value. explainAmountKrwRate, which the validation panel uses, must name the same rate.
 */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { toKrw } from "../src/functions/functions";
import { explainAmountKrwRate } from "../src/functions/rates";
import { amountKrwFormula } from "../src/schema/formulas";
import { fxHeaderRow } from "../src/schema/formulas";
import { dateToSerial } from "../src/schema";

const RATE_ROWS = 8;
const FX_COLUMNS = ["A", "B", "C", "D"];

/** The formula with its structured references as A1 ranges: FxRates on sheet R (rows 2..9), the row on sheet D. */
function toA1(formula: string, row: number): string {
  const fx = fxHeaderRow("en");
  let out = formula;
  fx.forEach((name, i) => {
    const column = FX_COLUMNS[i];
    out = out.split(`FxRates[${name}]`).join(`R!$${column}$2:$${column}$${RATE_ROWS + 1}`);
  });
  return out.split("[@Amount]").join(`A${row}`).split("[@Currency]").join(`B${row}`).split("[@Signed]").join(`C${row}`);
}

const day = (iso: string) => {
  const [year, month, dayOfMonth] = iso.split("-").map(Number);
  return dateToSerial({ year, month, day: dayOfMonth });
};
const DATES = ["2018-06-30", "2019-01-02", "2019-06-30", "2019-11-01", "2020-03-15"].map(day);

const rateRow = fc.record({
  currency: fc.oneof({ arbitrary: fc.constantFrom("USD", "JPY", "usd"), weight: 8 }, { arbitrary: fc.constantFrom("EUR", ""), weight: 2 }),
  rate: fc.constantFrom(1150, 1170.5, 1300, 9.5, 1060),
  per: fc.constantFrom(null, 1, 100),
  asOf: fc.oneof({ arbitrary: fc.constantFrom(...DATES), weight: 6 }, { arbitrary: fc.constant(null), weight: 1 }),
});
const commitmentRow = fc.record({
  // 0 on its own: a zero amount in a currency with no rate once split the column from TOKRW (CI seed 1678996804).
  amount: fc.oneof(fc.integer({ min: -1_000, max: 10_000_000 }), fc.constant(0), fc.constant(null)),
  currency: fc.constantFrom("USD", "JPY", "EUR", "KRW", "IDR", null),
  signed: fc.oneof(
    { arbitrary: fc.constantFrom(...DATES.map((d) => d - 1), ...DATES, day("2021-01-01")), weight: 4 },
    { arbitrary: fc.constant(day("2017-01-01")), weight: 2 },
    { arbitrary: fc.constant(null), weight: 1 },
  ),
});

function expected(amount: number | null, currency: string | null, rates: unknown[][], signed: number | null): number | string {
  if (amount === null || currency === null) return "";
  try {
    return toKrw(amount, currency, rates, signed);
  } catch {
    return "";
  }
}

describe("native Amount (KRW) column vs TOKRW (HyperFormula evaluates the formula)", () => {
  const formula = amountKrwFormula("en");

  it("agrees on every generated rates table and row, and is never an error", () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(fc.array(rateRow, { minLength: 0, maxLength: RATE_ROWS }), fc.array(commitmentRow, { minLength: 1, maxLength: 6 }), (rates, rows) => {
        const fxBody = Array.from({ length: RATE_ROWS }, (_, i) => {
          const r = rates[i];
          return r ? [r.currency === "" ? null : r.currency, r.currency === "" ? null : r.rate, r.per, r.asOf] : [null, null, null, null];
        });
        const data = rows.map((row, i) => [row.amount, row.currency, row.signed, toA1(formula, i + 1)]);
        const hf = HyperFormula.buildFromSheets({ R: [fxHeaderRow("en"), ...fxBody], D: data }, { licenseKey: "gpl-v3", useArrayArithmetic: true, smartRounding: false });
        try {
          const sheet = hf.getSheetId("D")!;
          const table = [fxHeaderRow("en"), ...fxBody];
          rows.forEach((row, i) => {
            const value = hf.getCellValue({ sheet, row: i, col: 3 });
            const want = expected(row.amount, row.currency, table, row.signed);
            const got = value === null ? "" : value;
            if (typeof want === "number" && typeof got === "number") expect(got).toBeCloseTo(want, 6);
            else expect({ row, got }).toEqual({ row, got: want });
            const note = explainAmountKrwRate(table, row.currency, row.signed, "en");
            if (typeof want === "number") seen.set(note.kind, (seen.get(note.kind) ?? 0) + 1);
            if (typeof want === "number" && row.currency !== "KRW" && row.amount !== 0) {
              expect(note.wonPerUnit).not.toBeNull();
              expect(row.amount! * note.wonPerUnit!).toBeCloseTo(want, 6);
            }
          });
        } finally {
          hf.destroy();
        }
      }),
      { numRuns: 300 },
    );
    // The generator reaches every case of the rule, each with a value to compare.
    for (const kind of ["exact", "beforeEveryRate", "noDate", "notNeeded"]) expect({ kind, seen: (seen.get(kind) ?? 0) > 0 }).toEqual({ kind, seen: true });
  });

  it("gives 0 won for an Amount of 0 in a currency with no rate, as TOKRW does (CI seed 1678996804)", () => {
    const fxBody = Array.from({ length: RATE_ROWS }, () => [null, null, null, null]);
    const signed = day("2018-06-29");
    const hf = HyperFormula.buildFromSheets(
      { R: [fxHeaderRow("en"), ...fxBody], D: [[0, "USD", signed, toA1(formula, 1)], [5, "USD", signed, toA1(formula, 2)]] },
      { licenseKey: "gpl-v3", useArrayArithmetic: true, smartRounding: false },
    );
    try {
      const sheet = hf.getSheetId("D")!;
      expect(toKrw(0, "USD", [fxHeaderRow("en"), ...fxBody], signed)).toBe(0);
      expect(hf.getCellValue({ sheet, row: 0, col: 3 })).toBe(0);
      // A real amount with no rate stays blank, never an error.
      expect(hf.getCellValue({ sheet, row: 1, col: 3 })).toBe("");
    } finally {
      hf.destroy();
    }
  });

  it("falls back to the earliest rate for a row older than every rate, and says so", () => {
    const table = [fxHeaderRow("en"), ["USD", 1300, 1, day("2025-01-02")], ["USD", 1400, 1, day("2025-06-30")]];
    expect(toKrw(10, "USD", table, day("2019-11-18"))).toBe(13_000);
    const note = explainAmountKrwRate(table, "USD", day("2019-11-18"), "en");
    expect(note).toMatchObject({ kind: "beforeEveryRate", asOf: "2025-01-02", wonPerUnit: 1300 });
    expect(note.message).toBe("Signed is earlier than every USD rate, so the earliest rate (2025-01-02) was used.");
    expect(explainAmountKrwRate(table, "USD", null, "ko").message).toBe("체결일이 없어 최신 USD 환율(2025-06-30)을 썼습니다.");
    expect(explainAmountKrwRate(table, "IDR", day("2025-03-01"), "ko")).toMatchObject({ kind: "missing", message: "환율 표에 IDR 환율이 없어 원화환산액이 비어 있습니다." });
    expect(explainAmountKrwRate(table, "USD", day("2025-03-01"), "en")).toMatchObject({ kind: "exact", message: null, asOf: "2025-01-02" });
  });
});
