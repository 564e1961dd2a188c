/**
 * The simulator's live state: the workbook model, the formula evaluator, sync
 * accounting (counter, payload limits, injected failures), subscribers and
 * event handlers. Proxies reach it through the sync they run in.
 */
import { qualifiedAddress, rectAddress } from "./address";
import { Journal, withJournal } from "./cellStore";
import { generalException, payloadTooLarge, SimulatorError } from "./errors";
import type { FormulaEvaluator } from "./formulaContext";
import { emptyWorkbook, findSheetById, restoreMeta, saveMeta, type WorkbookModel } from "./model";
import { DEFAULT_PAYLOAD_LIMIT_BYTES } from "./payload";
import type { Exec, Op } from "./proxy";

export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly operations: number;
  /** True when the batch called application.suspendApiCalculationUntilNextSync(). */
  readonly apiCalculationSuspended: boolean;
  readonly screenUpdatingSuspended: boolean;
  /** The error code when this sync failed. */
  readonly error?: string;
  /** With an injected operation fault: the 1-based operation that failed (the ones before it stayed applied). */
  readonly failedAtOperation?: number;
}

/** How a write just below a table grows it (see tables.ts beforeWrite and the README). */
export type TableAutoExpand = "excel" | "always" | "never";

export interface EngineOptions {
  readonly payloadLimitBytes?: number;
  readonly tableAutoExpand?: TableAutoExpand;
  readonly customXmlPartLimitBytes?: number;
}

/** Largest custom XML part accepted (UTF-8 bytes): Excel's limit is not documented; Word on the web rejects parts over 1 MB (office-js #2408). */
export const DEFAULT_CUSTOM_XML_PART_LIMIT_BYTES = 900 * 1024;

export interface SelectionChangedArgs {
  readonly type: "WorksheetSelectionChanged" | "WorkbookSelectionChanged";
  readonly address: string;
  readonly worksheetId: string;
  readonly source: "Local";
}

export type SelectionHandler = (args: SelectionChangedArgs) => unknown;

interface HandlerRegistration {
  readonly id: number;
  /** null: every sheet (workbook.onSelectionChanged, worksheets.onSelectionChanged). */
  readonly sheetId: string | null;
  readonly type: SelectionChangedArgs["type"];
  readonly handler: SelectionHandler;
}

export class Engine {
  model: WorkbookModel;
  evaluator: FormulaEvaluator | undefined;
  readonly payloadLimitBytes: number;
  readonly tableAutoExpand: TableAutoExpand;
  readonly customXmlPartLimitBytes: number;
  syncCount = 0;
  /** Never reset; failAtSync counts from it. */
  private syncSerial = 0;
  private readonly failures = new Set<number>();
  /** Injected operation faults: sync serial → 1-based operation index within that sync. */
  private readonly operationFaults = new Map<number, number>();
  /** Fail every k-th operation counted across syncs (null: off). */
  private faultEvery: number | null = null;
  private operationSerial = 0;
  gen = 0;
  /** True while a sync's operations run (reads may follow writes, so evaluation caches are per read). */
  syncing = false;
  readonly syncLog: SyncRecord[] = [];
  readonly suspendCalls = { apiCalculation: 0, screenUpdating: 0 };
  private pendingSuspend = { apiCalculation: false, screenUpdating: false };
  private readonly listeners = new Set<() => void>();
  private handlers: HandlerRegistration[] = [];
  private nextHandlerId = 1;
  /** Errors thrown by event handlers fired by API selection changes (nobody awaits those). */
  readonly eventErrors: unknown[] = [];

  constructor(model: WorkbookModel = emptyWorkbook(), options: EngineOptions = {}) {
    this.model = model;
    this.payloadLimitBytes = options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT_BYTES;
    const expand = options.tableAutoExpand ?? "excel";
    if (expand !== "excel" && expand !== "always" && expand !== "never") throw new RangeError(`tableAutoExpand must be "excel", "always" or "never", got ${String(expand)}`);
    this.tableAutoExpand = expand;
    this.customXmlPartLimitBytes = options.customXmlPartLimitBytes ?? DEFAULT_CUSTOM_XML_PART_LIMIT_BYTES;
  }

  failAtSync(k: number): void {
    if (!Number.isInteger(k) || k < 1) throw new RangeError(`failAtSync(k) needs k >= 1, got ${k}`);
    this.failures.add(this.syncSerial + k);
  }

  failAtOperation(syncFromNow: number, operation: number): void {
    if (!Number.isInteger(syncFromNow) || syncFromNow < 1) throw new RangeError(`failAtOperation needs sync >= 1, got ${syncFromNow}`);
    if (!Number.isInteger(operation) || operation < 1) throw new RangeError(`failAtOperation needs operation >= 1, got ${operation}`);
    this.operationFaults.set(this.syncSerial + syncFromNow, operation);
  }

  failEveryOperation(k: number | null): void {
    if (k !== null && (!Number.isInteger(k) || k < 1)) throw new RangeError(`failEveryOperation(k) needs k >= 1 or null, got ${k}`);
    this.faultEvery = k;
    this.operationSerial = 0;
  }

  /** Whether the i-th (0-based) operation of the current sync is an injected fault; counts operations. */
  private operationFails(i: number): boolean {
    this.operationSerial += 1;
    if (this.operationFaults.get(this.syncSerial) === i + 1) {
      this.operationFaults.delete(this.syncSerial);
      return true;
    }
    return this.faultEvery !== null && this.operationSerial % this.faultEvery === 0;
  }

  noteSuspend(kind: "apiCalculation" | "screenUpdating"): void {
    this.suspendCalls[kind] += 1;
    this.pendingSuspend[kind] = true;
  }

  /** Runs one sync's operations; all-or-nothing for injected faults and payload limits. */
  runSync(ops: readonly Op[], context: object | null = null): void {
    this.syncCount += 1;
    this.syncSerial += 1;
    this.gen += 1;
    const requestBytes = ops.reduce((sum, op) => sum + op.bytes, 0);
    const base = { requestBytes, operations: ops.length, apiCalculationSuspended: false, screenUpdatingSuspended: false };
    if (this.failures.delete(this.syncSerial)) {
      this.syncLog.push({ ...base, responseBytes: 0, error: "GeneralException" });
      throw generalException(`injected failure at sync ${this.syncSerial} (failAtSync)`);
    }
    if (requestBytes > this.payloadLimitBytes) {
      this.syncLog.push({ ...base, responseBytes: 0, error: "RequestPayloadSizeLimitExceeded" });
      throw payloadTooLarge("Request", requestBytes, this.payloadLimitBytes);
    }
    const mutates = ops.some((op) => op.mutates);
    const saved = mutates ? saveMeta(this.model) : null;
    const journal = new Journal();
    const exec: Exec = { engine: this, context, gen: this.gen, commits: [], after: [], responseBytes: 0, mutated: false };
    this.pendingSuspend = { apiCalculation: false, screenUpdating: false };
    const rollback = () => {
      journal.rollback();
      if (saved) restoreMeta(this.model, saved);
    };
    let failedAt: number | undefined;
    try {
      this.syncing = true;
      withJournal(journal, () => {
        for (let i = 0; i < ops.length; i++) {
          if (this.operationFails(i)) {
            failedAt = i + 1;
            throw generalException(`injected failure at operation ${i + 1} of sync ${this.syncSerial} (failAtOperation)`);
          }
          ops[i].run(exec);
        }
      });
    } catch (error) {
      // Like Excel, operations before the failing one stay applied (a request is not a transaction).
      const code = error instanceof SimulatorError ? error.code : "GeneralException";
      this.syncLog.push({ ...base, responseBytes: exec.responseBytes, error: code, ...(failedAt !== undefined ? { failedAtOperation: failedAt } : {}) });
      if (exec.mutated) this.notify();
      throw error instanceof SimulatorError ? error : generalException(String(error instanceof Error ? error.message : error), error);
    } finally {
      this.syncing = false;
    }
    if (exec.responseBytes > this.payloadLimitBytes) {
      rollback();
      this.syncLog.push({ ...base, responseBytes: exec.responseBytes, error: "ResponsePayloadSizeLimitExceeded" });
      throw payloadTooLarge("Response", exec.responseBytes, this.payloadLimitBytes);
    }
    this.syncLog.push({
      ...base,
      responseBytes: exec.responseBytes,
      apiCalculationSuspended: this.pendingSuspend.apiCalculation,
      screenUpdatingSuspended: this.pendingSuspend.screenUpdating,
    });
    for (const commit of exec.commits) commit();
    if (exec.mutated) this.notify();
    for (const after of exec.after) after();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  addSelectionHandler(sheetId: string | null, handler: SelectionHandler, type: SelectionChangedArgs["type"] = "WorksheetSelectionChanged"): number {
    const id = this.nextHandlerId++;
    this.handlers.push({ id, sheetId, handler, type });
    return id;
  }

  removeSelectionHandler(id: number): void {
    this.handlers = this.handlers.filter((h) => h.id !== id);
  }

  /** Calls the handlers for the active sheet's selection; resolves when they are done. */
  async fireSelectionChanged(): Promise<void> {
    const sheet = findSheetById(this.model, this.model.activeSheetId);
    if (!sheet) return;
    const special = sheet.specialSelection;
    const address = special?.kind === "areas" ? special.address : special?.kind === "chart" ? "" : rectAddress(sheet.selection);
    const targets = this.handlers.filter((h) => h.sheetId === null || h.sheetId === sheet.id);
    const results = await Promise.allSettled(
      targets.map(async (h) =>
        h.handler({
          type: h.type,
          address,
          worksheetId: sheet.id,
          source: "Local",
        }),
      ),
    );
    const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failed) throw failed.reason;
  }

  /** For API-initiated selection changes: handlers run after the sync, their errors are kept. */
  scheduleSelectionChanged(): void {
    Promise.resolve()
      .then(() => this.fireSelectionChanged())
      .catch((error: unknown) => {
        this.eventErrors.push(error);
        console.error("onSelectionChanged handler failed", error);
      });
  }

  selectionInfo(): { sheet: string; address: string; qualified: string } {
    const sheet = findSheetById(this.model, this.model.activeSheetId) ?? this.model.sheets[0];
    return {
      sheet: sheet.name,
      address: rectAddress(sheet.selection),
      qualified: qualifiedAddress(sheet.name, sheet.selection),
    };
  }
}
