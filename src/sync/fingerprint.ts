/**
 * Stable fingerprints of rows, used to tell whether a row was edited in the
 * sheet since the last sync wrote it: a 64-bit FNV-1a-style hash over a
 * canonical serialisation, keys in schema column order, so the same values
 * always hash the same whatever order the source listed its columns in.
 * fnv1a64 (the textbook 64-bit FNV-1a) is kept for hashing keys such as the
 * natural key of an ID-less row. 64 bits keeps accidental collisions negligible for
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
export function canonicalJson<K extends string>(row: Readonly<Partial<Record<K, unknown>>>, keys: readonly K[]): string {
  return JSON.stringify(keys.map((key) => normaliseForHash(row[key])));
}

function normaliseForHash(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  return value;
}

/**
 * Math.imul, looked up once: where code runs in a vm context (jest), every lookup of a global such
 * as Math goes through the context's interceptor, and fingerprint() does four per character.
 */
const imul = Math.imul;

const HEX_BYTE = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

function hex8(value: number): string {
  return HEX_BYTE[(value >>> 24) & 0xff] + HEX_BYTE[(value >>> 16) & 0xff] + HEX_BYTE[(value >>> 8) & 0xff] + HEX_BYTE[value & 0xff];
}

/**
 * The fingerprint of the given fields, in the given order: 64 bits from two
 * 32-bit FNV-1a lanes (the FNV prime and a second odd multiplier), each value
 * fed as a type tag and its text, then a separator, so "1" and 1 differ and no
 * two rows can run together; blank, null and missing all hash as blank. Two
 * imul lanes are several times faster than 64-bit FNV emulated in doubles, and
 * sync hashes tens of thousands of rows per plan. `override` replaces fields
 * without copying the row.
 *
 * The output is stored in the workbook (the last-sync records in custom XML parts) and compared
 * with what later versions compute: changing the serialisation or the hash makes every stored
 * record look edited, so such a change must come with a new state namespace or a migration.
 */
export function fingerprint<K extends string>(row: Readonly<Partial<Record<K, unknown>>>, keys: readonly K[], override?: Readonly<Partial<Record<K, unknown>>>): string {
  let a = 0x811c9dc5 | 0;
  let b = 0x9e3779b9 | 0;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    const value = override === undefined || !Object.hasOwn(override, key) ? row[key] : override[key];
    let tag: number;
    let text: string;
    if (value === undefined || value === null || value === "") {
      tag = 1;
      text = "";
    } else if (typeof value === "string") {
      tag = 2;
      text = value;
    } else if (typeof value === "number") {
      tag = 3;
      text = String(value);
    } else if (typeof value === "boolean") {
      tag = value ? 4 : 5;
      text = "";
    } else {
      tag = 6;
      text = JSON.stringify(value);
    }
    a = imul(a ^ tag, 0x01000193);
    b = imul(b ^ tag, 0x5bd1e995);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = imul(a ^ c, 0x01000193);
      b = imul(b ^ c, 0x5bd1e995);
    }
    // Field separator (not a UTF-16 code unit value a tag uses), so ["ab", ""] and ["a", "b"] differ.
    a = imul(a ^ 0x10000, 0x01000193);
    b = imul(b ^ 0x10000, 0x5bd1e995);
  }
  // Final avalanche (murmur3 fmix32) so similar rows do not share hash prefixes.
  return hex8(fmix32(a ^ imul(b, 0x27d4eb2d))) + hex8(fmix32(b ^ a));
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
