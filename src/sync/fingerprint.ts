/**
 * Stable fingerprints of rows, used to tell whether a row was edited in the
 * sheet since the last sync wrote it. FNV-1a (64-bit, as two 32-bit halves so
 * it stays fast without BigInt) over a canonical JSON: keys in schema column
 * order, so the same values always hash the same whatever order the source
 * listed its columns in. 64 bits keeps accidental collisions negligible for
 * tables of a few hundred thousand rows (a collision would only hide an edit).
 */

const FNV_OFFSET_HIGH = 0xcbf29ce4;
const FNV_OFFSET_LOW = 0x84222325;

/** FNV-1a 64-bit of a string's UTF-16 code units, as 16 hex digits. */
export function fnv1a64(text: string): string {
  let high = FNV_OFFSET_HIGH;
  let low = FNV_OFFSET_LOW;
  for (let i = 0; i < text.length; i++) {
    low ^= text.charCodeAt(i);
    // Multiply the 64-bit state by the FNV prime 0x100000001b3 = 2^40 + 0x1b3.
    const lowTimesPrimeLow = Math.imul(low, 0x1b3) >>> 0;
    const carry = Math.floor(((low >>> 0) * 0x1b3) / 0x100000000);
    const highTimes = (Math.imul(high, 0x1b3) + ((low << 8) >>> 0) + carry) >>> 0;
    high = highTimes;
    low = lowTimesPrimeLow;
  }
  return (high >>> 0).toString(16).padStart(8, "0") + (low >>> 0).toString(16).padStart(8, "0");
}

/** Canonical JSON of selected fields in the given order; absent fields and blanks are null. */
export function canonicalJson(row: Readonly<Record<string, unknown>>, keys: readonly string[]): string {
  return JSON.stringify(keys.map((key) => normaliseForHash(row[key])));
}

function normaliseForHash(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  return value;
}

/**
 * The fingerprint of the given fields: FNV-1a 64 over the same canonical form as
 * canonicalJson, streamed without building the JSON (sync hashes tens of
 * thousands of rows per plan). `override` replaces fields without copying the row.
 */
export function fingerprint(row: Readonly<Record<string, unknown>>, keys: readonly string[], override?: Readonly<Record<string, unknown>>): string {
  return fnv1a64(canonicalJson(override ? { ...row, ...override } : row, keys));
}
