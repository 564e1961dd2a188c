/**
 * The panel's data: a suggestion as an editable draft (one string per field, as the entry
 * form's inputs hold them), the accepted drafts as rows for planSync, and the Agency the table
 * uses most (the default issuing body).
 */
import { COLUMNS, headerRow, resolveHeaders, type ColumnKey, type Language } from "../../../schema";
import type { Suggestion } from "../../../extract";
import type { SyncPlan } from "../../../sync";

/** The fields a card edits, in the order it shows them. Agency and Source come from the panel's inputs. */
export const CARD_FIELDS: readonly ColumnKey[] = [
  "partner",
  "instrument",
  "category",
  "partnerType",
  "country",
  "city",
  "signed",
  "status",
  "amount",
  "currency",
  "jobs",
  "product",
  "sector",
  "due",
  "notes",
];

export type PressDraft = Partial<Record<ColumnKey, string>>;

export interface Card {
  readonly suggestion: Suggestion;
  readonly draft: PressDraft;
  readonly include: boolean;
}

export function draftOf(suggestion: Suggestion): PressDraft {
  const draft: PressDraft = {};
  for (const key of CARD_FIELDS) {
    const value = suggestion.fields[key];
    draft[key] = value === undefined ? "" : String(value);
  }
  return draft;
}

/** Columns a press row may fill: everything but the ones sync or the workbook computes. */
const WRITTEN: readonly ColumnKey[] = COLUMNS.map((c) => c.key).filter((key) => key !== "id" && key !== "amountKrw" && key !== "realizedKrw" && key !== "updated");

/**
 * Accepted cards as planSync's incoming rows: the table's own headers (so mapping is exact),
 * the card's fields, and the panel's Agency and Source for every row.
 */
export function incomingRows(cards: readonly Card[], common: { agency: string; source: string }, language: Language): string[][] {
  const labels = new Map(COLUMNS.map((c, i) => [c.key, headerRow(language)[i]]));
  const header = WRITTEN.map((key) => labels.get(key)!);
  const rows = cards.map((card) =>
    WRITTEN.map((key) => {
      if (key === "agency") return common.agency.trim();
      if (key === "source") return card.draft.source?.trim() || common.source.trim();
      return (card.draft[key] ?? "").trim();
    }),
  );
  return [header, ...rows];
}

/** The Agency most rows of the table carry ("" for an empty or unreadable table). */
export function mostUsedAgency(values: readonly (readonly unknown[])[]): string {
  if (values.length < 2) return "";
  let index: number | undefined;
  try {
    index = resolveHeaders(values[0]).indexOf.agency;
  } catch {
    return "";
  }
  if (index === undefined) return "";
  const counts = new Map<string, number>();
  for (let r = 1; r < values.length; r++) {
    const cell = values[r][index];
    const agency = typeof cell === "string" ? cell.trim() : "";
    if (agency !== "") counts.set(agency, (counts.get(agency) ?? 0) + 1);
  }
  let best = "";
  let bestCount = 0;
  for (const [agency, count] of counts) {
    if (count > bestCount) {
      best = agency;
      bestCount = count;
    }
  }
  return best;
}

export type RowOutcome =
  | { readonly kind: "inserted"; readonly id: string }
  | { readonly kind: "unchanged"; readonly id: string }
  | { readonly kind: "differs"; readonly id: string }
  | { readonly kind: "rejected"; readonly reasons: readonly { ko: string; en: string }[] };

/**
 * What the plan does with each accepted card (by its position among the accepted rows): a new
 * row, a row the table already has (same partner, instrument, date…), one the table has with
 * other values (kept as the table has it: a press release never overwrites a row), or rejected.
 */
export function outcomes(plan: SyncPlan, count: number): RowOutcome[] {
  const result: RowOutcome[] = Array.from({ length: count }, () => ({ kind: "rejected", reasons: [] }) as RowOutcome);
  const at = (sourceRow: number) => sourceRow - 2;
  for (const insert of plan.inserts) result[at(insert.sourceRow)] = { kind: "inserted", id: insert.id };
  for (const same of plan.unchanged) result[at(same.sourceRow)] = { kind: "unchanged", id: same.id };
  for (const update of plan.updates) result[at(update.sourceRow)] = { kind: "differs", id: update.id };
  for (const conflict of plan.conflicts) result[at(conflict.sourceRow)] = { kind: "differs", id: conflict.id };
  for (const rejected of plan.rejected) result[at(rejected.sourceRow)] = { kind: "rejected", reasons: rejected.reasons.map((r) => r.message) };
  return result;
}

/**
 * The part of the plan the panel writes: new rows only. A row that matches one in the table but
 * differs is left as the table has it (the officer edits it there or syncs it deliberately), so
 * a press release can add commitments but never silently change one.
 */
export function insertsOnly(plan: SyncPlan): SyncPlan {
  return { ...plan, updates: [], conflicts: [] };
}
