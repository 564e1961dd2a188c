/**
 * Validation adapter: reads the whole Commitments table, the Progress table (schema 2) and the
 * FxRates currencies and runs the pure whole-table validation. Both bodies are read in blocks
 * under Excel on the web's 5 MB response cap (tableReads.ts): about 20,000 commitments or
 * 50,000 progress records pass 5 MB.
 */
import type { ExcelRun } from "../../office/run";
import { FX_TABLE_NAME, HeaderError, PROGRESS_TABLE_NAME, TABLE_NAME, isBlank, normalizeCurrency, timestampToSerialKst } from "../../schema";
import { validateLedger, validateProgress, validateTable, type LedgerProblem, type OrphanProgress, type TableProblem } from "../../validation";
import { sheetRowOf } from "../i18n/sheetRow";
import { LocalizedError, withTable } from "./LocalizedError";
import { resolveFxHeaders } from "./setupPlan";
import { readTablesValues, type BlockReadOptions } from "./tableReads";

export interface ValidationReport {
  readonly problems: readonly TableProblem[];
  /** Non-blank body rows checked. */
  readonly rowCount: number;
  /** Currencies FxRates has a rate for. */
  readonly fxCurrencies: readonly string[];
  /** The 1-based sheet row of body row 0: a problem's sheet row is `firstSheetRow + rowIndex`. */
  readonly firstSheetRow: number;
  /** Schema 2: Progress rows whose Commitment ID is in no Commitments row. */
  readonly progressOrphans?: readonly OrphanProgress[];
  /** Schema 2: problems of the Progress rows themselves (cells, blank or repeated Progress IDs, missing rates). */
  readonly progressLedger?: readonly LedgerProblem[];
}

/** ISO codes of the currencies FxRates has at least one rate for. */
export function fxCurrenciesOf(values: readonly (readonly unknown[])[]): Set<string> {
  const currencies = new Set<string>();
  if (values.length === 0) return currencies;
  const labels = resolveFxHeaders(values[0]);
  const index = values[0].findIndex((h) => String(h) === labels.currency);
  const rateIndex = values[0].findIndex((h) => String(h) === labels.krwPerUnit);
  for (const row of values.slice(1)) {
    const code = normalizeCurrency(row[index]);
    if (code && !isBlank(row[rateIndex])) currencies.add(code);
  }
  return currencies;
}

export async function validateWorkbook(run: ExcelRun, options: BlockReadOptions = {}): Promise<ValidationReport> {
  return run((context) =>
    withTable(async () => {
      const table = context.workbook.tables.getItem(TABLE_NAME);
      const body = table.getDataBodyRange().load("rowIndex");
      const fx = context.workbook.tables.getItemOrNullObject(FX_TABLE_NAME);
      fx.load("name");
      const progress = context.workbook.tables.getItemOrNullObject(PROGRESS_TABLE_NAME);
      progress.load("name");
      await context.sync();
      // Commitments and (schema 2) Progress in blocks, the FxRates read riding with their first rows.
      let fxRange: Excel.Range | null = null;
      const [values, progressValues] = await readTablesValues(
        context,
        progress.isNullObject ? [table] : [table, progress],
        () => {
          fxRange = fx.isNullObject ? null : fx.getRange().load("values");
        },
        options,
      );
      const rows = values.slice(1);
      const fxValues: unknown[][] = (fxRange as Excel.Range | null)?.values ?? [];
      let problems: TableProblem[];
      const firstSheetRow = sheetRowOf(body.rowIndex, 0);
      try {
        problems = validateTable(values, { fxCurrencies: fxCurrenciesOf(fxValues), firstSheetRow, fxRates: fxValues });
      } catch (error) {
        if (error instanceof HeaderError) {
          throw new LocalizedError(
            { ko: `약정 표를 검증할 수 없습니다: ${error.message} '설정' 탭에서 표를 업그레이드하세요.`, en: `Cannot validate the Commitments table: ${error.message} Upgrade it on the Setup tab.` },
            { cause: error },
          );
        }
        throw error;
      }
      const checked = progressValues ? validateProgress(values, progressValues, Math.floor(timestampToSerialKst(Date.now()))) : null;
      if (checked) for (const problem of checked.problems) problems.push(problem);
      const rowCount = rows.filter((row) => !row.every(isBlank)).length;
      return {
        problems,
        rowCount,
        fxCurrencies: [...fxCurrenciesOf(fxValues)].sort(),
        firstSheetRow,
        progressOrphans: checked?.orphans ?? [],
        progressLedger: progressValues ? validateLedger(progressValues) : [],
      };
    }),
  );
}
