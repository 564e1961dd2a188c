/**
 * Stable fingerprints of rows, used to tell whether a row was edited in the
 * sheet since the last sync wrote it. FNV-1a (64-bit, as two 32-bit halves so
 * it stays fast without BigInt) over a canonical serialisation: keys in schema
 * column order, so the same values always hash the same whatever order the
 * source listed its columns in. 64 bits keeps accidental collisions negligible for
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

const HEX_BYTE = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

function hex8(value: number): string {
  return HEX_BYTE[(value >>> 24) & 0xff] + HEX_BYTE[(value >>> 16) & 0xff] + HEX_BYTE[(value >>> 8) & 0xff] + HEX_BYTE[value & 0xff];
}

/** Incremental FNV-1a 64 (same arithmetic as fnv1a64), so a row is hashed without building its JSON. */
class Fnv64 {
  private high = FNV_OFFSET_HIGH;
  private low = FNV_OFFSET_LOW;

  update(text: string): void {
    let high = this.high;
    let low = this.low;
    for (let i = 0; i < text.length; i++) {
      low ^= text.charCodeAt(i);
      const lowTimesPrimeLow = Math.imul(low, 0x1b3) >>> 0;
      const carry = Math.floor(((low >>> 0) * 0x1b3) / 0x100000000);
      high = (Math.imul(high, 0x1b3) + ((low << 8) >>> 0) + carry) >>> 0;
      low = lowTimesPrimeLow;
    }
    this.high = high;
    this.low = low;
  }

  /** 16 hex digits, built by table lookup (toString(16) + padStart showed up in profiles). */
  digest(): string {
    return hex8(this.high) + hex8(this.low);
  }
}

/**
 * The fingerprint of the given fields, in the given order. Each value is fed as
 * a type tag and its text, then a separator, so "1" and 1 differ and no two
 * rows can run together; blank, null and missing all hash as blank.
 * `override` replaces fields without copying the row.
 */
export function fingerprint(row: Readonly<Record<string, unknown>>, keys: readonly string[], override?: Readonly<Record<string, unknown>>): string {
  const hash = new Fnv64();
  for (const key of keys) {
    const value = override && key in override ? override[key] : row[key];
    if (value === undefined || value === null || value === "") hash.update("\u0000_");
    else if (typeof value === "string") {
      hash.update("\u0000s");
      hash.update(value);
    } else if (typeof value === "number") hash.update(Number.isFinite(value) ? `\u0000d${value}` : `\u0000x${value}`);
    else if (typeof value === "boolean") hash.update(value ? "\u0000t" : "\u0000f");
    else hash.update(`\u0000o${JSON.stringify(value)}`);
    hash.update("\u0001");
  }
  return hash.digest();
}
