/**
 * The host: every Excel operation the task pane uses, bound to one ExcelRun and grouped by
 * concern. Composition roots build it (Excel.run in Office, the simulator in the demo);
 * components receive it through HostContext and never call Excel themselves.
 *
 * Setup (the first tab) and the selection feeds are loaded with the pane; every other adapter
 * is imported on its first call, so its code (and the pure core it runs: sync planning, report
 * layout, validation) is a chunk of its own and not part of the pane's first load.
 */
import type { ExcelRun } from "../../office/run";
import type { ColumnKey, Language } from "../../schema";
import type { ColumnMapping, RejectedRow, SyncPlan } from "../../sync";
import type { GenerateReportOptions, TemplateReportOptions } from "./report";
import type { FreezeOptions } from "./reportFreeze";
import type { SaveRowInput } from "./rows";
import type { ApplyOptions, CurrentSnapshot, UndoOptions } from "./sync";
import type { ProgressDraft } from "./progress";
import { createActiveSheetFeed } from "./reportWatch";
import { createRowSelectionFeed, readSelectedRow, selectCell } from "./selection";
import { readSchemaVersion } from "./settings";
import { inspectWorkbook, setUpWorkbook } from "./setup";

/** Adapters loaded on first use (webpack makes each a chunk). */
const load = {
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

export function createHost(run: ExcelRun) {
  const selectionFeed = createRowSelectionFeed(run);
  const activeSheetFeed = createActiveSheetFeed(run);
  return {
    setup: {
      inspect: (language: Language) => inspectWorkbook(run, language),
      run: (language: Language) => setUpWorkbook(run, language),
    },
    rows: {
      save: async (input: SaveRowInput) => (await load.rows()).saveRow(run, input),
      findLikelyDuplicates: async (values: SaveRowInput["values"], exceptId: string | null) => (await load.rows()).findLikelyDuplicates(run, values, exceptId),
    },
    progress: {
      read: async (commitmentId: string) => (await load.progress()).readProgress(run, commitmentId),
      add: async (draft: ProgressDraft) => (await load.progress()).addProgress(run, draft),
    },
    validation: {
      validate: async () => (await load.validation()).validateWorkbook(run),
    },
    selection: {
      onRowSelected: selectionFeed.onRowSelected,
      readSelectedRow: () => readSelectedRow(run),
      selectCell: (rowIndex: number, column: ColumnKey) => selectCell(run, rowIndex, column),
    },
    settings: {
      schemaVersion: () => readSchemaVersion(run),
    },
    sync: {
      readCurrent: async () => (await load.sync()).readCurrent(run),
      listSources: async () => (await load.sync()).listSources(run),
      readSourceTable: async (name: string) => (await load.sync()).readSourceTable(run, name),
      readSourceSheet: async (name: string) => (await load.sync()).readSourceSheet(run, name),
      apply: async (snapshot: CurrentSnapshot, plan: SyncPlan, options?: ApplyOptions) => (await load.sync()).applyPlan(run, snapshot, plan, options),
      undoLast: async (options?: UndoOptions) => (await load.sync()).undoLastSync(run, options),
      lastSync: async () => (await load.sync()).readLastSync(run),
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
