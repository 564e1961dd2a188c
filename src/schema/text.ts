/** Whitespace and underscores, which folding removes. */
const FOLDED_AWAY = /[\s_]+/g;

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

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}
