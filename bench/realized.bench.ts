/**
 * REALIZED bench: COMMIT.REALIZED(progress, commitments, "2019-Q4", "구분=수출") over 100k
 * progress rows joined to 20k messy commitments, against a minimal hand-written join-and-sum
 * loop over the same arrays that computes the same answer. Each timed call gets fresh outer
 * arrays, as Excel passes new ones on every recalculation. Also reports the per-call payload:
 * Excel marshals both tables as JSON on every call.
 */
import { realized } from "../src/functions/functions";
import { CATEGORIES, PROGRESS_KINDS, STATUSES, dateToSerial, isoToSerial, matchEnum, progressHeaderRow } from "../src/schema";
import { generateCommitments } from "./commitmentsData";
import { kb, measurePair, ms, registerSuite, times, type BenchRow } from "./harness";

type Table = unknown[][];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** 100k progress rows over the commitments' IDs: serial or text dates, amounts as numbers or numeric text. */
export function generateProgress(commitments: Table, rows: number, seed = 2019): Table {
  const next = random(seed);
  const ids = commitments.slice(1).map((row) => row[0] as string);
  const start = dateToSerial({ year: 2018, month: 1, day: 1 });
  const table: Table = [progressHeaderRow("ko")];
  const perId = new Map<string, number>();
  for (let i = 0; i < rows; i++) {
    const id = ids[Math.floor(next() * ids.length)];
    const sequence = (perId.get(id) ?? 0) + 1;
    perId.set(id, sequence);
    const serial = start + Math.floor(next() * 365 * 4);
    const krw = Math.round(next() * 1e8);
    table.push([
      `${id}-P${String(sequence).padStart(2, "0")}`,
      next() < 0.05 ? ` ${id}` : id,
      next() < 0.8 ? serial : new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10),
      PROGRESS_KINDS[Math.floor(next() * PROGRESS_KINDS.length)].ko,
      krw,
      "KRW",
      next() < 0.8 ? krw : krw.toLocaleString("en-US"),
      next() < 0.7 ? "" : Math.floor(next() * 10),
      "",
      "",
      serial + 0.5,
    ]);
  }
  return table;
}

/** The baseline: which commitments count (export, not cancelled), then one pass over progress. */
function handRealized(progress: Table, commitments: Table): number {
  const h = commitments[0] as string[];
  const [ii, ki, si] = ["관리번호", "구분", "상태"].map((name) => h.indexOf(name));
  const isExport = new Map<unknown, boolean>();
  const cancelled = new Map<unknown, boolean>();
  const counted = new Map<string, boolean>();
  for (let r = 1; r < commitments.length; r++) {
    const row = commitments[r];
    let exp = isExport.get(row[ki]);
    if (exp === undefined) isExport.set(row[ki], (exp = matchEnum(CATEGORIES, row[ki])?.value === "export"));
    let off = cancelled.get(row[si]);
    if (off === undefined) cancelled.set(row[si], (off = matchEnum(STATUSES, row[si])?.value === "cancelled"));
    counted.set(String(row[ii]).trim(), exp && !off);
  }
  const [start, end] = [isoToSerial("2019-10-01"), isoToSerial("2019-12-31")];
  let sum = 0;
  for (let r = 1; r < progress.length; r++) {
    const row = progress[r];
    const take = counted.get(String(row[1]).trim());
    if (take === undefined) throw new Error(`unknown commitment ${String(row[1])}`);
    if (!take) continue;
    const date = typeof row[2] === "number" ? row[2] : isoToSerial(row[2] as string);
    if (date < start || date > end) continue;
    sum += typeof row[6] === "number" ? row[6] : Number(String(row[6]).replace(/,/g, ""));
  }
  return sum;
}

function realizedRows(): BenchRow[] {
  const commitments = generateCommitments({ rows: 20_000, messy: true });
  const progress = generateProgress(commitments, 100_000);
  const fresh = () => ({ progress: progress.slice(), commitments: commitments.slice() });
  const ours = (t: ReturnType<typeof fresh>) => realized(t.progress, t.commitments, "2019-Q4", ["구분=수출"]);
  const hand = (t: ReturnType<typeof fresh>) => handRealized(t.progress, t.commitments);
  const check = ours(fresh());
  if (check !== hand(fresh()) || check === 0) throw new Error(`REALIZED ${check} and the baseline ${hand(fresh())} disagree`);
  const pair = measurePair({ setup: fresh, subject: ours, baseline: hand });
  const ratio = pair.subject.medianMs / pair.baseline.medianMs;
  const payload = Buffer.byteLength(JSON.stringify(progress)) + Buffer.byteLength(JSON.stringify(commitments));
  return [
    {
      figure: 'REALIZED(P, C, "2019-Q4", "구분=수출"), 100k progress rows × 20k messy commitments',
      result: `${ms(pair.subject.medianMs)} (${times(ratio)})`,
      baseline: `hand join-and-sum loop ${ms(pair.baseline.medianMs)}`,
      value: ratio,
      target: { op: "<=", value: 3, unit: "×" },
      note: `fresh arrays per call; ${kb(payload)} of arguments per call as JSON`,
    },
  ];
}

registerSuite({ name: "realized", run: () => realizedRows() });
