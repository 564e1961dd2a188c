/**
 * The demo evaluator's schema-2 columns, recognised by their exact formula text as setup
 * writes them (as Amount (KRW) is in formulaEvaluator.ts): Progress Amount (KRW), converted
 * with the same COMMIT.TOKRW rule at the progress Date, and Commitments' Realized (KRW) and
 * Jobs created, the SUMIFS of Progress by Commitment ID. The evaluator parses no SUMIFS or
 * this-row references, so these few formulas are computed here rather than parsed.
 */
import { toKrw } from "../../functions/functions";
import {
  PROGRESS_TABLE_NAME,
  columnLabel,
  progressColumnLabel,
  resolveProgressHeaders,
  type Language,
  type ProgressColumnKey,
} from "../../schema";
import { commitmentProgressFormulas, progressAmountKrwFormula } from "../../schema/progressFormulas";
import type { CellValue, FormulaContext } from "../../simulator";

type Kind = { readonly kind: "amountKrw"; readonly language: Language } | { readonly kind: "sum"; readonly language: Language; readonly column: ProgressColumnKey };

/** Table values by name (header row first), as the evaluator reads them. */
export type TableReader = (name: string) => readonly (readonly unknown[])[] | undefined;

function formulaKinds(): Map<string, Kind> {
  const kinds = new Map<string, Kind>();
  for (const language of ["ko", "en"] as const) {
    kinds.set(progressAmountKrwFormula(language), { kind: "amountKrw", language });
    const sums = commitmentProgressFormulas(language);
    kinds.set(sums.realizedKrw, { kind: "sum", language, column: "amountKrw" });
    kinds.set(sums.jobsCreated, { kind: "sum", language, column: "jobs" });
  }
  return kinds;
}

const field = (row: Readonly<Record<string, CellValue | "">>, name: string): CellValue | "" => (Object.hasOwn(row, name) ? row[name] : "");

const blank = (value: unknown) => value === "" || value === null || value === undefined;

/**
 * An evaluator step: the value of a schema-2 formula, or undefined for any other formula.
 * `tables` reads a table's values (formulas evaluated), `fxRates` the FxRates table as
 * COMMIT.TOKRW takes it.
 */
export function createProgressColumns(tables: TableReader, fxRates: () => unknown[][]) {
  const kinds = formulaKinds();
  return (formula: string, context: FormulaContext): CellValue | undefined => {
    const kind = kinds.get(formula);
    if (!kind) return undefined;
    const row = context.tableRow();
    if (!row) return undefined;
    if (kind.kind === "amountKrw") {
      const amount = field(row.row, progressColumnLabel("amount", kind.language));
      const currency = field(row.row, progressColumnLabel("currency", kind.language));
      const date = field(row.row, progressColumnLabel("date", kind.language));
      if (blank(amount) || blank(currency)) return "";
      if (String(currency).trim().toUpperCase() === "KRW") return amount;
      try {
        return toKrw(amount, currency, fxRates(), blank(date) ? null : date);
      } catch {
        // The native formula falls back to the latest rate when none is as old as the date, and
        // shows a blank when the currency has no rate at all.
        try {
          return toKrw(amount, currency, fxRates(), null);
        } catch {
          return "";
        }
      }
    }
    const id = String(field(row.row, columnLabel("id", kind.language))).trim();
    const progress = tables(PROGRESS_TABLE_NAME);
    if (!progress || id === "") return 0;
    const indexOf = resolveProgressHeaders(progress[0] ?? []).indexOf;
    const idIndex = indexOf.get("commitmentId");
    const sumIndex = indexOf.get(kind.column);
    if (idIndex === undefined || sumIndex === undefined) return "#REF!";
    let sum = 0;
    for (let r = 1; r < progress.length; r++) {
      if (String(progress[r][idIndex] ?? "").trim() !== id) continue;
      const value = progress[r][sumIndex];
      // SUMIFS adds numbers and skips text and blanks; an error in a summed cell is the result.
      if (typeof value === "number") sum += value;
      else if (typeof value === "string" && /^#[A-Z/0!?]+/.test(value)) return value;
    }
    return sum;
  };
}

