import { ExcelSimulator } from "../simulator";
import { DEMO_STORAGE_KEY, clearDemoSnapshot, loadDemoSnapshot, saveDemoSnapshot } from "./demoStorage";
import { keepDemoSaved } from "./keepDemoSaved";
import { openDemoWorkbook } from "./openDemoWorkbook";
import { TABLE_NAME } from "../schema";
import { SEED_COMMITMENTS } from "./seedWorkbook";

/** localStorage as browsers implement it, with an optional quota to provoke QuotaExceededError. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (value.length > this.quota) {
      const error = new Error("The quota has been exceeded.");
      error.name = "QuotaExceededError";
      throw error;
    }
    this.items.set(key, value);
  }
}

class FakeWindow {
  readonly listeners = new Map<string, Set<() => void>>();
  addEventListener(type: string, listener: () => void) {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(listener);
  }
  removeEventListener(type: string, listener: () => void) {
    this.listeners.get(type)?.delete(listener);
  }
  fire(type: string) {
    for (const listener of this.listeners.get(type) ?? []) listener();
  }
}

async function writeCell(sim: ExcelSimulator, sheet: string, address: string, value: unknown) {
  await sim.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
    await context.sync();
  });
}

describe("demo storage", () => {
  it("round-trips a workbook snapshot under the commitment-tracker-demo key", () => {
    const storage = new MemoryStorage();
    const sim = new ExcelSimulator();
    sim.debug.setValues("Sheet1", "B2", [["볼티모어", 42]]);
    expect(saveDemoSnapshot(storage, sim.snapshot(), new Date("2026-01-02T03:04:05Z"))).toBeNull();
    expect(storage.key(0)).toBe(DEMO_STORAGE_KEY);
    const loaded = loadDemoSnapshot(storage);
    expect(loaded).toMatchObject({ kind: "loaded", savedAt: "2026-01-02T03:04:05.000Z" });
    if (loaded.kind !== "loaded") throw new Error("not loaded");
    expect(ExcelSimulator.fromSnapshot(loaded.snapshot).debug.cell("Sheet1", "C2")).toBe(42);
    clearDemoSnapshot(storage);
    expect(loadDemoSnapshot(storage)).toEqual({ kind: "empty" });
  });

  it("explains unreadable saved state instead of failing or ignoring it", () => {
    const storage = new MemoryStorage();
    storage.setItem(DEMO_STORAGE_KEY, "{not json");
    expect(loadDemoSnapshot(storage)).toMatchObject({ kind: "unreadable", reason: expect.stringContaining("not valid JSON") });
    storage.setItem(DEMO_STORAGE_KEY, JSON.stringify({ version: 7, snapshot: {} }));
    expect(loadDemoSnapshot(storage)).toMatchObject({ kind: "unreadable", reason: expect.stringContaining("version 7") });
  });

  it("reports a full quota as a message", () => {
    const storage = new MemoryStorage(10);
    expect(saveDemoSnapshot(storage, new ExcelSimulator().snapshot())).toMatch(/QuotaExceededError/);
  });
});

describe("openDemoWorkbook", () => {
  it("seeds a fresh workbook with the demo commitments and computes Amount (KRW)", async () => {
    const { sim, restoredFrom, problem } = await openDemoWorkbook(new MemoryStorage());
    expect(restoredFrom).toBeNull();
    expect(problem).toBeNull();
    const values = sim.debug.tableValues(TABLE_NAME);
    expect(values.length).toBe(SEED_COMMITMENTS.length + 1);
    expect(values.flat()).not.toContain("#NAME?");
  });

  it("restores the saved workbook, formulas and all", async () => {
    const storage = new MemoryStorage();
    const first = await openDemoWorkbook(storage);
    await writeCell(first.sim, "약정", "M10", 1000);
    saveDemoSnapshot(storage, first.sim.snapshot());
    const second = await openDemoWorkbook(storage);
    expect(second.restoredFrom).not.toBeNull();
    expect(second.sim.debug.cell("약정", "M10")).toBe(1000);
    // Amount (KRW) recomputes from the edited Amount: 1,000 USD at the 2019 trip rate.
    expect(second.sim.debug.cell("약정", "O10")).toBeCloseTo(1_158_900, 4);
  });

  it("starts from the seed and says why when the saved state cannot be opened", async () => {
    const storage = new MemoryStorage();
    storage.setItem(DEMO_STORAGE_KEY, JSON.stringify({ version: 1, savedAt: "x", snapshot: { version: 1, sheets: [] } }));
    const { sim, problem } = await openDemoWorkbook(storage);
    expect(problem).toMatch(/saved demo could not be opened/);
    expect(sim.debug.tableNames()).toContain(TABLE_NAME);
  });
});

describe("keepDemoSaved", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("coalesces changes into one save and flushes on pagehide", async () => {
    const storage = new MemoryStorage();
    const target = new FakeWindow();
    const sim = new ExcelSimulator();
    const errors: (string | null)[] = [];
    const saver = keepDemoSaved(sim, storage, (error) => errors.push(error), target);
    await writeCell(sim, "Sheet1", "A1", "첫째");
    await writeCell(sim, "Sheet1", "A2", "둘째");
    expect(storage.getItem(DEMO_STORAGE_KEY)).toBeNull();
    jest.advanceTimersByTime(300);
    expect(errors).toEqual([null]);
    const saved = loadDemoSnapshot(storage);
    expect(saved.kind === "loaded" && ExcelSimulator.fromSnapshot(saved.snapshot).debug.cell("Sheet1", "A2")).toBe("둘째");

    await writeCell(sim, "Sheet1", "A3", "셋째");
    target.fire("pagehide");
    const flushed = loadDemoSnapshot(storage);
    expect(flushed.kind === "loaded" && ExcelSimulator.fromSnapshot(flushed.snapshot).debug.cell("Sheet1", "A3")).toBe("셋째");
    saver.stop();
  });

  it("stops saving after stop(), so Reset is not undone by a late save", async () => {
    const storage = new MemoryStorage();
    const target = new FakeWindow();
    const sim = new ExcelSimulator();
    const saver = keepDemoSaved(sim, storage, () => undefined, target);
    await writeCell(sim, "Sheet1", "A1", "x");
    saver.stop();
    jest.advanceTimersByTime(1000);
    target.fire("pagehide");
    expect(storage.getItem(DEMO_STORAGE_KEY)).toBeNull();
    expect([...target.listeners.values()].every((set) => set.size === 0)).toBe(true);
  });

  it("passes a failed save to the caller", async () => {
    const storage = new MemoryStorage(5);
    const sim = new ExcelSimulator();
    const errors: (string | null)[] = [];
    keepDemoSaved(sim, storage, (error) => errors.push(error), new FakeWindow());
    await writeCell(sim, "Sheet1", "A1", "x");
    jest.advanceTimersByTime(300);
    expect(errors[0]).toMatch(/QuotaExceededError/);
  });
});
