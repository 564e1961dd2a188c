/** EXPORTVALUE, INVESTMENTVALUE, TOTAL, COUNT and REALIZATION over a table model. */
import { COLUMNS, foldText } from "../schema";
import { invalidValue } from "./errors";
import { buildFilters, selectRows, type Selection } from "./filters";
import type { TableColumn, TableModel } from "./table";

/** Resolves a measure (a numeric column) by any header spelling; extra headers count as numeric. */
export function measureColumn(model: TableModel, measure: string | null): TableColumn {
  if (measure === null) return model.column("amountKrw", "the default measure");
  const column = model.findColumn(measure);
  if (!column) {
    const schema = COLUMNS.find((c) => [c.key, c.en, c.ko].some((s) => foldText(s) === foldText(measure)));
    if (schema) return model.column(schema.key, `measure "${measure}"`);
    const numeric = COLUMNS.filter((c) => c.type === "number" || c.type === "integer").map((c) => `${c.ko}/${c.en}`);
    throw invalidValue(`Measure "${measure}" is not a column of the table. Use a numeric column: ${numeric.join(", ")}.`);
  }
  if (column.key === null) return { ...column, type: "number" };
  if (column.type !== "number" && column.type !== "integer") {
    throw invalidValue(`Measure "${measure}" names ${column.label}, which is not a numeric column.`);
  }
  return column;
}

/**
 * Summing Amount in its own currency across currencies would add dollars to won; the sum is
 * only meaningful when every selected row has the same currency.
 */
export function guardMixedCurrencies(model: TableModel, column: TableColumn): ((row: number) => void) | null {
  if (column.key !== "amount" || !model.has("currency")) return null;
  const codes = model.codes(model.column("currency"));
  let first: string | null = null;
  return (r) => {
    const code = codes.at(r) || "?";
    if (first === null) first = code;
    else if (code !== first) {
      throw invalidValue(
        `${column.label} mixes currencies (${first} and ${code === "?" ? "blank" : code}, e.g. ${model.rowName(r)}). ` +
          `Sum 원화환산액 (Amount (KRW)) instead, or add a criterion such as "Currency=${first}".`,
      );
    }
  };
}

export function sumWhere(model: TableModel, column: TableColumn, selection: Selection): number {
  const plan = buildFilters(model, selection);
  const numbers = model.numbers(column);
  const guard = guardMixedCurrencies(model, column);
  let sum = 0;
  selectRows(model, plan, (r) => {
    guard?.(r);
    sum += numbers.at(r);
  });
  return sum;
}

export function countWhere(model: TableModel, selection: Selection): number {
  let count = 0;
  selectRows(model, buildFilters(model, selection), () => count++);
  return count;
}

export function exportValue(model: TableModel, selection: Omit<Selection, "category" | "criteria">): number {
  return sumWhere(model, model.column("amountKrw", "EXPORTVALUE"), { ...selection, category: "export" });
}

export function investmentValue(model: TableModel, selection: Omit<Selection, "category" | "criteria">): number {
  return sumWhere(model, model.column("amountKrw", "INVESTMENTVALUE"), { ...selection, category: "investment" });
}

export function total(model: TableModel, measure: string, criteria: readonly string[]): number {
  return sumWhere(model, measureColumn(model, measure), { criteria });
}

export function count(model: TableModel, criteria: readonly string[]): number {
  return countWhere(model, { criteria });
}

/**
 * Realized (KRW) ÷ Amount (KRW) over the selected rows, in one pass. Nothing committed is
 * #VALUE! with the reason: Excel shows a custom message only with #VALUE! and #N/A, and a bare
 * #DIV/0! would leave the officer guessing which rows were selected.
 */
export function realization(model: TableModel, criteria: readonly string[]): number {
  const realized = model.numbers(model.column("realizedKrw", "REALIZATION"));
  const committed = model.numbers(model.column("amountKrw", "REALIZATION"));
  let numerator = 0;
  let denominator = 0;
  selectRows(model, buildFilters(model, { criteria }), (r) => {
    numerator += realized.at(r);
    denominator += committed.at(r);
  });
  if (denominator === 0) {
    throw invalidValue(
      `The selected rows commit 0 원 in 원화환산액 (Amount (KRW)), so there is no rate to compute (${numerator} 원 realized). Check the criteria, or that those rows have an Amount (KRW).`,
    );
  }
  return numerator / denominator;
}
