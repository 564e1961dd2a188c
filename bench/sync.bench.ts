/**
 * Sync bench: planning a 10,000-row import against a 100,000-row Commitments
 * table (half the rows update or confirm existing IDs, half are new), as a
 * ratio to the least any plan must do: build one Map of the current IDs.
 */
import { COLUMNS, headerRow, isoToSerial, type ColumnKey } from "../src/schema";
import { planSync, EMPTY_SYNC_STATE, autoMap, sourceHeaders, applyInMemory, buildWritePlan } from "../src/sync";
import { normalizeRow } from "../src/validation";
import { measurePair, ms, registerSuite, times } from "./harness";

const COUNTRIES = ["US", "JP", "VN", "CN", "DE", "FR", "IN", "ID"];
const STATUSES = ["체결", "이행중", "완료", "추진중"];

function currentTable(rows: number): unknown[][] {
  const table: unknown[][] = [headerRow("ko")];
  for (let i = 0; i < rows; i++) {
    const values: Partial<Record<ColumnKey, unknown>> = {
      id: `창원-${2015 + (i % 10)}-${String(i).padStart(6, "0")}`,
      agency: "창원시",
      signed: isoToSerial(`${2015 + (i % 10)}-0${(i % 9) + 1}-1${i % 10}`),
      instrument: "양해각서(MOU)",
      category: "투자",
      partner: `Partner ${i}`,
      country: COUNTRIES[i % COUNTRIES.length],
      amount: 1000 + i,
      currency: "USD",
      status: STATUSES[i % STATUSES.length],
      notes: i % 3 === 0 ? `follow-up ${i}` : "",
    };
    table.push(COLUMNS.map((c) => values[c.key] ?? ""));
  }
  return table;
}

function incomingBatch(rows: number, current: number): unknown[][] {
  const batch: unknown[][] = [["ID", "Agency", "Signed", "Instrument", "Category", "Partner", "Country", "Amount", "Currency", "Status", "Notes"]];
  for (let i = 0; i < rows; i++) {
    const existing = i % 2 === 0;
    const n = existing ? (i * 7) % current : current + i;
    batch.push([
      `창원-${2015 + (n % 10)}-${String(n).padStart(6, "0")}`,
      "창원시",
      `${2015 + (n % 10)}-0${(n % 9) + 1}-1${n % 10}`,
      "MOU",
      "Investment",
      `Partner ${n}`,
      COUNTRIES[n % COUNTRIES.length],
      String(1000 + n),
      "USD",
      existing && i % 4 === 0 ? "Completed" : STATUSES[n % STATUSES.length],
      n % 3 === 0 ? `follow-up ${n}` : "",
    ]);
  }
  return batch;
}

registerSuite({
  name: "sync",
  run: () => {
    const current = currentTable(100_000);
    const incoming = incomingBatch(10_000, 100_000);
    const idIndex = 0;
    const mapOfIds = (table: unknown[][]) => {
      const ids = new Map<string, number>();
      for (let i = 1; i < table.length; i++) ids.set(String(table[i][idIndex]), i);
      return ids;
    };
    // Subject and baseline in alternation (the harness's rule, see README "Benchmarks"): timed
    // one after the other, a change in machine load between them moved the ratio by 2× on the shared machine.
    const { subject: planning, baseline } = measurePair({
      setup: () => current,
      subject: (table) => planSync(table, incoming, { state: EMPTY_SYNC_STATE, sourceName: "bench.csv" }),
      baseline: mapOfIds,
      runs: 7,
      warmup: 2,
    });
    // Where the time goes: the shared row normaliser alone, once per incoming row (the least any
    // import that validates like the validation panel must do), on the same baseline.
    const keys = sourceHeaders(incoming[0], "ko").map((h) => autoMap([h]).mapping.get(h));
    const { subject: normalising, baseline: normalisingBaseline } = measurePair({
      setup: () => current,
      subject: () => {
        let problems = 0;
        for (let i = 1; i < incoming.length; i++) {
          const raw: Record<string, unknown> = {};
          keys.forEach((key, j) => key && (raw[key] = incoming[i][j]));
          problems += normalizeRow(raw, "ko").problems.length;
        }
        return problems;
      },
      baseline: mapOfIds,
      runs: 7,
      warmup: 2,
    });
    // A list without IDs, synced once, then synced again (the monthly re-import): every row is
    // found through its remembered origin, with no natural key computed for the table's rows.
    const idless = incomingBatch(10_000, 100_000).map((row) => row.slice(1));
    const firstPlan = planSync(current, idless, { state: EMPTY_SYNC_STATE, sourceName: "idless.csv" });
    const synced = applyInMemory({ table: current, state: EMPTY_SYNC_STATE }, buildWritePlan(firstPlan, { now: 0, amountKrwFormula: null }));
    const { subject: reimport, baseline: reimportBaseline } = measurePair({
      setup: () => synced.table,
      subject: (table) => planSync(table, idless, { state: synced.state, sourceName: "idless.csv" }),
      baseline: mapOfIds,
      runs: 5,
      warmup: 1,
    });
    const reimported = planSync(synced.table, idless, { state: synced.state, sourceName: "idless.csv" });
    const sample = planSync(current, incoming, { state: EMPTY_SYNC_STATE, sourceName: "bench.csv" });
    return [
      {
        figure: "planSync: 10k incoming vs 100k current",
        result: times(planning.medianMs / baseline.medianMs),
        baseline: `Map of 100k IDs: ${ms(baseline.medianMs)}`,
        value: planning.medianMs / baseline.medianMs,
        target: { op: "<=", value: 5, unit: "×" },
        note: `${ms(planning.medianMs)}; ${sample.inserts.length} inserts, ${sample.updates.length} updates, ${sample.unchanged.length} unchanged, ${sample.rejected.length} rejected`,
      },
      {
        figure: "of which: normalizeRow on the 10k incoming rows",
        result: times(normalising.medianMs / normalisingBaseline.medianMs),
        baseline: `Map of 100k IDs: ${ms(normalisingBaseline.medianMs)}`,
        value: normalising.medianMs / normalisingBaseline.medianMs,
        note: `${ms(normalising.medianMs)}: the shared validation every imported row goes through`,
      },
      {
        figure: "planSync: 10k rows without IDs re-imported vs 105k current",
        result: times(reimport.medianMs / reimportBaseline.medianMs),
        baseline: `Map of 105k IDs: ${ms(reimportBaseline.medianMs)}`,
        value: reimport.medianMs / reimportBaseline.medianMs,
        note: `${ms(reimport.medianMs)}; ${reimported.unchanged.length} unchanged, ${reimported.inserts.length} inserts, ${reimported.updates.length} updates (found by remembered origin)`,
      },
    ];
  },
});
