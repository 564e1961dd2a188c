/**
 * ExcelSimulator: the test- and demo-facing entry point. `sim.run` is an ExcelRun,
 * so adapter functions run against it exactly as they run against Excel.run.
 */
import type { ExcelRun } from "../office/run";
import { parseAddress, rectAddress } from "./address";
import type { CellValue } from "./cellStore";
import { SimRequestContext } from "./context";
import { Engine, type SyncRecord } from "./engine";
import { invalidArgument, itemNotFound } from "./errors";
import type { FormulaEvaluator } from "./formulaContext";
import { emptyWorkbook, findSheetByName, findTable, type SheetModel } from "./model";
import { columnNames, checkTableName, createTable } from "./tables";
import { readValue, readValues, numberFormatAt, sheetSpillExtent, writeGrid } from "./sheetData";
import { addSheet } from "./sheetOps";
import { fromSnapshotModel, toSnapshot, type WorkbookSnapshot } from "./snapshot";

export interface ExcelSimulatorOptions {
  /** Per-sync request and response cap; Excel on the web uses 5 MB. */
  readonly payloadLimitBytes?: number;
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
}

export class ExcelSimulator {
  private readonly engine: Engine;

  constructor(options: ExcelSimulatorOptions = {}) {
    this.engine = new Engine(emptyWorkbook(), options.payloadLimitBytes);
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

  /** Like a user click: selects, then fires onSelectionChanged handlers and waits for them. */
  async userSelect(sheetName: string, address: string): Promise<void> {
    const sheet = this.sheet(sheetName);
    if (sheet.visibility !== "Visible") throw invalidArgument(`sheet '${sheetName}' is hidden`);
    const parsed = parseAddress(address);
    if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
      throw invalidArgument(`address '${address}' is not on sheet '${sheetName}'`);
    }
    this.engine.model.activeSheetId = sheet.id;
    sheet.selection = { ...parsed.rect };
    this.engine.notify();
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
      };
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
