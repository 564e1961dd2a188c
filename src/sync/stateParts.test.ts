import {
  compactParts,
  mergeState,
  partToXml,
  recordTuple,
  tupleRecord,
  MAX_PART_BYTES,
  SYNC_STATE_NAMESPACE,
  undoSummary,
  xmlToPart,
  type DeltaPart,
  type StoredPart,
} from "./stateParts";

function delta(run: number, seq: number, records: [string, string, string][], appended: string[] = []): DeltaPart {
  return { kind: "delta", run, seq, source: "dept.csv", at: 0, tableColumns: ["id"], records, origins: [], undoUpdates: [], appendedIds: appended };
}

describe("sync-state parts", () => {
  it("round-trips through XML in its namespace, including XML-special and odd characters", () => {
    const part = delta(1, 0, [["<A&B>]]>", "fp\u0000", "src\ufffe"]]);
    const xml = partToXml(part);
    expect(xml).toContain(`xmlns="${SYNC_STATE_NAMESPACE}"`);
    expect(xml).not.toMatch(/[\u0000\ufffe]/);
    expect(xmlToPart(xml)).toEqual(part);
    expect(xmlToPart(`<?xml version="1.0"?>\n${xml.replace("&lt;", "&#60;")}`)).toEqual(part);
  });

  it("merges base and later deltas in run order; the newest run is the undo journal", () => {
    const stored: StoredPart[] = [
      { partId: "b", part: { kind: "base", gen: 1, index: 0, count: 1, coversRun: 2, records: [["A", "1", "1"]], origins: [["o#0", "A"]] } },
      { partId: "old", part: delta(2, 0, [["A", "stale", "stale"]]) },
      { partId: "d2", part: delta(4, 1, [["B", "4b", "4b"]], ["B"]) },
      { partId: "d1", part: delta(3, 0, [["A", "3", "3"]]) },
      { partId: "d3", part: delta(4, 0, [["A", "4", "4"]]) },
    ];
    const merged = mergeState(stored);
    expect(Object.fromEntries(merged.state.records)).toEqual({ A: { fp: "4", src: "4" }, B: { fp: "4b", src: "4b" } });
    expect(merged.state.origins.get("o#0")).toBe("A");
    expect(merged.lastRun.map((p) => p.partId)).toEqual(["d3", "d2"]);
    expect(merged.nextRun).toBe(5);
    expect(merged.needsCompaction).toBe(true);
    expect(undoSummary(merged)).toEqual({ run: 4, source: "dept.csv", at: 0, updated: 0, appended: 1 });
  });

  it("ignores an unfinished base generation (a compaction interrupted midway)", () => {
    const stored: StoredPart[] = [
      { partId: "b1", part: { kind: "base", gen: 1, index: 0, count: 1, coversRun: 0, records: [["A", "1", "1"]], origins: [] } },
      { partId: "b2", part: { kind: "base", gen: 2, index: 0, count: 2, coversRun: 0, records: [["A", "2", "2"]], origins: [] } },
    ];
    expect(mergeState(stored).state.records.get("A")).toEqual({ fp: "1", src: "1" });
  });

  it("splits compaction into parts under the byte budget, and the parts merge back to the same state", () => {
    const records = new Map(Array.from({ length: 2000 }, (_, i) => [`창원-2019-${i}`, { fp: "0123456789abcdef", src: "fedcba9876543210" }] as const));
    const parts = compactParts({ records, origins: new Map([["k#0", "창원-2019-1"]]) }, 3, 7, 20_000);
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) expect(new TextEncoder().encode(partToXml(part)).length).toBeLessThanOrEqual(20_000);
    const merged = mergeState(parts.map((part, i) => ({ partId: String(i), part })));
    expect(merged.state.records.size).toBe(2000);
    expect(merged.state.origins.get("k#0")).toBe("창원-2019-1");
    expect(merged.needsCompaction).toBe(false);
    expect(merged.nextRun).toBe(8);
  });
});

describe("the undo journal and compaction (issue 9 item 11)", () => {
  const part = (run: number, seq: number, records: [string, string, string][], writes: boolean): DeltaPart => ({
    ...delta(run, seq, records, writes ? [records[0][0]] : []),
  });

  it("a records-only run never becomes the undo journal; undo also deletes the records-only runs after it", () => {
    const stored: StoredPart[] = [
      { partId: "w1", part: part(1, 0, [["A", "1", "1"]], true) },
      { partId: "w2", part: part(2, 0, [["B", "2", "2"]], true) },
      { partId: "r3", part: part(3, 0, [["C", "3", "3"]], false) },
    ];
    const merged = mergeState(stored);
    expect(merged.lastRun.map((p) => p.partId)).toEqual(["w2"]);
    expect(merged.undoParts.map((p) => p.partId)).toEqual(["w2", "r3"]);
    expect(undoSummary(merged)?.run).toBe(2);
    // Compaction folds only what came before the undoable run.
    expect(merged.foldable.coversRun).toBe(1);
    expect(merged.foldable.partIds).toEqual(["w1"]);
    expect([...merged.foldable.state.records.keys()]).toEqual(["A"]);
    expect([...merged.state.records.keys()].sort()).toEqual(["A", "B", "C"]);
    // After compaction, the base plus the kept deltas merge to the same records, and the journal is intact.
    const base = compactParts(merged.foldable.state, merged.nextGen, merged.foldable.coversRun);
    const after = mergeState([...base.map((p, i) => ({ partId: `b${i}`, part: p })), stored[1], stored[2]]);
    expect(Object.fromEntries(after.state.records)).toEqual(Object.fromEntries(merged.state.records));
    expect(after.lastRun.map((p) => p.partId)).toEqual(["w2"]);
    expect(after.needsCompaction).toBe(false);
  });

  it("stores the source and authority of a record and reads them back", () => {
    const tuple = recordTuple("A", { fp: "f", src: "s", source: "dept.csv", authority: "hq.csv" });
    expect(tupleRecord(tuple)).toEqual({ fp: "f", src: "s", source: "dept.csv", authority: "hq.csv" });
    expect(tupleRecord(recordTuple("B", { fp: "f", src: "s" }))).toEqual({ fp: "f", src: "s" });
    expect(tupleRecord(recordTuple("C", { fp: "f", src: "s", authority: "hq.csv" }))).toEqual({ fp: "f", src: "s", authority: "hq.csv" });
  });

  it("keeps every part under MAX_PART_BYTES (880 KB, under the simulator's 900 KB cap)", () => {
    expect(MAX_PART_BYTES).toBeLessThanOrEqual(900 * 1024);
    const records = new Map(Array.from({ length: 40_000 }, (_, i) => [`창원-2019-&<${i}>`, { fp: "0123456789abcdef", src: "fedcba9876543210", source: "부서.csv" }] as const));
    const parts = compactParts({ records, origins: new Map() }, 1, 1);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(new TextEncoder().encode(partToXml(p)).length).toBeLessThanOrEqual(MAX_PART_BYTES);
  });
});
