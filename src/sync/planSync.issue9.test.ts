/**
 * Regression tests for issue 9 (sync planning): each reproduces a failure found with
 * ordinary messy input, and fails on the planner as it was before the fix.
 */
import { COLUMNS, HeaderError, RenamedHeaderError, headerRow, isoToSerial, type ColumnKey } from "../schema";
import { applyInMemory, type InMemoryWorkbook } from "./applyInMemory";
import { fnv1a64 } from "./fingerprint";
import { findMapping, identityForSource, remember, sourceIdentityOf } from "./mappingMemory";
import { planIsEmpty, planSync, resolveConflicts, type ConflictChoice, type SyncPlan } from "./planSync";
import { EMPTY_SYNC_STATE, type SyncState } from "./syncState";
import { buildWritePlan } from "./writePlan";

const NOW = Date.UTC(2026, 10, 22);
const col = (key: ColumnKey) => COLUMNS.findIndex((c) => c.key === key);

function tableRow(values: Partial<Record<ColumnKey, unknown>>): unknown[] {
  return COLUMNS.map((c) => values[c.key] ?? "");
}

function table(...rows: Partial<Record<ColumnKey, unknown>>[]): unknown[][] {
  return [headerRow("ko"), ...rows.map(tableRow)];
}

function plan(workbook: InMemoryWorkbook, incoming: unknown[][], sourceName = "dept.csv", formulas?: unknown[][]): SyncPlan {
  return planSync(workbook.table, incoming, { state: workbook.state, sourceName, formulas });
}

function apply(workbook: InMemoryWorkbook, p: SyncPlan, choices: ConflictChoice | ReadonlyMap<string, ConflictChoice> = "takeIncoming"): InMemoryWorkbook {
  return applyInMemory(workbook, buildWritePlan(resolveConflicts(p, choices), { now: NOW, amountKrwFormula: null }));
}

const ids = (workbook: InMemoryWorkbook) => workbook.table.slice(1).map((row) => row[0]);
const empty = (): InMemoryWorkbook => ({ table: [headerRow("ko")], state: EMPTY_SYNC_STATE });

const SIGNED = isoToSerial("2019-11-18");
const ROW = { id: "창원-2019-001", agency: "창원시", signed: SIGNED, instrument: "양해각서(MOU)", category: "투자", partner: "Acme", country: "US", amount: 700000, currency: "USD", status: "체결" };

describe("issue 9 item 2: rows without IDs, imported twice", () => {
  const HEADER = ["추진기관", "체결일", "협약형태", "구분", "상대기관", "국가", "금액", "통화", "상태", "비고"];
  const A = ["창원시", "2019-12-01", "MOU", "투자", "Acme", "US", "5천", "", "체결", "A"];
  const B = ["창원시", "2019-12-01", "MOU", "투자", "Acme", "US", "5000", "USD", "체결", "B"];

  it("a rejected row takes no occurrence: the identical file synced again leaves B's row alone and rejects A again", () => {
    const file = [HEADER, A, B];
    const first = plan(empty(), file);
    expect(first.rejected.map((r) => r.sourceRow)).toEqual([2]);
    expect(first.inserts).toHaveLength(1);
    const synced = apply(empty(), first);
    const second = plan(synced, file);
    expect(second.rejected.map((r) => r.sourceRow)).toEqual([2]);
    expect(second.updates).toEqual([]);
    expect(planIsEmpty(second)).toBe(true);
  });

  it("a look-alike row added higher up next month gets a new ID; the existing ID keeps meaning its row", () => {
    const synced = apply(empty(), plan(empty(), [HEADER, B]));
    const [bId] = ids(synced);
    const C = ["창원시", "2019-12-01", "MOU", "투자", "Acme", "US", "9000", "USD", "이행중", "C"];
    const next = plan(synced, [HEADER, C, B]);
    expect(next.inserts.map((i) => i.sourceRow)).toEqual([2]);
    expect(next.inserts[0].id).not.toBe(bId);
    expect(next.unchanged).toMatchObject([{ id: bId, sourceRow: 3 }]);
    const after = apply(synced, next);
    expect(after.table.find((row) => row[0] === bId)![col("notes")]).toBe("B");
    expect(planIsEmpty(plan(after, [HEADER, C, B]))).toBe(true);
    expect(planIsEmpty(plan(after, [HEADER, B, C]))).toBe(true);
  });

  it("Category is part of the natural key: an export contract and an investment MOU with the same partner on one day are two rows", () => {
    const exportRow = ["창원시", "2019-12-01", "MOU", "수출", "Acme", "US", "5000", "USD", "체결", "export"];
    const first = plan(empty(), [HEADER, B, exportRow]);
    expect(first.inserts).toHaveLength(2);
    const after = apply(empty(), first);
    // Reordered, each still finds its own row.
    expect(planIsEmpty(plan(after, [HEADER, exportRow, B]))).toBe(true);
  });

  it("a row rejected as an insert does not pass as an update by borrowing the sheet's Currency", () => {
    const current: InMemoryWorkbook = { table: table({ ...ROW, signed: isoToSerial("2019-12-01"), partner: "Acme", amount: 5000, currency: "USD" }), state: EMPTY_SYNC_STATE };
    const result = plan(current, [HEADER, A]);
    expect(result.updates).toEqual([]);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0].reasons.map((r) => r.column)).toEqual(["currency"]);
  });

  it("still finds rows remembered by the first version's origins (natural key without Category)", () => {
    const synced = apply(empty(), plan(empty(), [HEADER, B]));
    const [bId] = ids(synced);
    // The first version stored origins as hash(agency, partner, date, instrument, country) + "#" + occurrence.
    const legacyKey = `${fnv1a64(JSON.stringify(["창원시", "acme", isoToSerial("2019-12-01"), "mou", "US"]))}#0`;
    // The officer renamed the partner since, so only the remembered origin can find the row.
    const table2 = synced.table.map((row) => [...row]);
    table2[1][col("partner")] = "Acme Ltd.";
    const legacy: InMemoryWorkbook = { table: table2, state: { records: synced.state.records, origins: new Map([[legacyKey, String(bId)]]) } };
    const next = plan(legacy, [HEADER, B]);
    expect(next.inserts).toEqual([]);
    expect(next.unchanged).toMatchObject([{ id: bId, reason: "sheetNewer" }]);
    // It is remembered under the new key from then on.
    expect(next.unchanged[0].originKey).toMatch(/^k2:/);
  });

  it("never matches an ID that another origin owns, even when the sheet row now looks the same", () => {
    const synced = apply(empty(), plan(empty(), [HEADER, B]));
    // The officer corrects the partner of the synced row to what another department's list says.
    const other = ["창원시", "2019-12-01", "MOU", "투자", "Acme Korea", "US", "5000", "USD", "체결", "other"];
    const edited = { ...synced, table: synced.table.map((row) => [...row]) };
    edited.table[1][col("partner")] = "Acme Korea";
    const next = plan(edited, [HEADER, other]);
    expect(next.updates).toEqual([]);
    expect(next.conflicts).toEqual([]);
    expect(next.inserts).toHaveLength(1);
  });
});

describe("issue 9 item 4: IDs named like Object.prototype members", () => {
  const NAMES = ["constructor", "toString", "valueOf", "__proto__", "hasOwnProperty"];
  const HEADER = ["ID", "Agency", "Instrument", "Category", "Partner", "Country", "Status", "Jobs"];
  const rows = (jobs: number) => NAMES.map((id) => [id, "창원시", "MOU", "투자", "Acme", "US", "체결", jobs]);

  function conflicted() {
    const synced = apply(empty(), plan(empty(), [HEADER, ...rows(1)]));
    const edited = { ...synced, table: synced.table.map((row) => [...row]) };
    for (const row of edited.table.slice(1)) row[col("notes")] = "edited in the sheet";
    const second = plan(edited, [HEADER, ...rows(2)]);
    expect(second.conflicts.map((c) => c.id)).toEqual(NAMES);
    return { edited, second };
  }

  it("an undecided conflict stays undecided; a choice for one ID decides that one only", () => {
    const { second } = conflicted();
    expect(resolveConflicts(second, new Map()).conflicts.map((c) => c.id)).toEqual(NAMES);
    for (const name of NAMES) {
      const decided = resolveConflicts(second, new Map([[name, "keepSheet"]]));
      expect(decided.conflicts.map((c) => c.id)).toEqual(NAMES.filter((n) => n !== name));
      expect(decided.unchanged.map((u) => u.id)).toEqual([name]);
    }
  });

  it("keeps the sheet when the officer says so", () => {
    const { edited, second } = conflicted();
    const after = apply(edited, second, "keepSheet");
    expect(after.table.slice(1).map((row) => row[col("jobs")])).toEqual(NAMES.map(() => 1));
  });
});

describe("issue 9 items 6, 13, 16: rows that used to throw or store poison", () => {
  const HEADER = ["ID", "Agency", "Signed", "Instrument", "Category", "Partner", "Country", "Amount", "Currency", "Status", "Jobs", "Notes"];
  const good = ["X-1", "창원시", "2019-11-18", "MOU", "투자", "Acme", "US", "100", "USD", "체결", "", ""];

  it("rejects \"9\"×400 (Infinity) and text over 32,767 characters instead of storing them", () => {
    const result = plan(empty(), [HEADER, ["X-2", ...good.slice(1, 7), "9".repeat(400), "KRW", ...good.slice(9)], ["X-3", ...good.slice(1, 11), "가".repeat(40_000)], good]);
    expect(result.rejected.map((r) => [r.sourceRow, r.reasons[0].column])).toEqual([
      [2, "amount"],
      [3, "notes"],
    ]);
    expect(result.inserts.map((i) => i.id)).toEqual(["X-1"]);
  });

  it("rejects an ID-less row with Signed \"0\", a pre-1900 date or serial 1e9 instead of throwing (and never makes a NaN ID)", () => {
    const idless = (signed: unknown) => ["", ...good.slice(1, 2), signed, ...good.slice(3)];
    const result = plan(empty(), [HEADER, idless("0"), idless("1899-12-31"), idless(1e9), idless(0), idless("2019-11-18")]);
    expect(result.rejected.map((r) => [r.sourceRow, r.reasons[0].column])).toEqual([
      [2, "signed"],
      [3, "signed"],
      [4, "signed"],
      [5, "signed"],
    ]);
    expect(result.inserts.map((i) => i.id)).toEqual(["창원-2019-001"]);
  });

  it("rejects \"--5\" as parseAmount does, and a currency on a count (Jobs \"3천만원\")", () => {
    const result = plan(empty(), [HEADER, ["X-2", ...good.slice(1, 7), "--5", ...good.slice(8)], ["X-3", ...good.slice(1, 10), "3천만원", ""]]);
    expect(result.rejected.map((r) => [r.sourceRow, r.reasons[0].column])).toEqual([
      [2, "amount"],
      [3, "jobs"],
    ]);
  });
});

describe("issue 9 item 7: two sources sending the same IDs", () => {
  const HEADER = ["ID", "Agency", "Instrument", "Category", "Partner", "Country", "Status", "Jobs"];
  const row = (jobs: number) => [HEADER, ["창원-2019-001", "창원시", "MOU", "투자", "Acme", "US", "체결", jobs]];

  it("a row last written by another source is a conflict, not an update, unless that source is trusted for the row", () => {
    const byA = apply(empty(), plan(empty(), row(1), "a.csv"));
    expect(byA.state.records.get("창원-2019-001")).toMatchObject({ source: "a.csv" });
    const fromB = plan(byA, row(2), "b.csv");
    expect(fromB.updates).toEqual([]);
    expect(fromB.conflicts).toMatchObject([{ id: "창원-2019-001", kind: "edited", otherSource: "a.csv" }]);

    // Keeping the sheet: B's version counts as seen, and A's unchanged row does not ask either.
    const kept = apply(byA, fromB, "keepSheet");
    expect(planIsEmpty(plan(kept, row(2), "b.csv"))).toBe(true);
    expect(planIsEmpty(plan(kept, row(1), "a.csv"))).toBe(true);

    // Trusting B for the row: its later changes update; A's change is then the conflict.
    const trusted = apply(byA, fromB, "trustSource");
    expect(trusted.table[1][col("jobs")]).toBe(2);
    expect(trusted.state.records.get("창원-2019-001")).toMatchObject({ source: "b.csv", authority: "b.csv" });
    expect(plan(trusted, row(3), "b.csv").updates).toHaveLength(1);
    expect(plan(trusted, row(4), "a.csv").conflicts).toMatchObject([{ otherSource: "b.csv" }]);
  });

  it("next month's export of the same department (same header set) is the same source: an update, not a conflict", () => {
    // Found by the header-set mapping memory: the file name changes every month, the department does not.
    const august = findMapping(HEADER, []) ?? null;
    const remembered = remember([], { headers: HEADER, mapping: new Map(), sourceName: "부서_2024-08.csv", at: 1 });
    const byAugust = apply(empty(), planSync(empty().table, row(1), { state: EMPTY_SYNC_STATE, sourceName: "부서_2024-08.csv", sourceIdentity: identityForSource("부서_2024-08.csv", august) }));
    const september = findMapping(HEADER, remembered);
    const identity = identityForSource("부서_2024-09.csv", september);
    expect(identity).toBe("부서_2024-08.csv");
    const next = planSync(byAugust.table, row(2), { state: byAugust.state, sourceName: "부서_2024-09.csv", sourceIdentity: identity });
    expect(next.conflicts).toEqual([]);
    expect(next.updates).toHaveLength(1);
    // Remembering September keeps the identity August was first remembered with.
    expect(sourceIdentityOf(remember(remembered, { headers: HEADER, mapping: new Map(), sourceName: "부서_2024-09.csv", at: 2 })[0])).toBe("부서_2024-08.csv");
    // Without the identity (another department's file with other headers), the same change is a conflict.
    expect(plan(byAugust, row(2), "다른부서.csv").conflicts).toHaveLength(1);
  });

  it("a won-only source does not turn a USD row into a KRW row; it updates Amount (KRW) only where that is not a formula", () => {
    const usd: InMemoryWorkbook = { table: table({ ...ROW, amountKrw: 900_000_000 }), state: EMPTY_SYNC_STATE };
    const wonOnly = [
      ["관리번호", "원화환산액"],
      ["창원-2019-001", "1,000,000,000"],
    ];
    // Formulas unknown: Amount (KRW) is taken for the computed column and left alone.
    const unknown = plan(usd, wonOnly);
    expect(unknown.updates).toEqual([]);
    expect(unknown.rejected).toEqual([]);
    // A typed Amount (KRW) value is updated, and only it.
    const typed = plan(usd, wonOnly, "krw.csv", usd.table.map((r) => r.map(() => "")));
    expect(typed.updates).toHaveLength(1);
    expect(typed.updates[0].diffs).toEqual([{ column: "amountKrw", before: 900_000_000, after: 1_000_000_000 }]);
    const after = apply(usd, typed);
    expect(after.table[1][col("amount")]).toBe(700000);
    expect(after.table[1][col("currency")]).toBe("USD");
    expect(after.table[1][col("amountKrw")]).toBe(1_000_000_000);
    expect(planIsEmpty(plan(after, wonOnly, "krw.csv", after.table.map((r) => r.map(() => ""))))).toBe(true);
    // A new row takes the won figure as its Amount in KRW; with another Currency it is rejected, not guessed.
    const newRows = plan(usd, [
      ["관리번호", "추진기관", "협약형태", "구분", "상대기관", "국가", "상태", "원화환산액", "통화"],
      ["N-1", "창원시", "MOU", "투자", "Acme", "US", "체결", "5억", ""],
      ["N-2", "창원시", "MOU", "투자", "Acme", "US", "체결", "5억", "USD"],
    ]);
    expect(newRows.inserts.map((i) => [i.id, i.cells.amount, i.cells.currency])).toEqual([["N-1", 500_000_000, "KRW"]]);
    expect(newRows.rejected.map((r) => [r.sourceRow, r.reasons[0].column])).toEqual([[3, "currency"]]);
    // A row with no amount of its own takes the won figure as its Amount in KRW, as a new row does.
    const noAmount: InMemoryWorkbook = { table: table({ ...ROW, amount: "", currency: "" }), state: EMPTY_SYNC_STATE };
    expect(plan(noAmount, wonOnly).updates[0].diffs).toEqual([
      { column: "amount", before: "", after: 1_000_000_000 },
      { column: "currency", before: "", after: "KRW" },
    ]);
  });
});

describe("issue 9 item 8: a renamed Commitments header", () => {
  it("is refused with the column it was and the header it has now, before anything is planned", () => {
    const renamed = table(ROW);
    renamed[0] = [...renamed[0]];
    renamed[0][col("notes")] = "메모사항";
    const attempt = () => planSync(renamed, [["ID", "Notes"], ["창원-2019-001", "x"]], { state: EMPTY_SYNC_STATE, sourceName: "a.csv" });
    expect(attempt).toThrow(RenamedHeaderError);
    expect(attempt).toThrow(/"메모사항".*비고/);
    expect(attempt).toThrow(HeaderError);
    // Headers in the other language or the schema's aliases are not renames.
    const english = [headerRow("en"), tableRow(ROW)];
    expect(() => planSync(english, [["ID", "Notes"], ["창원-2019-001", "x"]], { state: EMPTY_SYNC_STATE, sourceName: "a.csv" })).not.toThrow();
  });
});

describe("issue 9, smaller", () => {
  const HEADER = ["ID", "Agency", "Instrument", "Category", "Partner", "Country", "Status", "Notes"];

  it("an invisible-only cell is blank: it never clears a filled cell", () => {
    const current: InMemoryWorkbook = { table: table({ ...ROW, notes: "keep me" }), state: EMPTY_SYNC_STATE };
    const result = plan(current, [HEADER, ["창원-2019-001", "창원시", "MOU", "투자", "Acme", "US", "체결", "\u200b"]]);
    expect(result.updates).toEqual([]);
    expect(result.unchanged).toHaveLength(1);
  });

  it("flags IDs that differ from a table ID or another source ID only by case, width or invisible characters", () => {
    const current: InMemoryWorkbook = { table: table({ ...ROW, id: "ABC-1" }), state: EMPTY_SYNC_STATE };
    const row = (id: string) => [id, "창원시", "MOU", "투자", "Acme", "US", "체결", ""];
    const result = plan(current, [HEADER, row("abc-1"), row("ＡＢＣ-1"), row("ABC-1\u200b"), row("ABC-1"), row("X-9"), row("x-9")]);
    expect(result.inserts).toEqual([]);
    expect(result.unchanged.map((u) => u.id)).toEqual(["ABC-1"]);
    expect(result.rejected.map((r) => r.sourceRow)).toEqual([2, 3, 4, 6, 7]);
    expect(result.rejected[0].reasons[0].message.en).toContain('the table\'s "ABC-1"');
    expect(result.rejected[3].reasons[0].message.en).toContain("differs from the source's \"x-9\"");
  });
});

export type { SyncState };
