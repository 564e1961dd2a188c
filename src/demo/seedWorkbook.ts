/**
 * The demo workbook as cells: the seed data (seedData.ts) turned into the rows of the
 * Commitments, FxRates and Progress tables, with the values their native formulas compute.
 */
import {
  CATEGORIES,
  COLUMNS,
  FX_TABLE_NAME,
  INSTRUMENTS,
  PARTNER_TYPES,
  PROGRESS_COLUMNS,
  PROGRESS_KINDS,
  PROGRESS_TABLE_NAME,
  STATUSES,
  TABLE_NAME,
  headerRow,
  progressHeaderRow,
  type ProgressColumnKey,
  isoToSerial,
  type ColumnKey,
  type EnumOption,
  type Language,
} from "../schema";
import { fxHeaderRow } from "../schema/formulas";
import {
  SEED_COMMITMENTS,
  SEED_FX_RATES,
  SEED_PROGRESS,
  type SeedCommitment,
  type SeedFxRate,
  type SeedProgress,
} from "./seedData";

export {
  SEED_COMMITMENTS,
  SEED_FX_RATES,
  SEED_PROGRESS,
  type SeedCommitment,
  type SeedFxRate,
  type SeedProgress,
} from "./seedData";

/**
 * The rate Amount (KRW) uses, by the one rule amountKrwFormula (src/schema/formulas.ts) and
 * COMMIT.TOKRW share: the latest quote on or before Signed; the earliest quote when Signed is
 * older than every quote; the latest quote of all when Signed is blank.
 */
export function seedRateFor(
  currency: string,
  signedIso: string | null,
): SeedFxRate {
  const quotes = SEED_FX_RATES.filter(
    (rate) => rate.currency === currency,
  ).sort((a, b) => a.asOf.localeCompare(b.asOf));
  if (quotes.length === 0)
    throw new Error(`No ${currency} rate in the demo FxRates table.`);
  const onOrBefore =
    signedIso === null ? [] : quotes.filter((rate) => rate.asOf <= signedIso);
  if (signedIso === null) return quotes[quotes.length - 1];
  return onOrBefore.length > 0 ? onOrBefore[onOrBefore.length - 1] : quotes[0];
}

/** Amount (KRW): amount × KRW per unit ÷ per, the value the table's formula computes. */
export function seedAmountKrw(row: SeedCommitment): number | null {
  if (row.amount === null || row.currency === null) return null;
  if (row.currency === "KRW") return row.amount;
  const rate = seedRateFor(row.currency, row.signed);
  return (row.amount * rate.krwPerUnit) / rate.per;
}

function enumCell(
  options: readonly EnumOption[],
  value: string,
  language: Language,
): string {
  const option = options.find((candidate) => candidate.value === value);
  if (!option)
    throw new Error(
      `"${value}" is not one of ${options.map((o) => o.value).join(", ")}.`,
    );
  return option[language];
}

function dateCell(iso: string | null): number | "" {
  return iso === null ? "" : isoToSerial(iso);
}

function dateTimeCell(isoLocal: string): number {
  const [date, time] = isoLocal.split("T");
  const [hours, minutes] = time.split(":").map(Number);
  return isoToSerial(date) + (hours * 60 + minutes) / 1440;
}

export type CellValue = string | number | boolean;

/** One table row as Excel cell values, in schema column order ("" for blank). */
export function commitmentCells(
  row: SeedCommitment,
  language: Language,
): CellValue[] {
  const cells: Record<ColumnKey, CellValue> = {
    id: row.id,
    agency: row.agency,
    signed: dateCell(row.signed),
    instrument: enumCell(INSTRUMENTS, row.instrument, language),
    category: enumCell(CATEGORIES, row.category, language),
    partner: row.partner,
    partnerType: enumCell(PARTNER_TYPES, row.partnerType, language),
    country: row.country,
    city: row.city,
    sector: row.sector,
    product: row.product ?? "",
    hsCode: row.hsCode ?? "",
    amount: row.amount ?? "",
    currency: row.currency ?? "",
    amountKrw: seedAmountKrw(row) ?? "",
    realizedKrw: row.realizedKrw ?? "",
    // Schema 2 computes it from Progress (SUMIFS); as data, the jobs its seed progress records.
    jobsCreated: seedJobsCreated(row.id) ?? "",
    jobs: row.jobs ?? "",
    status: enumCell(STATUSES, row.status, language),
    due: dateCell(row.due),
    owner: row.owner,
    source: row.source,
    notes: row.notes,
    updated: dateTimeCell(row.updated),
  };
  return COLUMNS.map((column) => cells[column.key]);
}

/** Header row plus every seed commitment, ready to write as one 2-D array. */
export function commitmentTableValues(
  language: Language = "ko",
): CellValue[][] {
  return [
    headerRow(language),
    ...SEED_COMMITMENTS.map((row) => commitmentCells(row, language)),
  ];
}

export function fxTableValues(language: Language = "ko"): CellValue[][] {
  return [
    fxHeaderRow(language),
    ...SEED_FX_RATES.map((rate) => [
      rate.currency,
      rate.krwPerUnit,
      rate.per,
      isoToSerial(rate.asOf),
    ]),
  ];
}

export const SEED_SHEETS = {
  commitments: { sheet: "협약관리대장", table: TABLE_NAME },
  fxRates: { sheet: "FxRates", table: FX_TABLE_NAME },
  progress: { sheet: "이행실적", table: PROGRESS_TABLE_NAME },
} as const;

/** Progress Amount (KRW): the value the Progress table's formula computes, at the progress date. */
export function seedProgressKrw(row: SeedProgress): number | null {
  if (row.amount === null || row.currency === null) return null;
  if (row.currency === "KRW") return row.amount;
  const rate = seedRateFor(row.currency, row.date);
  return (row.amount * rate.krwPerUnit) / rate.per;
}

/** Jobs created by a commitment's seed progress, or null when it records none. */
export function seedJobsCreated(commitmentId: string): number | null {
  const jobs = SEED_PROGRESS.filter(
    (p) => p.commitmentId === commitmentId && p.jobs !== null,
  );
  return jobs.length === 0
    ? null
    : jobs.reduce((sum, p) => sum + (p.jobs ?? 0), 0);
}

/** One Progress row as Excel cell values, in Progress column order ("" for blank). */
export function progressCells(
  row: SeedProgress,
  language: Language,
): CellValue[] {
  const cells = new Map<ProgressColumnKey, CellValue>([
    ["progressId", row.id],
    ["commitmentId", row.commitmentId],
    ["date", dateCell(row.date)],
    ["kind", enumCell(PROGRESS_KINDS, row.kind, language)],
    ["amount", row.amount ?? ""],
    ["currency", row.currency ?? ""],
    ["amountKrw", seedProgressKrw(row) ?? ""],
    ["jobs", row.jobs ?? ""],
    ["evidence", row.evidence],
    ["notes", row.notes],
    ["updated", dateTimeCell(row.updated)],
  ]);
  return PROGRESS_COLUMNS.map((column) => cells.get(column.key) ?? "");
}

export function progressTableValues(language: Language = "ko"): CellValue[][] {
  return [
    progressHeaderRow(language),
    ...SEED_PROGRESS.map((row) => progressCells(row, language)),
  ];
}
