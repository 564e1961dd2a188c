import { COLUMNS, headerRow, isoToSerial, type ColumnKey, type Language } from "../schema";
import { applyInMemory } from "./applyInMemory";
import { decodeBytes } from "./decode";
import { encodeCp949 } from "./encodeCp949";
import { parseDelimited } from "./parseDelimited";
import { planCounts, planIsEmpty, planSync, resolveConflicts, type SyncPlan } from "./planSync";
import { rejectedToCsv } from "./rejectedCsv";
import { EMPTY_SYNC_STATE, type SyncState } from "./syncState";
import { buildWritePlan } from "./writePlan";

const NOW = Date.UTC(2026, 10, 22, 1, 0, 0);
const FORMULA = "=IF([@금액]=\"\",\"\",[@금액])";

function tableRow(values: Partial<Record<ColumnKey, unknown>>): unknown[] {
  return COLUMNS.map((c) => values[c.key] ?? "");
}

const SIGNED = isoToSerial("2019-11-18");
const ROW_1 = {
  id: "창원-2019-001",
  agency: "창원시",
  signed: SIGNED,
  instrument: "양해각서(MOU)",
  category: "투자",
  partner: "Acme Robotics",
  country: "US",
  amount: 700000,
  currency: "USD",
  status: "체결",
};
const ROW_2 = { ...ROW_1, id: "창원-2019-002", partner: "Busan Trading", country: "JP", currency: "JPY", amount: 5000000 };

function currentTable(...rows: Partial<Record<ColumnKey, unknown>>[]): unknown[][] {
  return [headerRow("ko"), ...rows.map(tableRow)];
}

function plan(current: unknown[][], incoming: unknown[][], state: SyncState = EMPTY_SYNC_STATE, language?: Language): SyncPlan {
  return planSync(current, incoming, { state, sourceName: "test.csv", language });
}

/** Applies a plan in memory and returns the new workbook, as the adapter would leave it. */
function apply(current: unknown[][], state: SyncState, p: SyncPlan) {
  return applyInMemory({ table: current, state }, buildWritePlan(p, { now: NOW, amountKrwFormula: FORMULA }));
}

describe("planSync", () => {
  const current = currentTable(ROW_1, ROW_2);

  it("sorts incoming rows into inserts, updates, unchanged and rejected (English headers into a Korean table)", () => {
    const incoming = [
      ["ID", "Agency", "Signed", "Instrument", "Category", "Partner", "Country", "Amount", "Currency", "Status"],
      ["창원-2019-001", "창원시", "2019-11-18", "MOU", "Investment", "Acme Robotics", "United States", "70만불", "", "Signed"],
      ["창원-2019-002", "창원시", "2019.11.18", "MOU", "Investment", "Busan Trading", "Japan", "5000000", "JPY", "In progress"],
      ["창원-2020-001", "창원시", "2020-03-02", "LOI", "Export", "Hanoi Foods", "베트남", "1,276만 달러", "", "Planned"],
      ["창원-2020-002", "창원시", "2020-03-02", "LOI", "Export", "Nowhere Inc", "Atlantis", "", "", "Planned"],
    ];
    const result = plan(current, incoming);
    expect(planCounts(result)).toEqual({ inserts: 1, updates: 1, unchanged: 1, conflicts: 0, rejected: 1 });

    expect(result.unchanged[0]).toMatchObject({ id: "창원-2019-001", position: 0, reason: "same" });
    expect(result.updates[0]).toMatchObject({ id: "창원-2019-002", position: 1, sourceRow: 3 });
    expect(result.updates[0].diffs).toEqual([{ column: "status", before: "체결", after: "이행중" }]);

    const insert = result.inserts[0];
    expect(insert).toMatchObject({ id: "창원-2020-001", sourceRow: 4, generatedId: false });
    expect(insert.cells).toMatchObject({ country: "VN", amount: 12_760_000, currency: "USD", instrument: "의향서(LOI)", category: "수출", status: "추진중" });

    expect(result.rejected[0].sourceRow).toBe(5);
    expect(result.rejected[0].raw).toEqual(incoming[4]);
    expect(result.rejected[0].reasons.map((r) => r.column)).toEqual(["country"]);
    expect(result.rejected[0].reasons[0].message.ko).toContain("Atlantis");
  });

  it("reads Korean headers and aliases from a department export", () => {
    const incoming = [
      ["관리 번호", "기관명", "협약일자", "협약형태", "구분", "업체명", "국가명", "협약금액", "통화", "진행상황"],
      ["창원-2019-002", "창원시", "2019년 11월 18일", "양해각서", "투자", "Busan Trading", "일본", "500만", "엔", "완료"],
    ];
    const result = plan(current, incoming);
    expect(result.rejected).toEqual([]);
    expect(result.updates[0].diffs).toEqual([{ column: "status", before: "체결", after: "완료" }]);
  });

  it("generates IDs in the task pane's scheme, unique against the table and the batch", () => {
    const incoming = [
      ["추진기관", "체결일", "협약형태", "구분", "상대기관", "국가", "상태"],
      ["창원시", "2019-12-01", "MOU", "투자", "New Partner A", "US", "체결"],
      ["창원시", "2019-12-02", "MOU", "투자", "New Partner B", "US", "체결"],
      ["창원시", "", "MOU", "투자", "Undated", "US", "추진중"],
    ];
    const result = plan(current, incoming);
    expect(result.inserts.map((i) => [i.id, i.generatedId])).toEqual([
      ["창원-2019-003", true],
      ["창원-2019-004", true],
      ["창원-미정-001", true],
    ]);
    expect(result.inserts.every((i) => i.originKey !== null)).toBe(true);
  });

  it("finds ID-less rows again on the next sync (no duplicates), by remembered origin", () => {
    const incoming = [
      ["추진기관", "체결일", "협약형태", "구분", "상대기관", "국가", "상태"],
      ["창원시", "2019-12-01", "MOU", "투자", "New Partner A", "US", "체결"],
    ];
    const first = plan(current, incoming);
    const after = apply(current, EMPTY_SYNC_STATE, first);
    // The officer renames the partner in the sheet; the origin still ties the source row to it.
    const renamed = after.table.map((row) => [...row]);
    renamed[3][COLUMNS.findIndex((c) => c.key === "partner")] = "New Partner A Ltd.";
    const second = plan(renamed, incoming, after.state);
    expect(planCounts(second)).toMatchObject({ inserts: 0, unchanged: 1 });
    expect(second.unchanged[0]).toMatchObject({ id: "창원-2019-003", reason: "sheetNewer" });
  });

  it("matches ID-less rows to identical commitments already typed into the table", () => {
    const incoming = [
      ["추진기관", "체결일", "협약형태", "구분", "상대기관", "국가", "상태"],
      ["창원시", "2019-11-18", "양해각서", "Investment", "Acme Robotics", "미국", "이행중"],
    ];
    const result = plan(current, incoming);
    expect(result.inserts).toEqual([]);
    expect(result.updates[0]).toMatchObject({ id: "창원-2019-001", originKey: expect.any(String) });
  });

  it("never clears a filled cell with a blank incoming cell", () => {
    const incoming = [
      ["ID", "Partner", "Notes", "Status"],
      ["창원-2019-001", "Acme Robotics", "", "체결"],
    ];
    const withNotes = currentTable({ ...ROW_1, notes: "keep me" });
    expect(plan(withNotes, incoming).unchanged).toHaveLength(1);
  });

  it("stores CSV-injection attempts as literal text and keeps numeric columns numeric", () => {
    const injections = ['=HYPERLINK("http://evil.example","click")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(1)", "\t=1", "\r=1"];
    const incoming = [
      ["ID", "Agency", "Instrument", "Category", "Partner", "Country", "Status", "Amount", "Currency", "Notes"],
      ...injections.map((text, i) => [`X-${i}`, "창원시", "MOU", "Export", text, "US", "Signed", "-5", "USD", text]),
    ];
    const result = plan(current, incoming);
    expect(result.rejected).toEqual([]);
    expect(result.inserts.map((i) => i.cells.partner)).toEqual(injections.map((t) => t.trim()));
    const writes = buildWritePlan(result, { now: NOW, amountKrwFormula: FORMULA });
    const appended = writes.chunks.flatMap((c) => c.append ?? []);
    const notes = COLUMNS.findIndex((c) => c.key === "notes");
    const amount = COLUMNS.findIndex((c) => c.key === "amount");
    const amountKrw = COLUMNS.findIndex((c) => c.key === "amountKrw");
    appended.forEach((row, i) => {
      // normalizeRow trims text, so "\t=1" arrives as "=1": still text, never a formula.
      expect(row[notes]).toBe(`'${injections[i].trim()}`);
      expect(row[amount]).toBe(-5);
      // The only formula sync writes is the table's own Amount (KRW) formula.
      expect(row[amountKrw]).toBe(FORMULA);
    });
    const after = apply(current, EMPTY_SYNC_STATE, result);
    expect(after.table.slice(3).map((row) => row[notes])).toEqual(injections.map((t) => t.trim()));
    // A negative amount is stored, and listed as a warning the validation panel will show.
    expect(result.inserts[0].warnings.map((w) => w.code)).toContain("negativeAmount");
  });

  it("reads a CP949 CSV end to end", () => {
    const csv = "관리번호,추진기관,체결일,협약형태,구분,상대기관,국가,상태\r\n창원-2021-001,창원시,2021-05-03,협약서,수출,한국전기,베트남,체결\r\n";
    const decoded = decodeBytes(encodeCp949(csv));
    expect(decoded.encoding).toBe("cp949");
    const table = parseDelimited(decoded.text);
    const result = planSync(current, table.rows, { state: EMPTY_SYNC_STATE, sourceName: "부서.csv", sourceRowNumbers: table.lineOf });
    expect(result.inserts[0].cells).toMatchObject({ partner: "한국전기", country: "VN", instrument: "협약", category: "수출" });
  });

  it("rejects duplicate IDs in the batch, IDs duplicated in the table, and rows wider than the header", () => {
    const doubled = currentTable(ROW_1, ROW_2, { ...ROW_2, partner: "Dup" });
    const incoming = [
      ["ID", "Partner", "Status"],
      ["X-1", "A", "체결"],
      ["X-1", "B", "체결"],
      ["창원-2019-002", "C", "체결"],
      ["창원-2019-001", "D", "체결", "extra"],
    ];
    const result = plan(doubled, incoming);
    expect(result.rejected.map((r) => r.sourceRow)).toEqual([2, 3, 4, 5]);
    expect(result.rejected[0].reasons[0].message.en).toContain("rows 2, 3");
    expect(result.rejected[2].reasons[0].message.en).toContain("table rows 3, 4");
    expect(result.rejected[3].reasons[0].message.en).toContain("4 cells");
  });

  it("counts blank rows instead of losing them silently", () => {
    const result = plan(current, [["ID", "Partner"], ["", ""], ["창원-2019-001", "Acme Robotics"]]);
    expect(result.blankRowsSkipped).toBe(1);
    expect(result.unchanged).toHaveLength(1);
  });

  it("fills the one blank body row of a new table first", () => {
    const empty = [headerRow("en"), COLUMNS.map(() => "")];
    const incoming = [
      ["ID", "Agency", "Instrument", "Category", "Partner", "Country", "Status"],
      ["A-1", "Changwon", "MOU", "Export", "P", "US", "Signed"],
      ["A-2", "Changwon", "MOU", "Export", "Q", "US", "Signed"],
    ];
    const result = plan(empty, incoming);
    expect(result.blankBodyRow).toBe(true);
    const after = apply(empty, EMPTY_SYNC_STATE, result);
    expect(after.table.map((r) => r[0])).toEqual(["ID", "A-1", "A-2"]);
  });
});

describe("conflicts", () => {
  const incomingV1 = [
    ["ID", "Agency", "Instrument", "Category", "Partner", "Country", "Status", "Jobs"],
    ["창원-2019-001", "창원시", "MOU", "투자", "Acme Robotics", "US", "체결", "10"],
  ];
  const incomingV2 = [incomingV1[0], [...incomingV1[1].slice(0, 7), "25"]];
  const jobs = COLUMNS.findIndex((c) => c.key === "jobs");
  const notes = COLUMNS.findIndex((c) => c.key === "notes");

  function syncedOnce() {
    const current = currentTable(ROW_1);
    const first = plan(current, incomingV1);
    return apply(current, EMPTY_SYNC_STATE, first);
  }

  it("updates rows the sheet did not touch since the last sync", () => {
    const after = syncedOnce();
    const second = plan(after.table, incomingV2, after.state);
    expect(second.updates[0].diffs).toEqual([{ column: "jobs", before: 10, after: 25 }]);
  });

  it("keeps sheet edits when the source row has not changed since the last sync", () => {
    const after = syncedOnce();
    const edited = after.table.map((r) => [...r]);
    edited[1][jobs] = 12;
    const second = plan(edited, incomingV1, after.state);
    expect(second.unchanged[0]).toMatchObject({ reason: "sheetNewer", record: null });
    expect(planIsEmpty(second)).toBe(true);
  });

  it("reports a conflict when both changed, and never applies it without a decision", () => {
    const after = syncedOnce();
    const edited = after.table.map((r) => [...r]);
    edited[1][jobs] = 12;
    edited[1][notes] = "checked by phone";
    const second = plan(edited, incomingV2, after.state);
    expect(second.conflicts).toHaveLength(1);
    expect(second.conflicts[0]).toMatchObject({ id: "창원-2019-001", kind: "edited", position: 0 });
    expect(second.conflicts[0].diffs).toEqual([{ column: "jobs", before: 12, after: 25 }]);
    expect(() => buildWritePlan(second, { now: NOW, amountKrwFormula: null })).toThrow(/conflict/);

    const taken = resolveConflicts(second, new Map([["창원-2019-001", "takeIncoming"]]));
    expect(taken.conflicts).toEqual([]);
    const afterTake = apply(edited, after.state, taken);
    expect(afterTake.table[1][jobs]).toBe(25);
    // Only the conflicting field is written: the officer's note stays.
    expect(afterTake.table[1][notes]).toBe("checked by phone");

    const kept = resolveConflicts(second, "keepSheet");
    expect(kept.unchanged.at(-1)).toMatchObject({ reason: "keptSheet" });
    const afterKeep = apply(edited, after.state, kept);
    expect(afterKeep.table[1][jobs]).toBe(12);
    // Keeping the sheet is remembered: the same source row does not ask again.
    expect(plan(afterKeep.table, incomingV2, afterKeep.state).unchanged[0]).toMatchObject({ reason: "sheetNewer" });
  });

  it("treats a row deleted in the sheet after a sync as deleted while the source is unchanged, and as a conflict when it changed", () => {
    const after = syncedOnce();
    const deleted = after.table.slice(0, 1);
    expect(plan(deleted, incomingV1, after.state).unchanged[0]).toMatchObject({ position: null, reason: "sheetNewer" });
    const changed = plan(deleted, incomingV2, after.state);
    expect(changed.conflicts[0]).toMatchObject({ kind: "deletedInSheet", position: null });
    const reinserted = resolveConflicts(changed, "takeIncoming");
    expect(reinserted.inserts.map((i) => i.id)).toEqual(["창원-2019-001"]);
  });
});

describe("rejectedToCsv", () => {
  it("lists the source cells, row number and reasons, with formula-looking cells defused", () => {
    const current = currentTable(ROW_1);
    const incoming = [
      ["ID", "Partner", "Country", "Agency", "Instrument", "Category", "Status"],
      ["X-1", "=HYPERLINK(\"http://evil\")", "Atlantis", "창원시", "MOU", "투자", "체결"],
    ];
    const result = plan(current, incoming);
    const csv = rejectedToCsv(result.rejected, result.sourceHeaders, "ko");
    const rows = parseDelimited(csv).rows;
    expect(rows[0]).toEqual(["ID", "Partner", "Country", "Agency", "Instrument", "Category", "Status", "원본 행", "제외 사유"]);
    expect(rows[1].slice(0, 3)).toEqual(["X-1", "'=HYPERLINK(\"http://evil\")", "Atlantis"]);
    expect(rows[1][7]).toBe("2");
    expect(rows[1][8]).toContain("Atlantis");
    // Without headers, columns are numbered and the reasons are in Korean.
    expect(parseDelimited(rejectedToCsv(result.rejected)).rows[0].slice(0, 2)).toEqual(["(1)", "(2)"]);
  });
});
