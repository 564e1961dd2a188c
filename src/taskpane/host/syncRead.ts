/**
 * Sync's reads: the target table (Commitments, or the Progress ledger with the Commitments
 * table its rows are checked against) in blocks under Excel's 5 MB response cap, the target's
 * sync-state parts one per request, and the sources another table or sheet offers.
 */
import type { ExcelRun } from "../../office/run";
import { PROGRESS_DERIVED_COLUMN_KEYS, PROGRESS_TABLE_NAME, TABLE_NAME, resolveHeaders, resolveProgressHeaders, type ColumnKey, type Language } from "../../schema";
import { amountKrwFormula } from "../../schema/formulas";
import { progressAmountKrwFormula } from "../../schema/progressFormulas";
import {
  carriedOverFromProgress,
  commitmentIndex,
  mergeState,
  progressSyncTable,
  xmlToPart,
  SYNC_STATE_NAMESPACE,
  type MergedState,
  type PlanOptions,
  type StoredPart,
  type SyncTable,
} from "../../sync";
import { LocalizedError, isItemNotFound, withTable } from "./LocalizedError";
import { SYNC_LOG_SHEET } from "./syncLog";
import { syncTarget, type SyncTarget } from "./syncTarget";
import { readTableValues, readTablesValues } from "./tableReads";

// The block reader lives in tableReads.ts (every adapter reads tables with it); sync's importers keep this path.
export { readTableValues };

/** What the preview read: the table as a 2-D array (header first) and the sync records in force. */
export interface CurrentSnapshot {
  /** The table the snapshot is of; the Commitments table when absent. */
  readonly target?: SyncTarget;
  /** How planSync reads and matches the target's rows (the Progress ledger's, checked against the Commitments table as read); absent for Commitments. */
  readonly table?: SyncTable;
  readonly values: unknown[][];
  readonly merged: MergedState;
  /** The Amount (KRW) formula new rows get: the table's own calculated formula when it has one. */
  readonly amountKrwFormula: string | null;
  readonly language: Language;
  /** Schema 2: Realized (KRW) / Jobs created formulas when the table computes them from Progress. */
  readonly progressFormulas?: ReadonlyMap<ColumnKey, string>;
  /**
   * Schema 2: what the upgrade carried over into the Progress table, by Commitment ID (its
   * opening rows), so records written before the upgrade stay valid (PlanOptions.carriedOver).
   */
  readonly carriedOver?: ReadonlyMap<string, number>;
}

/**
 * What every planner of writes to the table needs from the snapshot besides the incoming rows
 * (the Sync panel and the Press-release panel): the records, and on schema 2 which columns the
 * Progress ledger computes and what the upgrade carried over. One place, so no caller forgets one.
 */
export function planContext(snapshot: CurrentSnapshot): Pick<PlanOptions, "state" | "progressComputed" | "carriedOver" | "table"> {
  return {
    ...(snapshot.table ? { table: snapshot.table } : {}),
    state: snapshot.merged.state,
    progressComputed: snapshot.progressFormulas ? [...snapshot.progressFormulas.keys()] : undefined,
    carriedOver: snapshot.carriedOver,
  };
}

/** The sync-state parts, one request per part (each is under MAX_PART_BYTES, but several would add up). */
export async function readStateParts(context: Excel.RequestContext, namespace: string = SYNC_STATE_NAMESPACE): Promise<StoredPart[]> {
  const parts = context.workbook.customXmlParts.getByNamespace(namespace).load("items/id");
  await context.sync();
  const stored: StoredPart[] = [];
  for (const item of parts.items) {
    const xml = item.getXml();
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- each part may be close to a megabyte; one per request
    await context.sync();
    // eslint-disable-next-line office-addins/load-object-before-read -- getXml() returns a ClientResult, filled by the sync above
    stored.push({ partId: item.id, part: xmlToPart(xml.value) });
  }
  return stored;
}

const NO_PROGRESS_TABLES: { ko: string; en: string } = {
  ko: "이행실적 표(Progress)와 약정 표(Commitments)가 모두 있어야 실적을 동기화할 수 있습니다. '설정' 탭에서 업그레이드하세요.",
  en: "Syncing progress needs both the Progress table and the Commitments table. Upgrade the workbook on the Setup tab.",
};

/**
 * Reads the Progress ledger, the Commitments table its rows are checked against, and the
 * ledger's sync records. Both tables come in one request when they fit (readTablesValues).
 */
async function readProgressCurrent(run: ExcelRun): Promise<CurrentSnapshot> {
  const target = syncTarget("progress");
  return run(async (context) => {
    try {
      const progress = context.workbook.tables.getItem(PROGRESS_TABLE_NAME);
      const commitments = context.workbook.tables.getItem(TABLE_NAME);
      let firstRow: Excel.Range | null = null;
      const [values, commitmentValues] = await readTablesValues(context, [progress, commitments], () => {
        firstRow = progress.getDataBodyRange().getRow(0).load("formulas");
      });
      const merged = mergeState(await readStateParts(context, target.namespace));
      const { indexOf, language } = resolveProgressHeaders(values[0]);
      const index = indexOf.get("amountKrw");
      const formula = index === undefined ? undefined : (firstRow as Excel.Range | null)?.formulas?.[0]?.[index];
      return {
        target: "progress",
        table: progressSyncTable(commitmentIndex(commitmentValues)),
        values,
        merged,
        amountKrwFormula: index === undefined ? null : typeof formula === "string" && formula.startsWith("=") ? formula : progressAmountKrwFormula(language),
        language,
      };
    } catch (error) {
      if (isItemNotFound(error)) throw new LocalizedError(NO_PROGRESS_TABLES, { cause: error });
      throw error;
    }
  });
}

/** Reads the target table and its sync records (the preview's one read). */
export async function readCurrent(run: ExcelRun, target: SyncTarget = "commitments"): Promise<CurrentSnapshot> {
  if (target === "progress") return readProgressCurrent(run);
  return run((context) =>
    withTable(async () => {
      const table = context.workbook.tables.getItem(TABLE_NAME);
      let firstRowFormulas: Excel.Range | null = null;
      let progressTable: Excel.Table | null = null;
      const values = await readTableValues(context, table, () => {
        firstRowFormulas = table.getDataBodyRange().getRow(0).load("formulas");
        progressTable = context.workbook.tables.getItemOrNullObject(PROGRESS_TABLE_NAME).load("name");
      });
      const merged = mergeState(await readStateParts(context));
      const headers = resolveHeaders(values[0]);
      const index = headers.indexOf.amountKrw;
      const formulas = (firstRowFormulas as Excel.Range | null)?.formulas?.[0] ?? [];
      const tableFormula = index !== undefined && typeof formulas[index] === "string" && String(formulas[index]).startsWith("=") ? String(formulas[index]) : null;
      const progressFormulas = new Map<ColumnKey, string>();
      for (const key of PROGRESS_DERIVED_COLUMN_KEYS) {
        const formula = headers.indexOf[key] === undefined ? undefined : formulas[headers.indexOf[key]!];
        if (typeof formula === "string" && formula.startsWith("=")) progressFormulas.set(key, formula);
      }
      // Only a schema-2 table has pre-upgrade records to keep valid: the Progress table is read then alone.
      const progress = progressTable as Excel.Table | null;
      const carriedOver =
        progressFormulas.has("realizedKrw") && progress && !progress.isNullObject ? carriedOverFromProgress(await readTableValues(context, progress)) : undefined;
      return {
        values,
        merged,
        amountKrwFormula: index === undefined ? null : (tableFormula ?? amountKrwFormula(headers.language)),
        language: headers.language,
        progressFormulas,
        ...(carriedOver ? { carriedOver } : {}),
      };
    }),
  );
}

export interface SourceChoice {
  readonly kind: "table" | "sheet";
  readonly name: string;
}

/**
 * Tables and visible sheets the officer can sync from: everything but the add-in's own tables
 * (Commitments, Progress), their sheets and SyncLog (2 syncs).
 */
export async function listSources(run: ExcelRun): Promise<SourceChoice[]> {
  return run(async (context) => {
    const tables = context.workbook.tables.load("items/name");
    const sheets = context.workbook.worksheets.load("items/name,items/visibility");
    const own = [TABLE_NAME, PROGRESS_TABLE_NAME].map((name) => context.workbook.tables.getItemOrNullObject(name).load("name"));
    await context.sync();
    const ownSheets = own.filter((table) => !table.isNullObject).map((table) => table.worksheet.load("name"));
    if (ownSheets.length > 0) await context.sync();
    const homeSheets = new Set(ownSheets.map((sheet) => sheet.name));
    const ownNames = new Set([TABLE_NAME, PROGRESS_TABLE_NAME]);
    return [
      ...tables.items.filter((t) => !ownNames.has(t.name)).map((t) => ({ kind: "table" as const, name: t.name })),
      ...sheets.items
        .filter((s) => s.visibility === "Visible" && s.name !== SYNC_LOG_SHEET && !homeSheets.has(s.name))
        .map((s) => ({ kind: "sheet" as const, name: s.name })),
    ];
  });
}

/** Another table in the workbook, header row first. */
export async function readSourceTable(run: ExcelRun, name: string): Promise<unknown[][]> {
  return run(async (context) => readTableValues(context, context.workbook.tables.getItem(name)));
}

/** The used range of another sheet (values only), header row first. */
export async function readSourceSheet(run: ExcelRun, name: string): Promise<unknown[][]> {
  return run(async (context) => {
    const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true).load("values");
    await context.sync();
    if (used.isNullObject) {
      throw new LocalizedError({ ko: `'${name}' 시트가 비어 있습니다.`, en: `Sheet '${name}' is empty.` });
    }
    return used.values;
  });
}
