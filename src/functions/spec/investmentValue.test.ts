import { investmentValue } from "../functions";
import { commitments, failure, SAMPLE_ROWS } from "./commitmentsTable";

const table = commitments([
  ...SAMPLE_ROWS,
  { id: "대전-2024-001", signed: "2024-03-05", category: "Investment", partner: "Montgomery County", country: "US", city: "Rockville", sector: "Bio", amountKrw: 7_000_000_000, status: "체결" },
  { id: "대전-2024-002", signed: "2024-09-10", category: "투자유치", partner: "Dortmund Tech", country: "독일", city: "Dortmund", sector: "바이오", amountKrw: 3_000_000_000, status: "이행중" },
  { id: "대전-2024-003", signed: "2024-10-01", category: "투자", partner: "Malaga Ventures", country: "ES", city: "Malaga", sector: " bio ", amountKrw: 1_000_000_000, status: "Cancelled" },
]);

describe("INVESTMENTVALUE", () => {
  it("sums Amount (KRW) over investment rows (투자, Investment, alias 투자유치), leaving out cancelled ones", () => {
    expect(investmentValue(table)).toBe(12_000_000_000);
  });

  it("matches partner by name, city or country", () => {
    expect(investmentValue(table, "US")).toBe(9_000_000_000);
    expect(investmentValue(table, "미국")).toBe(9_000_000_000);
    expect(investmentValue(table, "Germany")).toBe(3_000_000_000);
    expect(investmentValue(table, "dortmund")).toBe(3_000_000_000);
    expect(investmentValue(table, "IBM")).toBe(2_000_000_000);
  });

  it("matches sector case-insensitively, with wildcards", () => {
    expect(investmentValue(table, undefined, "bio")).toBe(7_000_000_000);
    expect(investmentValue(table, undefined, "BIO")).toBe(7_000_000_000);
    expect(investmentValue(table, undefined, "ai")).toBe(2_000_000_000);
    expect(investmentValue(table, undefined, "바이*")).toBe(3_000_000_000);
  });

  it("filters by period", () => {
    expect(investmentValue(table, undefined, undefined, 2024)).toBe(10_000_000_000);
    expect(investmentValue(table, undefined, undefined, "2024년 하반기")).toBe(3_000_000_000);
    expect(investmentValue(table, undefined, undefined, "2024-H1")).toBe(7_000_000_000);
    expect(investmentValue(table, "미국", "Bio", "2024-Q1")).toBe(7_000_000_000);
  });

  it("names the Sector column when a table without it is filtered by sector", () => {
    const narrow = commitments([{ category: "투자", amountKrw: 1 }]);
    expect(investmentValue(narrow)).toBe(1);
    expect(failure(() => investmentValue(narrow, undefined, "AI")).message).toContain('Missing column 분야 (Sector) (needed for sector "AI")');
  });

  it("needs the Country column when the partner names a country", () => {
    const noCountry = commitments([{ category: "투자", partner: "IBM", amountKrw: 1 }]);
    expect(investmentValue(noCountry, "IBM")).toBe(1);
    expect(failure(() => investmentValue(noCountry, "미국")).message).toContain('Missing column 국가 (Country) (needed for partner "미국")');
  });

  it("fails on an unrecognised country cell when matching by country", () => {
    const rows = commitments([{ id: "X-1", category: "투자", partner: "Acme", country: "Narnia", amountKrw: 1 }]);
    expect(investmentValue(rows, "Acme")).toBe(1);
    expect(failure(() => investmentValue(rows, "US")).message).toContain('Row X-1: 국가 (Country) is "Narnia" — not a country');
  });

  it("fails with the accepted forms for a malformed period", () => {
    expect(failure(() => investmentValue(table, undefined, undefined, "last year")).message).toContain('"last year" is not a period. Accepted forms:');
  });
});
