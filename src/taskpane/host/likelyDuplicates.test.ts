import fc from "fast-check";
import { isoToSerial } from "../../schema";
import { likelyDuplicates, similarPartners, type ExistingRow } from "./likelyDuplicates";

const SIGNED = isoToSerial("2019-11-18");

function existing(rowIndex: number, cells: Partial<ExistingRow["cells"]>): ExistingRow {
  return {
    rowIndex,
    sheetRow: rowIndex + 2,
    cells: { id: `창원-2019-00${rowIndex + 1}`, agency: "창원시", signed: SIGNED, instrument: "양해각서(MOU)", country: "US", partner: "볼티모어시 (Baltimore City)", ...cells },
  };
}

describe("likelyDuplicates", () => {
  const candidate = { agency: "창원시", signed: "2019-11-18", instrument: "mou", country: "미국", partner: "Baltimore City" };

  it("matches the same agency, date, instrument and country with a similar partner, however each is written", () => {
    const rows = [existing(0, {}), existing(1, { partner: "Acme Robotics" }), existing(2, { country: "CA" }), existing(3, { signed: SIGNED + 1 }), existing(4, { instrument: "투자협약" })];
    expect(likelyDuplicates(candidate, rows)).toEqual([{ id: "창원-2019-001", sheetRow: 2, partner: "볼티모어시 (Baltimore City)" }]);
  });

  it("leaves out the row being edited, and judges nothing without a date or partner", () => {
    const rows = [existing(0, {})];
    expect(likelyDuplicates(candidate, rows, "창원-2019-001")).toEqual([]);
    expect(likelyDuplicates({ ...candidate, signed: "" }, rows)).toEqual([]);
    expect(likelyDuplicates({ ...candidate, partner: " " }, rows)).toEqual([]);
  });

  it("calls partners similar across spacing, punctuation, case and a typo, and not when they differ", () => {
    expect(similarPartners("ACME Robotics, Inc.", "acme robotics inc")).toBe(true);
    expect(similarPartners("Baltimore City", "Baltimre City")).toBe(true);
    expect(similarPartners("밀피타스시", "밀피타스 시")).toBe(true);
    expect(similarPartners("Acme", "Zenith")).toBe(false);
    expect(similarPartners("", "Acme")).toBe(false);
  });

  it("finds an exact copy of any existing row (property)", () => {
    const text = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => /[\p{L}\p{N}]/u.test(s));
    fc.assert(
      fc.property(text, text, fc.integer({ min: 1, max: 60_000 }), fc.constantFrom("US", "JP", "CN", "VN"), (agency, partner, serial, country) => {
        const row = existing(0, { agency, partner, signed: serial, country });
        const matches = likelyDuplicates({ agency, signed: serial, instrument: "양해각서(MOU)", country, partner }, [row]);
        return matches.length === 1;
      }),
    );
  });
});
