/**
 * Setup's schema-2 step, as an adapter: reads what the upgrade needs (one sync), asks
 * planProgressUpgrade what to do, and queues the writes into setup's write request, in the
 * order that keeps every step recoverable: the Progress table and its opening rows first (the
 * SUMIFS formulas refer to it), the Realized (KRW) formula after them, and setup records the
 * schema version last. A request is not atomic in Excel; a rerun after a failure part-way
 * finds the opening rows and adds nothing twice.
 */
import { columnLetters } from "../../a1/columns";
import { PROGRESS_TABLE_NAME, TABLE_NAME, resolveHeaders, resolveProgressHeaders, timestampToSerialKst, type Language } from "../../schema";
import { commitmentProgressFormulasFor, progressAmountKrwFormula } from "../../schema/progressFormulas";
import { ProgressUpgradeRefused, planProgressUpgrade, type ProgressUpgradePlan } from "../../progress/upgradePlan";
import { LocalizedError } from "./LocalizedError";
import { readTablesValues } from "./tableReads";
import type { SetupPlan, WorkbookState } from "./setupPlan";

/** Above this many bytes of formulas, Realized (KRW) is written in row chunks (5 MB request cap). */
const FORMULA_BATCH_BYTES = 2_000_000;

/** The Commitments columns the upgrade reads (Realized with its formulas, to see whether it is one already). */
interface UpgradeColumns {
  readonly ids: Excel.Range | null;
  readonly realized: Excel.Range;
  readonly updated: Excel.Range | null;
}

export interface ProgressSetup {
  readonly plan: ProgressUpgradePlan;
  /** Realized (KRW) column index in the Commitments table, when it exists before setup. */
  readonly realizedIndex: number | null;
  readonly bodyRowCount: number;
}

/**
 * Sync 3 of setup (reads only): the Commitments columns the upgrade looks at and the Progress
 * table's body (more requests only when an existing Progress table passes 500 rows). Null when the workbook is being created (the new tables need no reading).
 */
export async function readProgressSetup(
  context: Excel.RequestContext,
  state: WorkbookState,
  plan: Exclude<SetupPlan, { kind: "unchanged" }>,
  now: number = Date.now(),
): Promise<ProgressSetup> {
  const language: Language = plan.language;
  const nowSerial = timestampToSerialKst(now);
  const progressState = state.progress ?? null;
  // Set by queueColumns, which may run inside the Progress read's first request (a closure, so
  // the compiler cannot follow the assignments: `read` holds them).
  const read: { columns: UpgradeColumns | null; realizedIndex: number | null; idHeader: string } = { columns: null, realizedIndex: null, idHeader: "" };
  const bodyRowCount = plan.kind === "upgrade" ? plan.bodyRowCount : 0;
  const queueColumns = () => {
    if (plan.kind !== "upgrade" || !state.commitments) return;
    const resolved = resolveHeaders(state.commitments.headers);
    read.idHeader = String(state.commitments.headers[resolved.indexOf.id ?? -1] ?? "");
    const realizedIndex = resolved.indexOf.realizedKrw ?? null;
    read.realizedIndex = realizedIndex;
    if (realizedIndex !== null && bodyRowCount > 0) {
      const body = context.workbook.tables.getItem(TABLE_NAME).getDataBodyRange();
      const column = (index: number | undefined) => (index === undefined ? null : body.getColumn(index));
      read.columns = {
        ids: column(resolved.indexOf.id)?.load("values") ?? null,
        realized: body.getColumn(realizedIndex).load(["values", "formulas"]),
        updated: column(resolved.indexOf.updated)?.load("values") ?? null,
      };
    }
  };
  // A Progress table from an earlier run is read in blocks under the 5 MB response cap (a long
  // ledger passes it); the Commitments columns ride in its first request.
  let progressRows: unknown[][] | null = null;
  if (progressState) {
    const [values] = await readTablesValues(context, [context.workbook.tables.getItem(PROGRESS_TABLE_NAME)], queueColumns);
    progressRows = values.slice(1);
  } else {
    queueColumns();
    if (read.columns) await context.sync();
  }
  const { columns, realizedIndex, idHeader } = read;

  const progressLanguage = progressState ? resolveProgressHeaders(progressState.headers).language : language;
  const realizedFormula = commitmentProgressFormulasFor(idHeader, progressLanguage).realizedKrw;
  const firstColumn = (range: Excel.Range | null) => (range ? range.values.map((row) => row[0]) : []);
  try {
    return {
      plan: planProgressUpgrade({
        language,
        realizedFormula,
        commitments: {
          ids: columns ? (columns.ids ? firstColumn(columns.ids) : new Array<unknown>(bodyRowCount).fill("")) : [],
          realized: columns ? firstColumn(columns.realized) : [],
          realizedFormulas: columns ? columns.realized.formulas.map((row) => row[0]) : [],
          updated: columns?.updated ? firstColumn(columns.updated) : null,
        },
        progress: progressState && progressRows ? { headers: progressState.headers, rows: progressRows } : null,
        sheetNames: [...state.sheetNames, ...(plan.kind === "create" ? [plan.sheetName, ...(plan.fx ? [plan.fx.sheetName] : [])] : plan.fx ? [plan.fx.sheetName] : [])],
        now: nowSerial,
      }),
      realizedIndex,
      bodyRowCount,
    };
  } catch (error) {
    if (error instanceof ProgressUpgradeRefused) throw new LocalizedError(error.localized, { cause: error });
    throw error;
  }
}

/** Creates the Progress table, or appends the opening rows to it: before anything refers to it. */
export function writeProgressTable(context: Excel.RequestContext, setup: ProgressSetup): void {
  const { plan } = setup;
  const create = plan.createTable;
  if (create) {
    const sheet = context.workbook.worksheets.add(create.sheetName);
    const width = create.headers.length;
    // The table is made the size of its rows up front (at least Excel's one body row), so nothing
    // depends on auto-expansion; the Amount (KRW) formula in every body row makes it a calculated column.
    const rows = plan.openingRows.length > 0 ? plan.openingRows.map((row) => row.slice()) : [create.headers.map(() => "")];
    // Headers go in before the table exists, so a request that fails right after tables.add still
    // leaves a table a rerun recognises (not one headed Column1, Column2 …).
    sheet.getRange(`A1:${columnLetters(width - 1)}1`).values = [create.headers.slice()];
    const table = sheet.tables.add(`A1:${columnLetters(width - 1)}${rows.length + 1}`, true);
    table.name = PROGRESS_TABLE_NAME;
    const body = table.getDataBodyRange();
    body.numberFormat = rows.map(() => create.numberFormats.slice());
    if (plan.openingRows.length > 0) body.formulas = rows;
    else body.getCell(0, create.amountKrwIndex).formulas = [[progressAmountKrwFormula(resolveProgressHeaders(create.headers).language)]];
    body.getColumn(create.kindIndex).dataValidation.rule = { list: { inCellDropDown: true, source: create.kindList } };
    create.widths.forEach((columnWidth, index) => {
      sheet.getRange(`${columnLetters(index)}:${columnLetters(index)}`).format.columnWidth = columnWidth;
    });
    sheet.freezePanes.freezeRows(1);
    return;
  }
  const table = context.workbook.tables.getItem(PROGRESS_TABLE_NAME);
  plan.reuseRows.forEach((rowIndex, i) => {
    table.getDataBodyRange().getRow(rowIndex).formulas = [plan.openingRows[i].slice()];
  });
  const rest = plan.openingRows.slice(plan.reuseRows.length);
  // Deterministic growth: rows.add, never a write below the table hoping it expands.
  if (rest.length > 0) table.rows.add(undefined, rest.map((row) => row.slice()));
}

export interface RealizedFormulaWrite {
  /** True when the formula goes in row chunks after setup's request (very long tables). */
  readonly deferred: boolean;
  readonly run: () => Promise<void>;
}

/**
 * Turns Realized (KRW) into the SUMIFS over Progress, queued after the opening rows. Small
 * tables get it in the same request; very long ones in row chunks after it, and setup then
 * records the schema version only once every chunk is in (so a rerun after a failed chunk
 * is still an upgrade, not "up to date").
 */
export function writeRealizedFormula(context: Excel.RequestContext, setup: ProgressSetup): RealizedFormulaWrite {
  const formula = setup.plan.realizedFormula;
  const rows = setup.bodyRowCount;
  if (formula === null || setup.realizedIndex === null || rows === 0) return { deferred: false, run: async () => undefined };
  const body = context.workbook.tables.getItem(TABLE_NAME).getDataBodyRange().getColumn(setup.realizedIndex);
  const perChunk = Math.max(1, Math.floor(FORMULA_BATCH_BYTES / (formula.length * 3)));
  if (rows <= perChunk) {
    body.formulas = Array.from({ length: rows }, () => [formula]);
    return { deferred: false, run: async () => undefined };
  }
  return {
    deferred: true,
    run: async () => {
      for (let start = 0; start < rows; start += perChunk) {
        const count = Math.min(perChunk, rows - start);
        body.getCell(start, 0).getResizedRange(count - 1, 0).formulas = Array.from({ length: count }, () => [formula]);
        context.application.suspendApiCalculationUntilNextSync();
        // Deliberate: one sync per chunk keeps each request under the 5 MB cap.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
    },
  };
}
