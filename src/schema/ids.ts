/**
 * Commitment IDs read like "창원-2019-003": agency prefix, year signed, sequence.
 * Officers quote them in correspondence, so they must be short and stable.
 */
import { withoutInvisible } from "./text";

const AGENCY_SUFFIX = /(특별자치시|특별자치도|특별시|광역시|시청|도청|군청|구청|시|군|구|도)$/;

export function agencyPrefix(agency: string): string {
  const compact = agency.normalize("NFKC").replace(/[\s\-_.·]+/g, "");
  const stripped = compact.length > 2 ? compact.replace(AGENCY_SUFFIX, "") : compact;
  const prefix = /^[A-Za-z0-9]+$/.test(stripped) ? stripped.slice(0, 8).toUpperCase() : stripped.slice(0, 6);
  return prefix || "CT";
}

/**
 * The year part of an ID: a year Excel can hold (1900–9999), or "미정" (undecided) for anything
 * else. A serial like 1e9 gives no calendar year, and must never turn into "NaN" inside an ID
 * that officers quote in letters.
 */
function yearPart(year: number | null): string {
  return year !== null && Number.isInteger(year) && year >= 1900 && year <= 9999 ? String(year) : "미정";
}

/** Next free ID for the agency and year, given every ID already in use. */
export function nextId(agency: string, year: number | null, taken: ReadonlySet<string>): string {
  const stem = `${agencyPrefix(agency)}-${yearPart(year)}-`;
  let highest = 0;
  for (const id of taken) {
    if (!id.startsWith(stem)) continue;
    const sequence = Number(id.slice(stem.length));
    if (Number.isInteger(sequence) && sequence > highest) highest = sequence;
  }
  let sequence = highest + 1;
  let candidate = `${stem}${String(sequence).padStart(3, "0")}`;
  while (taken.has(candidate)) candidate = `${stem}${String(++sequence).padStart(3, "0")}`;
  return candidate;
}

/**
 * What an ID looks like to a reader: case, full-width forms, spaces and invisible characters
 * removed. Two different IDs with the same look-alike key ("ABC-1", "abc-1", "ＡＢＣ-1",
 * "ABC-1\u200b") are near-duplicates: quoting one in a letter could mean either.
 *
 * Fast path: an ID made only of printable ASCII without lower-case letters, Hangul syllables and
 * CJK ideographs (all unchanged by NFKC) is its own key, with no new string: sync keys every
 * table ID. Anything else takes the full path, so both paths always agree.
 */
export function idLookalikeKey(id: string): string {
  let plain = true;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    const stable = (c > 0x20 && c < 0x61) || (c > 0x7a && c < 0x7f) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x4e00 && c <= 0x9fff);
    if (!stable) {
      plain = false;
      break;
    }
  }
  if (plain) return id;
  return withoutInvisible(id.normalize("NFKC")).replace(/\s+/g, "").toUpperCase();
}
