import { COLUMNS, headerRow, type ColumnKey } from "../schema";
import { planSync } from "./planSync";
import { EMPTY_SYNC_STATE } from "./syncState";
import { jsonBytes, utf8Length } from "../payload/jsonBytes";
import { buildWritePlan } from "./writePlan";

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
