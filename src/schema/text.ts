/** Whitespace and underscores, which folding removes. */
const FOLDED_AWAY = /[\s_]+/g;

/**
 * Characters that take no space when shown: zero-width space/joiners, word joiner, BOM, soft
 * hyphen, Mongolian vowel separator, and the bidi marks. A cell holding only these (and spaces)
 * looks empty to the officer, so it is blank: it never clears a filled cell and never counts
 * as a value.
 */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
const INVISIBLE_ONLY = /^[\s\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]*$/;

/**
 * Folds a header or enum cell for comparison: case, spaces and full-width forms do not matter.
 * NFKC leaves ASCII text unchanged, so pure-ASCII text (ISO codes, English labels, most headers)
 * skips normalize(): sync and the formulas fold every enum, country and currency cell they read.
 */
export function foldText(value: unknown): string {
  const text = String(value ?? "");
  return (isAscii(text) ? text : text.normalize("NFKC")).toLowerCase().replace(FOLDED_AWAY, "");
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Text that shows nothing: only spaces and invisible characters (see INVISIBLE). */
export function isBlankText(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === "") return true;
  // Every invisible character is at or above U+00AD: ordinary text is decided by its first character.
  return trimmed.charCodeAt(0) >= 0xad && INVISIBLE_ONLY.test(trimmed);
}

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && isBlankText(value));
}

/** The text without its invisible characters (for comparing look-alike IDs; never for storing). */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, "");
}
