/**
 * The host: every Excel operation the task pane uses, bound to one ExcelRun and grouped by
 * concern. Composition roots build it (Excel.run in Office, the simulator in the demo);
 * components receive it through HostContext and never call Excel themselves.
 *
 * Only the active-sheet feed is loaded with the pane; every adapter is imported on its first
 * call (setup's at once, by the first tab), so its code and the pure core it runs (schema,
 * sync planning, report layout, validation) is a chunk of its own, not part of the first load.
 */
import type { ExcelRun } from "../../office/run";
import type { ColumnKey, Language, ProgressColumnKey } from "../../schema";
import type { ColumnMapping, RejectedRow, SyncPlan } from "../../sync";
import type { GenerateReportOptions, TemplateReportOptions } from "./report";
import type { FreezeOptions } from "./reportFreeze";
import type { SaveRowInput } from "./rows";
import type { ApplyOptions, CurrentSnapshot, UndoOptions } from "./sync";
import type { SyncTarget } from "./syncTarget";
import type { ProgressDraft } from "./progress";
import { createActiveSheetFeed } from "./reportWatch";
import type { ErrorListener, RowSelectedListener } from "./selection";

/** Adapters loaded on first use (webpack makes each a chunk). */
const load = {
  setup: () => import(/* webpackChunkName: "host-setup" */ "./setup"),
  settings: () => import(/* webpackChunkName: "host-setup" */ "./settings"),
  selection: () => import(/* webpackChunkName: "host-rows" */ "./selection"),
  rows: () => import(/* webpackChunkName: "host-rows" */ "./rows"),
  progress: () => import(/* webpackChunkName: "host-progress" */ "./progress"),
  validation: () => import(/* webpackChunkName: "host-validation" */ "./validation"),
  sync: () => import(/* webpackChunkName: "host-sync" */ "./sync"),
  syncMappings: () => import(/* webpackChunkName: "host-sync" */ "./syncMappings"),
  rejected: () => import(/* webpackChunkName: "host-sync" */ "./rejectedSheet"),
  report: () => import(/* webpackChunkName: "host-report" */ "./report"),
  reportCheck: () => import(/* webpackChunkName: "host-report" */ "./reportCheck"),
  reportFreeze: () => import(/* webpackChunkName: "host-report" */ "./reportFreeze"),
};

/**
 * The row-selection feed, loaded on first subscription: one workbook handler per host, as
 * createRowSelectionFeed requires; unsubscribing before the module arrives cancels the listener.
 */
function lazySelectionFeed(run: ExcelRun) {
  let feed: Promise<ReturnType<Awaited<ReturnType<typeof load.selection>>["createRowSelectionFeed"]>> | null = null;
  return (onRow: RowSelectedListener, onError: ErrorListener): (() => void) => {
    feed ??= load.selection().then((module) => module.createRowSelectionFeed(run));
    let unsubscribe: (() => void) | null = null;
    let cancelled = false;
    feed.then(
      (ready) => {
        if (!cancelled) unsubscribe = ready.onRowSelected(onRow, onError);
      },
      (error: unknown) => {
        if (!cancelled) onError(error);
      },
    );
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
  };
}

export function createHost(run: ExcelRun) {
  // The first tab reads the workbook at once: fetch setup's chunk while the pane renders.
  // A failed fetch is reported by the call that needs it.
  load.setup().catch(() => undefined);
  const onRowSelected = lazySelectionFeed(run);
  const activeSheetFeed = createActiveSheetFeed(run);
  return {
    setup: {
      inspect: async (language: Language) => (await load.setup()).inspectWorkbook(run, language),
      run: async (language: Language) => (await load.setup()).setUpWorkbook(run, language),
    },
    rows: {
      save: async (input: SaveRowInput) => (await load.rows()).saveRow(run, input),
      findLikelyDuplicates: async (values: SaveRowInput["values"], exceptId: string | null) => (await load.rows()).findLikelyDuplicates(run, values, exceptId),
    },
    progress: {
      read: async (commitmentId: string, rowIndex?: number) => (await load.progress()).readProgress(run, commitmentId, rowIndex),
      add: async (draft: ProgressDraft) => (await load.progress()).addProgress(run, draft),
    },
    validation: {
      validate: async () => (await load.validation()).validateWorkbook(run),
    },
    selection: {
      onRowSelected,
      readSelectedRow: async () => (await load.selection()).readSelectedRow(run),
      selectCell: async (rowIndex: number, column: ColumnKey) => (await load.selection()).selectCell(run, rowIndex, column),
      selectProgressCell: async (progressRow: number, column: ProgressColumnKey) => (await load.selection()).selectProgressCell(run, progressRow, column),
    },
    settings: {
      schemaVersion: async () => (await load.settings()).readSchemaVersion(run),
    },
    sync: {
      readCurrent: async (target?: SyncTarget) => (await load.sync()).readCurrent(run, target),
      listSources: async () => (await load.sync()).listSources(run),
      readSourceTable: async (name: string) => (await load.sync()).readSourceTable(run, name),
      readSourceSheet: async (name: string) => (await load.sync()).readSourceSheet(run, name),
      apply: async (snapshot: CurrentSnapshot, plan: SyncPlan, options?: ApplyOptions) => (await load.sync()).applyPlan(run, snapshot, plan, options),
      undoLast: async (options?: UndoOptions) => (await load.sync()).undoLastSync(run, options),
      lastSync: async (target?: SyncTarget) => (await load.sync()).readLastSync(run, target),
    },
    syncMappings: {
      find: async (headers: readonly string[]) => (await load.syncMappings()).findRememberedMapping(run, headers),
      remember: async (entry: { headers: readonly string[]; mapping: ColumnMapping; sourceName: string; identity?: string }) => (await load.syncMappings()).rememberMapping(run, entry),
    },
    rejected: {
      writeSheet: async (input: { sourceName: string; sourceHeaders: readonly string[]; rejected: readonly RejectedRow[]; language: Language }) =>
        (await load.rejected()).writeRejectedSheet(run, input),
    },
    report: {
      context: async () => (await load.report()).readReportContext(run),
      templates: async () => (await load.report()).listTemplateSheets(run),
      generate: async (options: GenerateReportOptions) => (await load.report()).generateReport(run, options),
      generateFromTemplate: async (options: TemplateReportOptions) => (await load.report()).generateFromTemplate(run, options),
      markTemplate: async (periodCell?: string) => (await load.report()).markActiveSheetAsTemplate(run, periodCell),
      unmarkTemplate: async (sheetId: string) => (await load.report()).unmarkTemplate(run, sheetId),
      freeze: async (options: FreezeOptions) => (await load.reportFreeze()).freezeReport(run, options),
      check: async () => (await load.reportCheck()).checkBeforeReport(run),
      activeSheet: async (language: Language) => (await load.reportFreeze()).readActiveSheetState(run, language),
      onActiveSheetChanged: activeSheetFeed.onActiveSheetChanged,
      renameToShownQuarter: async (sheetName: string, language: Language) => (await load.reportFreeze()).renameToShownQuarter(run, sheetName, language),
    },
  };
}

export type Host = ReturnType<typeof createHost>;
