/**
 * Shared fixtures for the sync adapter suites (test support; no production code imports it).
 * Every suite runs with Excel's auto-expansion as Excel does it ("excel") and switched off
 * ("never": AutoCorrect "include new rows" off), and with both ways of growing the table.
 */
import { ExcelSimulator, type TableAutoExpand } from "../../src/simulator";
import { COLUMNS, TABLE_NAME, headerRow, isoToSerial, type ColumnKey } from "../../src/schema";
import { planIsEmpty, planSync, resolveConflicts, type ConflictChoice } from "../../src/sync";
import { applyPlan, readCurrent, type ApplyOptions } from "../../src/taskpane/host/sync";
import type { GrowMethod } from "../../src/taskpane/host/syncChecks";

export const NOW = Date.UTC(2026, 10, 22, 1, 0, 0);
export const SIGNED = isoToSerial("2019-11-18");
export const HEADER = ["ID", "Agency", "Signed", "Instrument", "Category", "Partner", "Country", "Amount", "Currency", "Status", "Notes"];

export interface Mode {
  readonly tableAutoExpand: TableAutoExpand;
  readonly growBy: GrowMethod;
}

/** The modes every sync suite runs in. */
export const MODES: readonly Mode[] = [
  { tableAutoExpand: "excel", growBy: "resize" },
  { tableAutoExpand: "never", growBy: "resize" },
  { tableAutoExpand: "excel", growBy: "rowsAdd" },
  { tableAutoExpand: "never", growBy: "rowsAdd" },
];

export function modeName(mode: Mode): string {
  return `tableAutoExpand ${mode.tableAutoExpand}, ${mode.growBy}`;
}

export function tableRow(values: Partial<Record<ColumnKey, unknown>>): unknown[] {
  return COLUMNS.map((c) => values[c.key] ?? "");
}

export function seedRow(i: number, extra: Partial<Record<ColumnKey, unknown>> = {}): unknown[] {
  return tableRow({
    id: `창원-2019-${String(i + 1).padStart(3, "0")}`,
    agency: "창원시",
    signed: SIGNED,
    instrument: "양해각서(MOU)",
    category: "투자",
    partner: `Partner ${i}`,
    country: "US",
    amount: 1000 + i,
    currency: "USD",
    status: "체결",
    ...extra,
  });
}

/** A Commitments table on sheet 약정 at A1; with `serial`, a leading 연번 column the officer keeps by hand. */
export function seededSim(rows: unknown[][], mode: Mode, options: { serial?: boolean } = {}): ExcelSimulator {
  const sim = new ExcelSimulator({ tableAutoExpand: mode.tableAutoExpand });
  const header = options.serial ? ["연번", ...headerRow("ko")] : headerRow("ko");
  const body = options.serial ? rows.map((row, i) => [i + 1, ...row]) : rows;
  sim.debug.addTable("약정", "A1", [header, ...body], TABLE_NAME);
  return sim;
}

/** Preview + resolve + apply, as the panel does. */
export async function syncOnce(sim: ExcelSimulator, incoming: unknown[][], mode: Mode, choice: ConflictChoice = "takeIncoming", options: ApplyOptions = {}) {
  const snapshot = await readCurrent(sim.run);
  const plan = resolveConflicts(planSync(snapshot.values, incoming, { state: snapshot.merged.state, sourceName: "dept.csv" }), choice);
  const result = await applyPlan(sim.run, snapshot, plan, { now: NOW, growBy: mode.growBy, ...options });
  return { snapshot, plan, result };
}

/** Everything on the table's sheet below the table must be empty: no row landed outside it. */
export function rowsBelowTable(sim: ExcelSimulator): unknown[][] {
  const table = sim.debug.tableValues(TABLE_NAME);
  return sim.debug.sheetValues("약정").slice(table.length).filter((row) => row.some((cell) => cell !== ""));
}

/** Whether planning the same batch again finds nothing to do (read + plan only, no write). */
export async function nextPlanIsEmpty(sim: ExcelSimulator, incoming: unknown[][]): Promise<boolean> {
  const snapshot = await readCurrent(sim.run);
  return planIsEmpty(planSync(snapshot.values, incoming, { state: snapshot.merged.state, sourceName: "dept.csv" }));
}
