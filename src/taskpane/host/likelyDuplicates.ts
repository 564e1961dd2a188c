/**
 * Is a new commitment probably one the table already has? Officers enter a trip's agreements
 * from several press releases, and the same signing is often reported twice with the partner
 * spelt differently ("Baltimore City" / "볼티모어시 (Baltimore City)"). Pure: the adapter reads
 * the few columns this needs and the form asks before saving a match.
 */
import { INSTRUMENTS, foldText, isBlank, matchEnum, normalizeCountry, toDateSerial, type ColumnKey } from "../../schema";

/** The columns a duplicate is judged on, in the order the adapter reads them. */
export const DUPLICATE_COLUMNS = ["id", "agency", "signed", "instrument", "country", "partner"] as const satisfies readonly ColumnKey[];

export interface ExistingRow {
  readonly rowIndex: number;
  readonly sheetRow: number;
  /** Cells of DUPLICATE_COLUMNS, by key, as read from the table. */
  readonly cells: Readonly<Record<(typeof DUPLICATE_COLUMNS)[number], unknown>>;
}

export interface DuplicateMatch {
  readonly id: string;
  readonly sheetRow: number;
  readonly partner: string;
}

interface Key {
  readonly agency: string;
  readonly signed: number | null;
  readonly instrument: string;
  readonly country: string;
}

function dateOf(value: unknown): number | null {
  try {
    return toDateSerial(value);
  } catch {
    return null;
  }
}

function keyOf(cells: { agency: unknown; signed: unknown; instrument: unknown; country: unknown }): Key {
  return {
    agency: foldText(cells.agency),
    signed: dateOf(cells.signed),
    instrument: matchEnum(INSTRUMENTS, cells.instrument)?.value ?? foldText(cells.instrument),
    country: normalizeCountry(cells.country) ?? foldText(cells.country),
  };
}

/** Letters and digits only, lower case: punctuation, brackets and spaces do not make partners differ. */
function partnerText(value: unknown): string {
  return foldText(value).replace(/[^\p{L}\p{N}]/gu, "");
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const gram = text.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Dice coefficient of character pairs: 1 for equal text, about 0.8 for a one-letter typo in a short name. */
function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const left = bigrams(a);
  const right = bigrams(b);
  let shared = 0;
  for (const [gram, count] of left) shared += Math.min(count, right.get(gram) ?? 0);
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}

/** Same partner, as far as a person reading both would tell: one name inside the other, or nearly the same letters. */
export function similarPartners(a: unknown, b: unknown): boolean {
  const left = partnerText(a);
  const right = partnerText(b);
  if (left === "" || right === "") return false;
  if (left === right) return true;
  const [short, long] = left.length <= right.length ? [left, right] : [right, left];
  if (short.length >= 3 && long.includes(short)) return true;
  return similarity(left, right) >= 0.75;
}

/**
 * Rows that look like the candidate: the same agency, signing date, instrument and country, and
 * a similar partner. A candidate without a signing date or partner matches nothing (too little
 * to judge by). `exceptId` leaves out the row being edited.
 */
export function likelyDuplicates(
  candidate: { agency: unknown; signed: unknown; instrument: unknown; country: unknown; partner: unknown },
  rows: readonly ExistingRow[],
  exceptId: string | null = null,
): DuplicateMatch[] {
  const key = keyOf(candidate);
  if (key.signed === null || key.agency === "" || isBlank(candidate.partner)) return [];
  const matches: DuplicateMatch[] = [];
  for (const row of rows) {
    const id = isBlank(row.cells.id) ? "" : String(row.cells.id).trim();
    if (exceptId !== null && id === exceptId) continue;
    const other = keyOf(row.cells);
    if (other.signed !== key.signed || other.agency !== key.agency || other.instrument !== key.instrument || other.country !== key.country) continue;
    if (!similarPartners(candidate.partner, row.cells.partner)) continue;
    matches.push({ id, sheetRow: row.sheetRow, partner: String(row.cells.partner ?? "") });
  }
  return matches;
}
