/**
 * Commitment IDs read like "창원-2019-003": agency prefix, year signed, sequence.
 * Officers quote them in correspondence, so they must be short and stable.
 */

const AGENCY_SUFFIX = /(특별자치시|특별자치도|특별시|광역시|시청|도청|군청|구청|시|군|구|도)$/;

export function agencyPrefix(agency: string): string {
  const compact = agency.normalize("NFKC").replace(/[\s\-_.·]+/g, "");
  const stripped = compact.length > 2 ? compact.replace(AGENCY_SUFFIX, "") : compact;
  const prefix = /^[A-Za-z0-9]+$/.test(stripped) ? stripped.slice(0, 8).toUpperCase() : stripped.slice(0, 6);
  return prefix || "CT";
}

/** Next free ID for the agency and year, given every ID already in use. */
export function nextId(agency: string, year: number | null, taken: ReadonlySet<string>): string {
  const stem = `${agencyPrefix(agency)}-${year ?? "미정"}-`;
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
