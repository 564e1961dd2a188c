/**
 * Properties of the progress ledger, over random ledgers: REALIZED over the four quarters of a
 * year adds up to the year, and over all time it equals the sum of Realized (KRW) as the native
 * SUMIFS column computes it (the column sum that TOTAL reads), for any criteria.
 */
import fc from "fast-check";
import { realization, realized, total } from "./functions";
import { COLUMNS, PROGRESS_COLUMNS, dateToSerial } from "../schema";

const CATEGORY_LABELS = ["수출", "Investment", "협력", "교류"];
const STATUS_LABELS = ["체결", "이행중", "완료", "취소", "Planned"];
const YEARS = [2018, 2019, 2020];

const commitmentArb = fc.record({
  category: fc.constantFrom(...CATEGORY_LABELS),
  status: fc.constantFrom(...STATUS_LABELS),
  amountKrw: fc.integer({ min: 0, max: 5_000_000_000 }),
  country: fc.constantFrom("US", "미국", "CA", "JP"),
});

const progressArb = (commitments: number) =>
  fc.record({
    commitment: fc.nat(commitments - 1),
    year: fc.constantFrom(...YEARS),
    dayOfYear: fc.integer({ min: 0, max: 364 }),
    // Whole won, and amounts that arrive as numeric text, as pasted ledgers have.
    amountKrw: fc.oneof(fc.integer({ min: 0, max: 900_000_000 }), fc.integer({ min: 0, max: 999_999 }).map((n) => n.toLocaleString("en-US"))),
    asText: fc.boolean(),
  });

const ledgerArb = fc.array(commitmentArb, { minLength: 1, maxLength: 25 }).chain((commitments) =>
  fc.record({ commitments: fc.constant(commitments), progress: fc.array(progressArb(commitments.length), { maxLength: 80 }) }),
);

interface Ledger {
  commitments: { category: string; status: string; amountKrw: number; country: string }[]; progress: { commitment: number; year: number; dayOfYear: number; amountKrw: number | string; asText: boolean }[];
}

function tables({ commitments, progress }: Ledger) {
  const ids = commitments.map((_, i) => `창원-2019-${String(i + 1).padStart(3, "0")}`);
  const serials = progress.map((p) => dateToSerial({ year: p.year, month: 1, day: 1 }) + p.dayOfYear);
  const won = (value: number | string) => (typeof value === "number" ? value : Number(value.replace(/,/g, "")));
  const realizedById = new Map<string, number>();
  progress.forEach((p) => realizedById.set(ids[p.commitment], (realizedById.get(ids[p.commitment]) ?? 0) + won(p.amountKrw)));
  const label = (key: string) => COLUMNS.find((c) => c.key === key)!.ko;
  const commitmentGrid = [
    [label("id"), label("category"), label("country"), label("amountKrw"), label("realizedKrw"), label("status")],
    ...commitments.map((c, i) => [ids[i], c.category, c.country, c.amountKrw, realizedById.get(ids[i]) ?? 0, c.status]),
  ];
  const progressGrid = [
    PROGRESS_COLUMNS.map((c) => c.ko),
    ...progress.map((p, i) => {
      const date = p.asText ? serialText(serials[i]) : serials[i];
      return [`${ids[p.commitment]}-P${String(i + 1).padStart(2, "0")}`, ids[p.commitment], date, "기타", "", "", p.amountKrw, "", "", "", ""];
    }),
  ];
  return { commitmentGrid, progressGrid };
}

function serialText(serial: number): string {
  const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return `${date.getUTCFullYear()}년 ${date.getUTCMonth() + 1}월 ${date.getUTCDate()}일`;
}

const criteriaArb = fc.constantFrom<string[]>([], ["구분=수출"], ["Category<>Investment"], ["국가=미국"], ["상태=취소"], ["Status<>완료", "구분=협력"]);

describe("REALIZED over random ledgers", () => {
  it("the four quarters of a year add up to the year", () => {
    fc.assert(
      fc.property(ledgerArb, fc.constantFrom(...YEARS), criteriaArb, (ledger, year, criteria) => {
        const { commitmentGrid, progressGrid } = tables(ledger);
        const quarters = [1, 2, 3, 4].map((q) => realized(progressGrid, commitmentGrid, `${year}-Q${q}`, criteria));
        expect(quarters.reduce((a, b) => a + b, 0)).toBe(realized(progressGrid, commitmentGrid, year, criteria));
        expect(realized(progressGrid, commitmentGrid, `${year}-H1`, criteria)).toBe(quarters[0] + quarters[1]);
      }),
      { numRuns: 150 },
    );
  });

  it("over all time equals the sum of Realized (KRW), the SUMIFS column", () => {
    fc.assert(
      fc.property(ledgerArb, criteriaArb, (ledger, criteria) => {
        const { commitmentGrid, progressGrid } = tables(ledger);
        const years = YEARS.reduce((sum, year) => sum + realized(progressGrid, commitmentGrid, year, criteria), 0);
        const allTime = realized(progressGrid, commitmentGrid, null, criteria);
        expect(allTime).toBe(total(commitmentGrid, "Realized (KRW)", criteria));
        expect(years).toBe(allTime);
      }),
      { numRuns: 150 },
    );
  });

  it("REALIZATION as of the last day equals REALIZATION over the Realized column", () => {
    fc.assert(
      fc.property(ledgerArb, criteriaArb, (ledger, criteria) => {
        const { commitmentGrid, progressGrid } = tables(ledger);
        let viaColumn: number | null = null;
        try {
          viaColumn = realization(commitmentGrid, null, null, criteria);
        } catch {
          viaColumn = null; // nothing committed: both forms refuse
        }
        if (viaColumn === null) {
          expect(() => realization(commitmentGrid, progressGrid, "2020-12-31", criteria)).toThrow(/commit 0/);
        } else {
          expect(realization(commitmentGrid, progressGrid, "2020-12-31", criteria)).toBeCloseTo(viaColumn, 12);
        }
      }),
      { numRuns: 100 },
    );
  });
});
