/**
 * The bench framework: suites register figures; the runner measures them in one process and
 * prints one table. Speed is a ratio against a baseline measured in the same run (so a slow or
 * busy machine moves both sides), timed as the median of repeated runs after warm-up.
 *
 * A suite file calls registerSuite(...) at import time; bench/index.ts imports each suite with
 * one line.
 */
import { performance } from "node:perf_hooks";

export interface Target {
  /** "<=": the figure must be at most value (ratios to a faster baseline); ">=": at least value. */
  readonly op: "<=" | ">=";
  readonly value: number;
  readonly unit?: string;
}

export interface BenchRow {
  readonly figure: string;
  /** What was measured, formatted: "412 ms", "1.8×", "182 KB". */
  readonly result: string;
  /** The baseline it is compared with, formatted (or "—"). */
  readonly baseline: string;
  /** The number compared with the target. */
  readonly value: number | null;
  readonly target?: Target;
  readonly note?: string;
}

export interface BenchSuite {
  readonly name: string;
  readonly run: () => Promise<BenchRow[]> | BenchRow[];
}

const suites: BenchSuite[] = [];

export function registerSuite(suite: BenchSuite): void {
  suites.push(suite);
}

export function registeredSuites(): readonly BenchSuite[] {
  return suites;
}

export interface Timing {
  readonly medianMs: number;
  readonly runs: number;
}

/**
 * Median wall time of `run`, after `warmup` untimed runs. `setup` runs before every run,
 * untimed, and its result is passed in (e.g. a fresh array, as Excel passes on each recalculation).
 */
export function measure<S>(options: { setup: () => S; run: (state: S) => unknown; runs?: number; warmup?: number }): Timing {
  const runs = options.runs ?? 9;
  const warmup = options.warmup ?? 3;
  const times: number[] = [];
  let sink: unknown;
  for (let i = 0; i < warmup + runs; i++) {
    const state = options.setup();
    const start = performance.now();
    sink = options.run(state);
    const elapsed = performance.now() - start;
    if (i >= warmup) times.push(elapsed);
  }
  if (sink === Symbol.for("never")) console.log(sink); // keep the result alive so the work is not optimised away
  return { medianMs: median(times), runs };
}

/**
 * Median wall time of a batch of calls, each timed on its own input: `setup(i)` builds call i's
 * input untimed (a fresh copy of the arguments, as Excel passes every formula cell its own), and
 * only the calls are summed. For a report grid: 400 cells, 400 copies of the table.
 */
export function measureCalls<S>(options: { calls: number; setup: (call: number) => S; run: (state: S, call: number) => unknown; runs?: number; warmup?: number }): Timing {
  const runs = options.runs ?? 3;
  const warmup = options.warmup ?? 1;
  const totals: number[] = [];
  let sink: unknown;
  for (let i = 0; i < warmup + runs; i++) {
    let total = 0;
    for (let call = 0; call < options.calls; call++) {
      const state = options.setup(call);
      const start = performance.now();
      sink = options.run(state, call);
      total += performance.now() - start;
    }
    if (i >= warmup) totals.push(total);
  }
  if (sink === Symbol.for("never")) console.log(sink);
  return { medianMs: median(totals), runs };
}

/**
 * Times a subject and its baseline in alternation (subject, baseline, subject, …), so a change
 * in machine load during the measurement hits both sides alike; medians of each.
 */
export function measurePair<S>(options: {
  setup: () => S;
  subject: (state: S) => unknown;
  baseline: (state: S) => unknown;
  runs?: number;
  warmup?: number;
}): { subject: Timing; baseline: Timing } {
  const runs = options.runs ?? 11;
  const warmup = options.warmup ?? 3;
  const subject: number[] = [];
  const baseline: number[] = [];
  let sink: unknown;
  for (let i = 0; i < warmup + runs; i++) {
    for (const [run, times] of [
      [options.subject, subject],
      [options.baseline, baseline],
    ] as const) {
      const state = options.setup();
      const start = performance.now();
      sink = run(state);
      const elapsed = performance.now() - start;
      if (i >= warmup) times.push(elapsed);
    }
  }
  if (sink === Symbol.for("never")) console.log(sink);
  return { subject: { medianMs: median(subject), runs }, baseline: { medianMs: median(baseline), runs } };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const ms = (value: number) => (value >= 100 ? `${value.toFixed(0)} ms` : value >= 1 ? `${value.toFixed(1)} ms` : `${value.toFixed(3)} ms`);
export const times = (value: number) => `${value >= 10 ? value.toFixed(0) : value.toFixed(2)}×`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

export function status(row: BenchRow): string {
  if (!row.target || row.value === null) return "—";
  const ok = row.target.op === "<=" ? row.value <= row.target.value : row.value >= row.target.value;
  return ok ? "PASS" : "MISS";
}

export function targetText(target: Target | undefined): string {
  return target ? `${target.op === "<=" ? "≤" : "≥"} ${target.value}${target.unit ?? ""}` : "—";
}

/** A plain-text table (also valid Markdown) of every suite's rows. */
export function renderTable(results: readonly { suite: string; rows: readonly BenchRow[] }[]): string {
  const header = ["Suite", "Figure", "Result", "Baseline", "Target", "Status", "Note"];
  const lines = results.flatMap(({ suite, rows }) =>
    rows.map((row) => [suite, row.figure, row.result, row.baseline, targetText(row.target), status(row), row.note ?? ""]),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  return [format(header), `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`, ...lines.map(format)].join("\n");
}
