/**
 * The host: every Excel operation the task pane uses, bound to one ExcelRun and grouped by
 * concern. Composition roots build it (Excel.run in Office, the simulator in the demo);
 * components receive it through HostContext and never call Excel themselves.
 */
import type { ExcelRun } from "../../office/run";
import type { ColumnKey, Language } from "../../schema";
import {
  generateFromTemplate,
  generateReport,
  listTemplateSheets,
  markActiveSheetAsTemplate,
  readReportContext,
  unmarkTemplate,
  type GenerateReportOptions,
  type TemplateReportOptions,
} from "./report";
import { checkBeforeReport } from "./reportCheck";
import { freezeReport, readActiveSheetState, renameToShownQuarter, type FreezeOptions } from "./reportFreeze";
import { createActiveSheetFeed } from "./reportWatch";
import { findLikelyDuplicates, saveRow, type SaveRowInput } from "./rows";
import { createRowSelectionFeed, readSelectedRow, selectCell } from "./selection";
import { readSchemaVersion } from "./settings";
import { inspectWorkbook, setUpWorkbook } from "./setup";
import { applyPlan, listSources, readCurrent, readLastSync, readSourceSheet, readSourceTable, undoLastSync, type ApplyOptions, type CurrentSnapshot, type UndoOptions } from "./sync";
import type { ColumnMapping, RejectedRow, SyncPlan } from "../../sync";
import { findRememberedMapping, rememberMapping } from "./syncMappings";
import { writeRejectedSheet } from "./rejectedSheet";
import { validateWorkbook } from "./validation";
import { addProgress, readProgress, type ProgressDraft } from "./progress";

export function createHost(run: ExcelRun) {
  const selectionFeed = createRowSelectionFeed(run);
  const activeSheetFeed = createActiveSheetFeed(run);
  return {
    setup: {
      inspect: (language: Language) => inspectWorkbook(run, language),
      run: (language: Language) => setUpWorkbook(run, language),
    },
    rows: {
      save: (input: SaveRowInput) => saveRow(run, input),
      findLikelyDuplicates: (values: SaveRowInput["values"], exceptId: string | null) => findLikelyDuplicates(run, values, exceptId),
    },
    progress: {
      read: (commitmentId: string) => readProgress(run, commitmentId),
      add: (draft: ProgressDraft) => addProgress(run, draft),
    },
    validation: {
      validate: () => validateWorkbook(run),
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
      readCurrent: () => readCurrent(run),
      listSources: () => listSources(run),
      readSourceTable: (name: string) => readSourceTable(run, name),
      readSourceSheet: (name: string) => readSourceSheet(run, name),
      apply: (snapshot: CurrentSnapshot, plan: SyncPlan, options?: ApplyOptions) => applyPlan(run, snapshot, plan, options),
      undoLast: (options?: UndoOptions) => undoLastSync(run, options),
      lastSync: () => readLastSync(run),
    },
    syncMappings: {
      find: (headers: readonly string[]) => findRememberedMapping(run, headers),
      remember: (entry: { headers: readonly string[]; mapping: ColumnMapping; sourceName: string }) => rememberMapping(run, entry),
    },
    rejected: {
      writeSheet: (input: { sourceName: string; sourceHeaders: readonly string[]; rejected: readonly RejectedRow[]; language: Language }) => writeRejectedSheet(run, input),
    },
    report: {
      context: () => readReportContext(run),
      templates: () => listTemplateSheets(run),
      generate: (options: GenerateReportOptions) => generateReport(run, options),
      generateFromTemplate: (options: TemplateReportOptions) => generateFromTemplate(run, options),
      markTemplate: (periodCell?: string) => markActiveSheetAsTemplate(run, periodCell),
      unmarkTemplate: (sheetId: string) => unmarkTemplate(run, sheetId),
      freeze: (options: FreezeOptions) => freezeReport(run, options),
      check: () => checkBeforeReport(run),
      activeSheet: (language: Language) => readActiveSheetState(run, language),
      onActiveSheetChanged: activeSheetFeed.onActiveSheetChanged,
      renameToShownQuarter: (sheetName: string, language: Language) => renameToShownQuarter(run, sheetName, language),
    },
  };
}

export type Host = ReturnType<typeof createHost>;
