/**
 * The form's draft: one string per field, as the inputs hold them. Enums hold the option's
 * stable value ("mou"), countries and currencies their ISO code, dates ISO text (what
 * <input type="date"> uses). Anything the form cannot map keeps its raw text, so nothing
 * loaded from the sheet is lost.
 */
import {
  COLUMNS,
  isBlank,
  matchEnum,
  normalizeCountry,
  normalizeCurrency,
  serialToIso,
  type ColumnKey,
  type ColumnSpec,
} from "../../../schema";
import type { CellValue } from "../../../validation";

export type Draft = Record<ColumnKey, string>;

/**
 * Columns the form does not edit: Amount (KRW) is calculated, Updated is set on save, and
 * (schema 2) Realized (KRW) and Jobs created sum the Progress table: progress is added below the form.
 */
export const READ_ONLY_COLUMNS: ReadonlySet<ColumnKey> = new Set<ColumnKey>(["amountKrw", "updated", "realizedKrw", "jobsCreated"]);

export function emptyDraft(): Draft {
  return Object.fromEntries(COLUMNS.map((c) => [c.key, ""])) as Draft;
}

function cellToText(spec: ColumnSpec, value: CellValue | undefined): string {
  if (value === null || value === undefined || isBlank(value)) return "";
  switch (spec.type) {
    case "date":
      if (typeof value === "number") {
        try {
          return serialToIso(value);
        } catch {
          return String(value);
        }
      }
      return String(value).trim();
    case "enum":
      return matchEnum(spec.options ?? [], value)?.value ?? String(value).trim();
    case "country":
      return normalizeCountry(value) ?? String(value).trim();
    case "currency":
      return normalizeCurrency(value) ?? String(value).trim();
    case "number":
      // Grouped as officers read amounts (6,700,000,000,000, not 6700000000000); the parser reads it back.
      return typeof value === "number" ? value.toLocaleString("en-US", { maximumFractionDigits: 6 }) : String(value).trim();
    default:
      return typeof value === "string" ? value.trim() : String(value);
  }
}

/** What the next entry keeps after a new one is saved: one trip's agreements share these. */
export const KEPT_FOR_NEXT_ENTRY: readonly ColumnKey[] = ["agency", "signed", "source"];

/** The blank entry offered after saving a new one, keeping Agency, Signed and Source. */
export function nextEntryDraft(saved: Draft): Draft {
  const next = emptyDraft();
  for (const key of KEPT_FOR_NEXT_ENTRY) next[key] = saved[key];
  return next;
}

/** A table row (schema cells by key) as the form's draft. */
export function draftFromRow(values: Partial<Record<ColumnKey, CellValue>>): Draft {
  const draft = emptyDraft();
  for (const column of COLUMNS) draft[column.key] = cellToText(column as ColumnSpec, values[column.key]);
  return draft;
}

/**
 * The draft as raw cells for normalizeRow and the row adapter. Updated is left out (the adapter
 * stamps it); Amount (KRW), Realized (KRW) and Jobs created go back as loaded so a hand-typed
 * column (a table not yet upgraded) is not blanked; a calculated one keeps its formula (rowPlan).
 */
export function draftToRaw(draft: Draft, loaded: Partial<Record<ColumnKey, CellValue>> | null): Partial<Record<ColumnKey, unknown>> {
  const raw: Partial<Record<ColumnKey, unknown>> = {};
  for (const column of COLUMNS) {
    if (column.key === "updated") continue;
    if (column.key === "amountKrw" || column.key === "realizedKrw" || column.key === "jobsCreated") {
      const value = loaded?.[column.key];
      if (typeof value === "number") raw[column.key] = value;
      continue;
    }
    raw[column.key] = draft[column.key];
  }
  return raw;
}
