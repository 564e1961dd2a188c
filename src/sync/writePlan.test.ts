import { COLUMNS, headerRow, type ColumnKey } from "../schema";
import { planSync } from "./planSync";
import { EMPTY_SYNC_STATE } from "./syncState";
import { jsonBytes, utf8Length } from "../payload/jsonBytes";
import { buildWritePlan, rowCheckBytes } from "./writePlan";
import { partBytes, recordTuple } from "./stateParts";

const NOW = Date.UTC(2026, 10, 22);
const row = (values: Partial<Record<ColumnKey, unknown>>) => COLUMNS.map((c) => values[c.key] ?? "");
const base = { agency: "창원시", instrument: "양해각서(MOU)", category: "투자", partner: "P", country: "US", status: "체결" };

function fixture(tableRows: number, changeEvery: number, newRows: number) {
  const current = [headerRow("ko"), ...Array.from({ length: tableRows }, (_, i) => row({ ...base, id: `T-${i}`, jobs: 1 }))];
  const incoming = [
    ["ID", "Agency", "Instrument", "Category", "Partner", "Country", "Status", "Jobs", "Notes"],
    ...Array.from({ length: tableRows }, (_, i) => [`T-${i}`, "창원시", "MOU", "투자", "P", "US", "체결", i % changeEvery === 0 ? 2 : 1, ""]),
    ...Array.from({ length: newRows }, (_, i) => [`N-${i}`, "창원시", "MOU", "투자", "P", "US", "체결", 3, "한글 메모 ".repeat(20)]),
  ];
  return planSync(current, incoming, { state: EMPTY_SYNC_STATE, sourceName: "t" });
}

describe("buildWritePlan", () => {
  it("groups contiguous updated rows into one range and writes only changed cells (null elsewhere)", () => {
    const plan = fixture(6, 1, 0);
    const writes = buildWritePlan(plan, { now: NOW, amountKrwFormula: "=1" });
    expect(writes.chunks).toHaveLength(1);
    expect(writes.chunks[0].updates).toHaveLength(1);
    const range = writes.chunks[0].updates[0];
    expect(range.firstRow).toBe(0);
    expect(range.values).toHaveLength(6);
    const jobs = COLUMNS.findIndex((c) => c.key === "jobs");
    const updated = COLUMNS.findIndex((c) => c.key === "updated");
    range.values[0].forEach((cell, index) => {
      if (index === jobs) expect(cell).toBe(2);
      else if (index === updated) expect(typeof cell).toBe("number");
      else expect(cell).toBeNull();
    });
    expect(writes.chunks[0].undoUpdates[0]).toEqual({ id: "T-0", columns: [jobs, updated], before: [1, ""] });
  });

  it("splits non-contiguous rows into separate ranges", () => {
    const writes = buildWritePlan(fixture(6, 3, 0), { now: NOW, amountKrwFormula: null });
    expect(writes.chunks[0].updates.map((u) => u.firstRow)).toEqual([0, 3]);
  });

  it("cuts chunks by payload bytes, whole rows only, every chunk under the budget", () => {
    const plan = fixture(50, 2, 200);
    const limit = 20_000;
    const writes = buildWritePlan(plan, { now: NOW, amountKrwFormula: "=1", maxChunkBytes: limit });
    expect(writes.chunks.length).toBeGreaterThan(3);
    for (const chunk of writes.chunks) {
      expect(chunk.bytes).toBeLessThanOrEqual(limit);
      // The values actually sent are within the accounted bytes.
      expect(jsonBytes(chunk.updates) + jsonBytes(chunk.append)).toBeLessThanOrEqual(chunk.bytes + 200);
      for (const append of chunk.append ?? []) expect(append).toHaveLength(COLUMNS.length);
    }
    const appended = writes.chunks.flatMap((c) => c.appendedIds);
    expect(appended).toEqual(Array.from({ length: 200 }, (_, i) => `N-${i}`));
    // Unchanged rows get their first last-sync record too, so later edits can be told from source changes.
    expect(writes.chunks.flatMap((c) => c.records).length).toBe(50 + 200);
  });

  it("counts UTF-8 bytes (Korean is 3 bytes a character)", () => {
    expect(utf8Length("가")).toBe(3);
    expect(utf8Length("a")).toBe(1);
    expect(utf8Length("😀")).toBe(4);
  });
});

describe("buildWritePlan: Excel's conditions (issue 10 items 3 and 8)", () => {
  const withSerial = () => {
    const current = [["연번", ...headerRow("ko")], [1, ...row({ ...base, id: "T-0" })]];
    const incoming = [
      ["ID", "Agency", "Instrument", "Category", "Partner", "Country", "Status"],
      ["N-1", "창원시", "MOU", "투자", "P", "US", "체결"],
      ["N-2", "창원시", "MOU", "투자", "Q", "US", "체결"],
    ];
    return planSync(current, incoming, { state: EMPTY_SYNC_STATE, sourceName: "t" });
  };

  it("writes null, never \"\", into columns sync does not own (a leading 연번 stays the officer's)", () => {
    const writes = buildWritePlan(withSerial(), { now: NOW, amountKrwFormula: null });
    const append = writes.chunks[0].append!;
    expect(append).toHaveLength(2);
    for (const line of append) {
      expect(line[0]).toBeNull();
      expect(line[1]).toMatch(/^N-/);
      // Amount (KRW) is left to the table's calculated column when there is no formula to write.
      expect(line[1 + COLUMNS.findIndex((c) => c.key === "amountKrw")]).toBeNull();
    }
  });

  it("fills the blank rows at the table's end before appending", () => {
    const writes = buildWritePlan(withSerial(), { now: NOW, amountKrwFormula: "=1", blankRows: [5] });
    const chunk = writes.chunks[0];
    expect(chunk.updates).toEqual([expect.objectContaining({ firstRow: 5, ids: [null] })]);
    expect(chunk.updates[0].values[0][1]).toBe("N-1");
    expect(chunk.append?.map((r) => r[1])).toEqual(["N-2"]);
    expect(chunk.appendedIds).toEqual(["N-1", "N-2"]);
  });

  it("cuts chunks so each chunk's delta part stays under the part cap, and every update row carries its ID for the in-request check", () => {
    const plan = fixture(300, 1, 300);
    const writes = buildWritePlan(plan, { now: NOW, amountKrwFormula: "=1", maxPartBytes: 8_000 });
    expect(writes.chunks.length).toBeGreaterThan(5);
    for (const chunk of writes.chunks) {
      const part = {
        kind: "delta" as const,
        run: 1,
        seq: 0,
        source: "t",
        at: NOW,
        tableColumns: writes.tableColumns,
        records: chunk.records.map(([id, r]) => recordTuple(id, r)),
        origins: chunk.origins,
        undoUpdates: chunk.undoUpdates,
        appendedIds: chunk.appendedIds,
      };
      expect(partBytes(part)).toBeLessThanOrEqual(8_000);
      expect(chunk.partBytes).toBeGreaterThanOrEqual(partBytes(part) - 600);
      for (const range of chunk.updates) expect(range.ids).toHaveLength(range.values.length);
    }
    // The in-request checks are paid for in the request budget.
    const plain = buildWritePlan(fixture(300, 1, 0), { now: NOW, amountKrwFormula: "=1" });
    expect(plain.totalBytes).toBeGreaterThan(300 * rowCheckBytes("T-0"));
  });
});
