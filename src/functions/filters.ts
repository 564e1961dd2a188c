/**
 * Row selection shared by every aggregate: the positional filters of EXPORTVALUE and
 * INVESTMENTVALUE (product, partner, sector, period), criteria, and the rule that cancelled
 * (취소) rows are left out unless a Status criterion is given.
 */
import { CATEGORIES, STATUSES, normalizeCountry, type CategoryValue } from "../schema";
import { compileCriterion, isStatusColumn, type RowFilter } from "./criteria";
import type { Period } from "./periods";
import type { TextColumn } from "./columns";
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
 * rejects it): the text filters first, because they cannot fail and rule out most rows, so only
 * rows that might count reach the filters that can.
 */
export interface RowPlan {
  readonly filters: readonly RowFilter[];
}

export function buildFilters(model: TableModel, selection: Selection): RowPlan {
  const filters: RowFilter[] = [];

  if (selection.product) filters.push(productFilter(model, selection.product));
  if (selection.sector) {
    const texts = model.texts(model.column("sector", `sector "${selection.sector}"`));
    filters.push(texts.where(textMatcher(selection.sector)));
  }
  if (selection.category) {
    const enums = model.enums(model.column("category", "the Category filter"));
    const wanted = CATEGORIES.findIndex((c) => c.value === selection.category);
    filters.push(enums.where((code) => code === wanted));
  }

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
    filters.push(enums.where((code) => code !== CANCELLED));
  }
  for (const criterion of criteria) filters.push(criterion.filter);
  return { filters };
}

/** All digits: an HS-code prefix ("0810" matches 081070). Otherwise Product with wildcards. */
function productFilter(model: TableModel, product: string): RowFilter {
  const trimmed = product.normalize("NFKC").trim();
  if (/^\d+$/.test(trimmed)) {
    const codes = model.hsCodes(model.column("hsCode", `HS code prefix "${trimmed}"`));
    return codes.where((digits) => digits.startsWith(trimmed));
  }
  const texts = model.texts(model.column("product", `product "${trimmed}"`));
  return texts.where(textMatcher(trimmed));
}

/** Partner or City by name (wildcards allowed), or the row's country when the text names one. */
function partnerFilter(model: TableModel, partner: string): RowFilter {
  const purpose = `partner "${partner.trim()}"`;
  const matches = textMatcher(partner);
  const textColumns = (["partner", "city"] as const).filter((key) => model.has(key)).map((key) => model.texts(model.column(key)));
  let country = normalizeCountry(partner);
  // "SK", "GS", "LS" are companies as well as ISO codes: a two-letter partner means a country only
  // when no Partner or City cell is that name (docs/formulas.md, "Partner").
  if (country !== null && /^[a-z]{2}$/i.test(partner.normalize("NFKC").trim()) && textColumns.some((texts) => anyRowMatches(model, texts, matches))) {
    country = null;
  }
  // A partner that names a country needs the Country column: without it those rows would silently not count.
  const countryCodes = country ? model.codes(model.column("country", purpose)) : null;
  if (textColumns.length === 0 && !countryCodes) model.column("partner", purpose);
  const tests = textColumns.map((texts) => texts.where(matches));
  if (countryCodes !== null) tests.push(countryCodes.where((code) => code === country));
  return (r) => {
    for (const test of tests) if (test(r)) return true;
    return false;
  };
}

/** True when some row's cell matches; a cell that cannot be read is left for the row's own filters to report. */
function anyRowMatches(model: TableModel, texts: TextColumn, matches: (text: string) => boolean): boolean {
  for (let r = 0; r < model.rowCount; r++) {
    try {
      if (matches(texts.at(r))) return true;
    } catch {
      // reported by the filter if this row counts
    }
  }
  return false;
}

/** Visits the rows every filter accepts, in one pass. */
export function selectRows(model: TableModel, plan: RowPlan, visit: (row: number) => void): void {
  const { filters } = plan;
  const count = filters.length;
  const rows = model.rowCount;
  if (count === 0) {
    for (let r = 0; r < rows; r++) visit(r);
    return;
  }
  const first = filters[0];
  outer: for (let r = 0; r < rows; r++) {
    if (!first(r)) continue;
    for (let f = 1; f < count; f++) if (!filters[f](r)) continue outer;
    visit(r);
  }
}
