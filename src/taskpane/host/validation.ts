/**
 * Validation adapter: reads the whole Commitments table and the FxRates currencies
 * (2 syncs whatever the size) and runs the pure whole-table validation.
 */
import type { ExcelRun } from "../../office/run";
import { FX_TABLE_NAME, HeaderError, TABLE_NAME, isBlank, normalizeCurrency } from "../../schema";
import { validateTable, type TableProblem } from "../../validation";
import { LocalizedError, withTable } from "./LocalizedError";
import { resolveFxHeaders } from "./setupPlan";

export interface ValidationReport {
  readonly problems: readonly TableProblem[];
  /** Non-blank body rows checked. */
  readonly rowCount: number;
  /** Currencies FxRates has a rate for. */
  readonly fxCurrencies: readonly string[];
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

export async function validateWorkbook(run: ExcelRun): Promise<ValidationReport> {
  return run((context) =>
    withTable(async () => {
      const table = context.workbook.tables.getItem(TABLE_NAME);
      const header = table.getHeaderRowRange().load("values");
      const body = table.getDataBodyRange().load("values");
      const fx = context.workbook.tables.getItemOrNullObject(FX_TABLE_NAME);
      fx.load("name");
      await context.sync();
      let fxValues: unknown[][] = [];
      if (!fx.isNullObject) {
        const fxRange = fx.getRange().load("values");
        await context.sync();
        fxValues = fxRange.values;
      }
      const values = [header.values[0], ...body.values];
      let problems: TableProblem[];
      try {
        problems = validateTable(values, { fxCurrencies: fxCurrenciesOf(fxValues) });
      } catch (error) {
        if (error instanceof HeaderError) {
          throw new LocalizedError(
            { ko: `약정 표를 검증할 수 없습니다: ${error.message} '설정' 탭에서 표를 업그레이드하세요.`, en: `Cannot validate the Commitments table: ${error.message} Upgrade it on the Setup tab.` },
            { cause: error },
          );
        }
        throw error;
      }
      const rowCount = body.values.filter((row) => !row.every(isBlank)).length;
      return { problems, rowCount, fxCurrencies: [...fxCurrenciesOf(fxValues)].sort() };
    }),
  );
}
