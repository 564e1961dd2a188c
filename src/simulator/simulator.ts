/**
 * ExcelSimulator: the test- and demo-facing entry point. `sim.run` is an ExcelRun,
 * so adapter functions run against it exactly as they run against Excel.run.
 */
import type { ExcelRun } from "../office/run";
import { parseAddress, rectAddress } from "./address";
import type { CellValue } from "./cellStore";
import { SimRequestContext } from "./context";
import { fireWorksheetActivated } from "./events";
import { Engine, type SyncRecord, type TableAutoExpand } from "./engine";
import { invalidArgument, itemNotFound } from "./errors";
import type { FormulaEvaluator } from "./formulaContext";
import { emptyWorkbook, findSheetByName, findTable, type SheetModel } from "./model";
import { columnNames, checkTableName, createTable, setShowTotals } from "./tables";
import { readValue, readValues, numberFormatAt, sheetSpillExtent, writeGrid } from "./sheetData";
import { addSheet } from "./sheetOps";
import { fromSnapshotModel, toSnapshot, type WorkbookSnapshot } from "./snapshot";

export interface ExcelSimulatorOptions {
  /** Per-sync request and response cap; Excel on the web uses 5 MB. */
  readonly payloadLimitBytes?: number;
  /**
   * What a write to the rows just below a table does to the table (README, "Excel behaviours modelled"):
   *   - "excel" (default): the table grows by the written rows only while each new row's first table
   *     cell is non-blank, stopping at the first blank one (office-js #2097, #3191, #3013);
   *   - "always": every written row joins the table;
   *   - "never": the table never grows by itself (AutoCorrect "Include new rows and columns in table" off).
   */
  readonly tableAutoExpand?: TableAutoExpand;
  /** Largest custom XML part (UTF-8 bytes) add/setXml accept; default 900 KB (harsher than any known limit). */
  readonly customXmlPartLimitBytes?: number;
}

export interface CellInfo {
  readonly value: CellValue | "";
  readonly formula?: string;
  readonly numberFormat: string;
}

export interface TableInfo {
  readonly name: string;
  readonly sheet: string;
  readonly address: string;
  readonly columns: string[];
  readonly calculatedColumns: (string | null)[];
  readonly showTotals: boolean;
  /** Whether a filter is applied (row deletion then does nothing, office-js #994). */
  readonly filtered: boolean;
}

export class ExcelSimulator {
  private readonly engine: Engine;

  constructor(options: ExcelSimulatorOptions = {}) {
    this.engine = new Engine(emptyWorkbook(), options);
  }

  static fromSnapshot(snapshot: WorkbookSnapshot, options: ExcelSimulatorOptions = {}): ExcelSimulator {
    const sim = new ExcelSimulator(options);
    sim.engine.model = fromSnapshotModel(snapshot);
    return sim;
  }

  /** Excel.run: a fresh request context per batch; pending operations are flushed when the batch resolves. */
  readonly run: ExcelRun = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new SimRequestContext(this.engine);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.hasPendingOperations) await context.sync();
    return result;
  };

  get syncCount(): number {
    return this.engine.syncCount;
  }

  /** Resets the counter and the sync log. */
  resetSyncCount(): void {
    this.engine.syncCount = 0;
    this.engine.syncLog.length = 0;
  }

  /** Every sync since the last reset: payload bytes, operation count, suspensions, error code. */
  get syncLog(): readonly SyncRecord[] {
    return this.engine.syncLog;
  }

  get lastSyncStats(): SyncRecord | undefined {
    return this.engine.syncLog[this.engine.syncLog.length - 1];
  }

  /** How often suspendApiCalculationUntilNextSync / suspendScreenUpdatingUntilNextSync were called. */
  get suspendCalls(): { readonly apiCalculation: number; readonly screenUpdating: number } {
    return { ...this.engine.suspendCalls };
  }

  /** Errors thrown by selection handlers fired by API selections (range.select()). */
  get eventErrors(): readonly unknown[] {
    return this.engine.eventErrors;
  }

  /** The k-th sync from now (1 = the next one) throws GeneralException and applies nothing. */
  failAtSync(k: number): void {
    this.engine.failAtSync(k);
  }

  /**
   * Operation `operation` (1-based, in queue order: loads, object lookups, writes and method calls all
   * count) of the `sync`-th sync from now throws GeneralException. The operations before it stay
   * applied and the rest are skipped, as in Excel, whose requests are not transactions.
   * `sim.syncLog[i].operations` says how many operations a sync had.
   */
  failAtOperation(sync: number, operation: number): void {
    this.engine.failAtOperation(sync, operation);
  }

  /** Every k-th operation, counted across all later syncs, fails as in failAtOperation (null turns it off). */
  failEveryOperation(k: number | null): void {
    this.engine.failEveryOperation(k);
  }

  get tableAutoExpand(): TableAutoExpand {
    return this.engine.tableAutoExpand;
  }

  snapshot(): WorkbookSnapshot {
    return toSnapshot(this.engine.model);
  }

  subscribe(listener: () => void): () => void {
    return this.engine.subscribe(listener);
  }

  setFormulaEvaluator(evaluator: FormulaEvaluator | undefined): void {
    this.engine.evaluator = evaluator;
    this.engine.notify();
  }

  /** The active sheet and its selection, e.g. { sheet: "Sheet1", address: "B2:C3" }. */
  get selection(): { sheet: string; address: string } {
    const { sheet, address } = this.engine.selectionInfo();
    return { sheet, address };
  }

  /**
   * Like a user click: selects, then fires onSelectionChanged handlers and waits for them.
   * A comma-separated address ("A1:B2,D4") is a multi-area (Ctrl+click) selection, for which
   * getSelectedRange() throws, as in Excel.
   */
  async userSelect(sheetName: string, address: string): Promise<void> {
    const sheet = this.sheet(sheetName);
    if (sheet.visibility !== "Visible") throw invalidArgument(`sheet '${sheetName}' is hidden`);
    const areas = address.split(",").map((a) => a.trim());
    const parsed = areas.map((area) => parseAddress(area));
    for (const p of parsed) {
      if (p.sheet !== undefined && p.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
        throw invalidArgument(`address '${address}' is not on sheet '${sheetName}'`);
      }
    }
    const activated = this.engine.model.activeSheetId !== sheet.id;
    this.engine.model.activeSheetId = sheet.id;
    sheet.selection = { ...parsed[0].rect };
    sheet.specialSelection = parsed.length > 1 ? { kind: "areas", address: parsed.map((p) => rectAddress(p.rect)).join(",") } : undefined;
    this.engine.notify();
    if (activated) await fireWorksheetActivated(this.engine, sheet.id);
    await this.engine.fireSelectionChanged();
  }

  /**
   * Like a click on a chart: the sheet has no cell selection, so getSelectedRange() and
   * getActiveCell() throw. Selection handlers fire (harsher than Excel, which may not fire them).
   */
  async userSelectChart(sheetName: string, chartName: string): Promise<void> {
    const sheet = this.sheet(sheetName);
    if (!sheet.charts.some((c) => c.name === chartName)) throw itemNotFound(`chart '${chartName}' on '${sheetName}'`);
    const activated = this.engine.model.activeSheetId !== sheet.id;
    this.engine.model.activeSheetId = sheet.id;
    sheet.specialSelection = { kind: "chart", name: chartName };
    this.engine.notify();
    if (activated) await fireWorksheetActivated(this.engine, sheet.id);
    await this.engine.fireSelectionChanged();
  }

  private sheet(name: string): SheetModel {
    const sheet = findSheetByName(this.engine.model, name);
    if (!sheet) throw itemNotFound(`worksheet '${name}'`);
    return sheet;
  }

  /** Direct access for tests and seeding: no syncs are counted. */
  readonly debug = {
    tableValues: (tableName: string): (CellValue | "")[][] => {
      const table = findTable(this.engine.model, tableName);
      if (!table) throw itemNotFound(`table '${tableName}'`);
      const sheet = this.engine.model.sheets.find((s) => s.id === table.sheetId) as SheetModel;
      return readValues(this.engine, sheet, table.rect);
    },
    table: (tableName: string): TableInfo => {
      const table = findTable(this.engine.model, tableName);
      if (!table) throw itemNotFound(`table '${tableName}'`);
      const sheet = this.engine.model.sheets.find((s) => s.id === table.sheetId) as SheetModel;
      return {
        name: table.name,
        sheet: sheet.name,
        address: rectAddress(table.rect),
        columns: columnNames(this.engine.model, table),
        calculatedColumns: [...table.calculated],
        showTotals: table.showTotals,
        filtered: table.filter !== null && table.filter !== undefined,
      };
    },
    /** Shows or hides a table's Total Row, as the Table Design tab does (no sync counted). */
    setShowTotals: (tableName: string, show: boolean): void => {
      const table = findTable(this.engine.model, tableName);
      if (!table) throw itemNotFound(`table '${tableName}'`);
      setShowTotals(this.engine, table, show);
      this.engine.notify();
    },
    /** Applies a values filter on one column, as a user would from the header's filter button. */
    filterTable: (tableName: string, column: string, values: readonly string[]): void => {
      const table = findTable(this.engine.model, tableName);
      if (!table) throw itemNotFound(`table '${tableName}'`);
      const index = columnNames(this.engine.model, table).findIndex((n) => n.toLowerCase() === column.toLowerCase());
      if (index < 0) throw itemNotFound(`column '${column}' of table '${tableName}'`);
      table.filter = { column: index, values: [...values] };
      this.engine.notify();
    },
    tableNames: (): string[] => this.engine.model.tables.map((t) => t.name),
    sheetNames: (): string[] => this.engine.model.sheets.map((s) => s.name),
    /** Values from A1 to the last used cell (empty array for an empty sheet). */
    sheetValues: (sheetName: string): (CellValue | "")[][] => {
      const sheet = this.sheet(sheetName);
      const used = sheet.cells.bounds(true);
      if (!used) return [];
      // Arrays that spill past the last used cell are shown too, as Excel shows them.
      const spill = sheetSpillExtent(this.engine, sheet);
      const lastRow = Math.max(used.lastRow, spill?.lastRow ?? 0);
      const lastCol = Math.max(used.lastCol, spill?.lastCol ?? 0);
      return readValues(this.engine, sheet, { row: 0, col: 0, rows: lastRow + 1, cols: lastCol + 1 });
    },
    cell: (sheetName: string, address: string): CellValue | "" => {
      const sheet = this.sheet(sheetName);
      const { rect } = parseAddress(address);
      return readValue(this.engine, sheet, rect.row, rect.col);
    },
    cellInfo: (sheetName: string, address: string): CellInfo => {
      const sheet = this.sheet(sheetName);
      const { rect } = parseAddress(address);
      const formula = sheet.cells.getFormula(rect.row, rect.col);
      return {
        value: readValue(this.engine, sheet, rect.row, rect.col),
        ...(formula !== undefined ? { formula } : {}),
        numberFormat: numberFormatAt(sheet, rect.row, rect.col),
      };
    },
    /** Writes a 2-D array as if assigned to range.values (the sheet is created if missing). */
    setValues: (sheetName: string, topLeft: string, rows: unknown[][]): void => {
      const sheet = findSheetByName(this.engine.model, sheetName) ?? addSheet(this.engine.model, sheetName);
      const { rect } = parseAddress(topLeft);
      if (rows.length === 0) return;
      writeGrid(this.engine, sheet, { row: rect.row, col: rect.col, rows: rows.length, cols: rows[0].length }, "values", rows);
      this.engine.notify();
    },
    /** Seeds a table (header row first) without counting syncs; the sheet is created if missing. */
    addTable: (sheetName: string, topLeft: string, rows: unknown[][], tableName?: string): void => {
      if (rows.length === 0) throw invalidArgument("debug.addTable needs at least a header row");
      const width = rows[0].length;
      if (rows.some((r) => r.length !== width)) throw invalidArgument("debug.addTable: every row must have the same length");
      if (tableName) checkTableName(this.engine.model, tableName);
      const sheet = findSheetByName(this.engine.model, sheetName) ?? addSheet(this.engine.model, sheetName);
      const { rect } = parseAddress(topLeft);
      const area = { row: rect.row, col: rect.col, rows: rows.length, cols: width };
      writeGrid(this.engine, sheet, area, "values", rows);
      const table = createTable(this.engine, sheet, area, true);
      if (tableName) table.name = tableName;
      this.engine.notify();
    },
  };
}
