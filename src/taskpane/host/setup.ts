/**
 * Setup adapter: reads what the workbook holds, asks planSetup what to do, and executes the
 * plan in one write batch. Empty workbook: 2 syncs; existing table: 4 (the fourth reads what the
 * schema-2 Progress upgrade needs).
 */
import type { ExcelRun } from "../../office/run";
import { SCHEMA_VERSION, TABLE_NAME, FX_TABLE_NAME, type ColumnKey, type Language } from "../../schema";
import { DEFAULT_FX_AS_OF, SCHEMA_VERSION_SETTING, planSetup, type FxPlan, type NewColumnPlan, type SetupPlan, type WorkbookState } from "./setupPlan";
import { columnLetters } from "../../a1/columns";
import { PROGRESS_TABLE_NAME } from "../../schema";
import { readProgressSetup, writeProgressTable, writeRealizedFormula } from "./progressSetup";

export interface WorkbookInspection {
  readonly state: WorkbookState;
  /** What setup would do now, or why it cannot. */
  readonly plan: SetupPlan | null;
  readonly planError: Error | null;
}

export interface SetupResult {
  readonly kind: SetupPlan["kind"];
  readonly language: Language;
  readonly sheetName: string;
  readonly addedColumns: readonly ColumnKey[];
  readonly fxSheetName: string | null;
  /** Date (ISO) of the starting FX rates when setup created FxRates; the pane asks the officer to update them. */
  readonly fxSeedAsOf: string | null;
  /** Schema 2: the Progress sheet setup created (null when it existed), and the Realized values carried over into it. */
  readonly progressSheetName?: string | null;
  readonly carriedOver?: number;
}

/** Above this many bytes of formulas per batch, Amount (KRW) formulas are written in chunks (5 MB request cap). */
const FORMULA_BATCH_BYTES = 2_000_000;

async function readState(context: Excel.RequestContext): Promise<WorkbookState> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const table = context.workbook.tables.getItemOrNullObject(TABLE_NAME);
  table.load("name");
  const fx = context.workbook.tables.getItemOrNullObject(FX_TABLE_NAME);
  fx.load("name");
  const progress = context.workbook.tables.getItemOrNullObject(PROGRESS_TABLE_NAME);
  progress.load("name");
  const setting = context.workbook.settings.getItemOrNullObject(SCHEMA_VERSION_SETTING);
  setting.load("value");
  await context.sync();

  let commitments: WorkbookState["commitments"] = null;
  let fxState: WorkbookState["fx"] = null;
  let progressState: WorkbookState["progress"] = null;
  if (!table.isNullObject || !fx.isNullObject || !progress.isNullObject) {
    const tableParts = table.isNullObject
      ? null
      : {
          header: table.getHeaderRowRange().load("values"),
          body: table.getDataBodyRange().load("rowCount"),
          sheet: table.worksheet.load("name"),
        };
    const fxParts = fx.isNullObject ? null : { header: fx.getHeaderRowRange().load("values"), sheet: fx.worksheet.load("name") };
    const progressParts = progress.isNullObject ? null : { header: progress.getHeaderRowRange().load("values"), sheet: progress.worksheet.load("name") };
    await context.sync();
    if (tableParts) {
      commitments = { sheetName: tableParts.sheet.name, headers: tableParts.header.values[0], bodyRowCount: tableParts.body.rowCount };
    }
    if (fxParts) fxState = { sheetName: fxParts.sheet.name, headers: fxParts.header.values[0] };
    if (progressParts) progressState = { sheetName: progressParts.sheet.name, headers: progressParts.header.values[0] };
  }
  const stored = setting.isNullObject ? null : Number(setting.value);
  return {
    sheetNames: sheets.items.map((s) => s.name),
    commitments,
    fx: fxState,
    progress: progressState,
    schemaVersion: stored === null || Number.isNaN(stored) ? null : stored,
  };
}

/** What the workbook holds and what setup would do (1–2 syncs, no writes). */
export async function inspectWorkbook(run: ExcelRun, language: Language): Promise<WorkbookInspection> {
  return run(async (context) => {
    const state = await readState(context);
    try {
      return { state, plan: planSetup(state, language), planError: null };
    } catch (error) {
      return { state, plan: null, planError: error instanceof Error ? error : new Error(String(error)) };
    }
  });
}

/**
 * Creates or upgrades the Commitments table (headers in `language` for a new table; an existing
 * table keeps its own language) and the FxRates table. Running it twice changes nothing.
 */
export async function setUpWorkbook(run: ExcelRun, language: Language): Promise<SetupResult> {
  return run(async (context) => {
    const state = await readState(context);
    const plan = planSetup(state, language);
    if (plan.kind === "unchanged") {
      return { kind: "unchanged", language: plan.language, sheetName: plan.sheetName, addedColumns: [], fxSheetName: null, fxSeedAsOf: null };
    }
    // Schema 2 (progressSetup.ts): reads what moving Realized (KRW) into Progress needs; refuses before any write.
    const progress = await readProgressSetup(context, state, plan);
    context.application.suspendApiCalculationUntilNextSync();
    if (plan.fx) writeFxTable(context, plan.fx);
    writeProgressTable(context, progress);
    const pending = plan.kind === "create" ? createTable(context, plan) : upgradeTable(context, plan);
    const realized = writeRealizedFormula(context, progress);
    if (plan.writeSchemaVersion && !realized.deferred) context.workbook.settings.add(SCHEMA_VERSION_SETTING, SCHEMA_VERSION);
    await context.sync();
    await pending();
    await realized.run();
    if (plan.writeSchemaVersion && realized.deferred) {
      context.workbook.settings.add(SCHEMA_VERSION_SETTING, SCHEMA_VERSION);
      await context.sync();
    }
    return {
      kind: plan.kind,
      language: plan.language,
      sheetName: plan.sheetName,
      addedColumns: plan.columns.map((c) => c.key),
      fxSheetName: plan.fx?.sheetName ?? null,
      fxSeedAsOf: plan.fx ? DEFAULT_FX_AS_OF : null,
      progressSheetName: progress.plan.createTable?.sheetName ?? null,
      carriedOver: progress.plan.carried.length,
    };
  });
}

function writeFxTable(context: Excel.RequestContext, fx: FxPlan): void {
  const sheet = context.workbook.worksheets.add(fx.sheetName);
  const last = columnLetters(fx.headers.length - 1);
  const rowCount = fx.rows.length;
  const table = sheet.tables.add(`A1:${last}${rowCount + 1}`, true);
  table.name = FX_TABLE_NAME;
  table.getHeaderRowRange().values = [fx.headers.slice()];
  const body = table.getDataBodyRange();
  body.numberFormat = fx.rows.map(() => fx.numberFormats.slice());
  body.values = fx.rows.map((row) => row.slice());
  fx.widths.forEach((width, index) => {
    sheet.getRange(`${columnLetters(index)}:${columnLetters(index)}`).format.columnWidth = width;
  });
  sheet.freezePanes.freezeRows(1);
}

type Pending = () => Promise<void>;
const NOTHING_PENDING: Pending = async () => undefined;

function createTable(context: Excel.RequestContext, plan: Extract<SetupPlan, { kind: "create" }>): Pending {
  const sheet = context.workbook.worksheets.add(plan.sheetName);
  const columns = plan.columns;
  const table = sheet.tables.add(`A1:${columnLetters(columns.length - 1)}1`, true);
  table.name = TABLE_NAME;
  table.getHeaderRowRange().values = [columns.map((c) => c.header)];
  // A new table has one blank body row (as in Excel): format it, the table carries formats to new rows.
  const body = table.getDataBodyRange();
  body.numberFormat = [columns.map((c) => c.numberFormat)];
  columns.forEach((column, index) => {
    const cell = body.getCell(0, index);
    if (column.formula) cell.formulas = [[column.formula]];
    if (column.listSource) cell.dataValidation.rule = { list: { inCellDropDown: true, source: column.listSource } };
    sheet.getRange(`${columnLetters(index)}:${columnLetters(index)}`).format.columnWidth = column.width;
  });
  sheet.freezePanes.freezeRows(1);
  sheet.activate();
  return NOTHING_PENDING;
}

/** Adds the missing columns at the end; the user's columns and data are never written. */
function upgradeTable(context: Excel.RequestContext, plan: Extract<SetupPlan, { kind: "upgrade" }>): Pending {
  const table = context.workbook.tables.getItem(TABLE_NAME);
  const rows = plan.bodyRowCount;
  const deferred: { column: Excel.TableColumn; formula: string }[] = [];
  for (const column of plan.columns) {
    const formulaBytes = column.formula ? column.formula.length * 3 * rows : 0;
    const inline = column.formula !== null && formulaBytes <= FORMULA_BATCH_BYTES;
    const values: (string | number)[][] = [[column.header]];
    for (let r = 0; r < rows; r++) values.push([inline ? column.formula! : ""]);
    const added = table.columns.add(undefined, values);
    if (column.formula && !inline) deferred.push({ column: added, formula: column.formula });
    formatAddedColumn(added, column, rows);
  }
  if (deferred.length === 0) return NOTHING_PENDING;
  // Very long tables: the formulas would exceed one request, so they go in row chunks.
  return async () => {
    for (const { column, formula } of deferred) {
      const perChunk = Math.max(1, Math.floor(FORMULA_BATCH_BYTES / (formula.length * 3)));
      const body = column.getDataBodyRange();
      for (let start = 0; start < rows; start += perChunk) {
        const count = Math.min(perChunk, rows - start);
        body.getCell(start, 0).getResizedRange(count - 1, 0).formulas = Array.from({ length: count }, () => [formula]);
        context.application.suspendApiCalculationUntilNextSync();
        // Deliberate: one sync per chunk keeps each request under the 5 MB cap.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
    }
  };
}

function formatAddedColumn(column: Excel.TableColumn, plan: NewColumnPlan, rows: number): void {
  if (rows > 0) {
    const body = column.getDataBodyRange();
    body.numberFormat = Array.from({ length: rows }, () => [plan.numberFormat]);
    if (plan.listSource) body.dataValidation.rule = { list: { inCellDropDown: true, source: plan.listSource } };
  }
  column.getRange().format.columnWidth = plan.width;
}
