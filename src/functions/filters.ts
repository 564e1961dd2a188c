/**
 * Row selection shared by every aggregate: the positional filters of EXPORTVALUE and
 * INVESTMENTVALUE (product, partner, sector, period), criteria, and the rule that cancelled
 * (취소) rows are left out unless a Status criterion is given.
 */
import { CATEGORIES, STATUSES, normalizeCountry, type CategoryValue } from "../schema";
import { compileCriterion, isStatusColumn, type RowFilter } from "./criteria";
import type { Period } from "./periods";
import type { TableModel } from "./table";
import { textMatcher } from "./text";

export interface Selection {
  readonly category?: CategoryValue;
  readonly product?: string | null;
  readonly partner?: string | null;
  readonly sector?: string | null;
  readonly period?: Period | null;
  readonly criteria?: readonly string[];
}

const CANCELLED = STATUSES.findIndex((s) => s.value === "cancelled");

/**
 * The filters of a selection, in the order each row meets them (a row stops at the first that
 * rejects it). The leading filters — product, sector, category — depend only on the selection and
 * the cells, so when the same array comes back (a report grid) the rows that pass them are
 * listed once per distinct (product, sector, category) and later calls visit only those rows.
 * The text filters come first because they cannot fail; the list is built by running exactly
 * these leading filters over every row, so a call finds the same rows and raises the same
 * errors either way.
 */
export interface RowPlan {
  readonly filters: readonly RowFilter[];
  /** How many leading filters the row list covers. */
  readonly indexed: number;
  readonly indexKey: string;
}

export function buildFilters(model: TableModel, selection: Selection): RowPlan {
  const filters: RowFilter[] = [];

  if (selection.product) filters.push(productFilter(model, selection.product));
  if (selection.sector) {
    const texts = model.texts(model.column("sector", `sector "${selection.sector}"`));
    const matches = textMatcher(selection.sector);
    filters.push((r) => matches(texts.at(r)));
  }
  if (selection.category) {
    const enums = model.enums(model.column("category", "the Category filter"));
    const wanted = CATEGORIES.findIndex((c) => c.value === selection.category);
    filters.push((r) => enums.at(r) === wanted);
  }
  const indexed = filters.length;
  const indexKey = JSON.stringify([selection.product ?? null, selection.sector ?? null, selection.category ?? null]);

  if (selection.period) {
    const { start, end } = selection.period;
    const dates = model.dates(model.column("signed", `period ${selection.period.label}`));
    filters.push((r) => {
      const serial = dates.at(r);
      return serial >= start && serial <= end; // NaN (no Signed date) is outside every period
    });
  }
  if (selection.partner) filters.push(partnerFilter(model, selection.partner));

  const criteria = (selection.criteria ?? []).map((text) => compileCriterion(model, text));
  if (!criteria.some((c) => isStatusColumn(c.column)) && model.has("status")) {
    const enums = model.enums(model.column("status"));
    // After the positional filters, which rule out most rows, so only rows that would count are
    // read; a status that cannot be read on such a row might mean cancelled, so it is an error.
    filters.push((r) => enums.at(r) !== CANCELLED);
  }
  for (const criterion of criteria) filters.push(criterion.filter);
  return { filters, indexed, indexKey };
}

/** All digits: an HS-code prefix ("0810" matches 081070). Otherwise Product with wildcards. */
function productFilter(model: TableModel, product: string): RowFilter {
  const trimmed = product.normalize("NFKC").trim();
  if (/^\d+$/.test(trimmed)) {
    const codes = model.hsCodes(model.column("hsCode", `HS code prefix "${trimmed}"`));
    return (r) => codes.at(r).startsWith(trimmed);
  }
  const texts = model.texts(model.column("product", `product "${trimmed}"`));
  const matches = textMatcher(trimmed);
  return (r) => matches(texts.at(r));
}

/** Partner or City by name (wildcards allowed), or the row's country when the text names one. */
function partnerFilter(model: TableModel, partner: string): RowFilter {
  const purpose = `partner "${partner.trim()}"`;
  const matches = textMatcher(partner);
  const textColumns = (["partner", "city"] as const).filter((key) => model.has(key)).map((key) => model.texts(model.column(key)));
  const country = normalizeCountry(partner);
  // A partner that names a country needs the Country column: without it those rows would silently not count.
  const countryCodes = country ? model.codes(model.column("country", purpose)) : null;
  if (textColumns.length === 0 && !countryCodes) model.column("partner", purpose);
  return (r) => {
    for (const texts of textColumns) if (matches(texts.at(r))) return true;
    return countryCodes !== null && countryCodes.at(r) === country;
  };
}

function passes(filters: readonly RowFilter[], from: number, to: number, row: number): boolean {
  for (let f = from; f < to; f++) if (!filters[f](row)) return false;
  return true;
}

/** Visits the rows every filter accepts, in one pass (over the cached row list when there is one). */
export function selectRows(model: TableModel, plan: RowPlan, visit: (row: number) => void): void {
  const { filters, indexed } = plan;
  const count = filters.length;
  if (model.reused && indexed > 0) {
    // A row whose leading filters fail with an error stays in the list (as -row-1) and throws when
    // the walk reaches it, so errors surface in row order, exactly as in the plain pass.
    const { rows, errors } = model.derived(`rows:${plan.indexKey}`, () => {
      const list: number[] = [];
      const failures = new Map<number, unknown>();
      for (let r = 0; r < model.rowCount; r++) {
        try {
          if (passes(filters, 0, indexed, r)) list.push(r);
        } catch (error) {
          failures.set(r, error);
          list.push(-r - 1);
        }
      }
      return { rows: Int32Array.from(list), errors: failures };
    });
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (row < 0) throw errors.get(-row - 1);
      if (passes(filters, indexed, count, row)) visit(row);
    }
    return;
  }
  for (let r = 0; r < model.rowCount; r++) if (passes(filters, 0, count, r)) visit(r);
}
