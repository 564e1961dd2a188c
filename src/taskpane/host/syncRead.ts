/**
 * Sync's reads: the Commitments table in blocks under Excel's 5 MB response cap, the
 * sync-state parts one per request, and the sources another table or sheet offers.
 */
import type { ExcelRun } from "../../office/run";
import { PROGRESS_DERIVED_COLUMN_KEYS, PROGRESS_TABLE_NAME, TABLE_NAME, resolveHeaders, type ColumnKey, type Language } from "../../schema";
import { amountKrwFormula } from "../../schema/formulas";
import { carriedOverFromProgress, mergeState, xmlToPart, SYNC_STATE_NAMESPACE, type MergedState, type PlanOptions, type StoredPart } from "../../sync";
import { LocalizedError, withTable } from "./LocalizedError";
import { SYNC_LOG_SHEET } from "./syncLog";
import { readTableValues } from "./tableReads";

// The block reader lives in tableReads.ts (every adapter reads tables with it); sync's importers keep this path.
export { readTableValues };

/** What the preview read: the table as a 2-D array (header first) and the sync records in force. */
export interface CurrentSnapshot {
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
export function planContext(snapshot: CurrentSnapshot): Pick<PlanOptions, "state" | "progressComputed" | "carriedOver"> {
  return {
    state: snapshot.merged.state,
    progressComputed: snapshot.progressFormulas ? [...snapshot.progressFormulas.keys()] : undefined,
    carriedOver: snapshot.carriedOver,
  };
}

/** The sync-state parts, one request per part (each is under MAX_PART_BYTES, but several would add up). */
export async function readStateParts(context: Excel.RequestContext): Promise<StoredPart[]> {
  const parts = context.workbook.customXmlParts.getByNamespace(SYNC_STATE_NAMESPACE).load("items/id");
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

/** Reads the Commitments table and the sync records (the preview's one read). */
export async function readCurrent(run: ExcelRun): Promise<CurrentSnapshot> {
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

/** Tables and visible sheets the officer can sync from: everything but the Commitments table, its sheet and SyncLog (2 syncs). */
export async function listSources(run: ExcelRun): Promise<SourceChoice[]> {
  return run(async (context) => {
    const tables = context.workbook.tables.load("items/name");
    const sheets = context.workbook.worksheets.load("items/name,items/visibility");
    const home = context.workbook.tables.getItemOrNullObject(TABLE_NAME);
    home.load("name");
    await context.sync();
    let homeSheet: string | null = null;
    if (!home.isNullObject) {
      const sheet = home.worksheet.load("name");
      await context.sync();
      homeSheet = sheet.name;
    }
    return [
      ...tables.items.filter((t) => t.name !== TABLE_NAME).map((t) => ({ kind: "table" as const, name: t.name })),
      ...sheets.items
        .filter((s) => s.visibility === "Visible" && s.name !== SYNC_LOG_SHEET && s.name !== homeSheet)
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
