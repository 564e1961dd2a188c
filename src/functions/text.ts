/**
 * Text comparison as SUMIFS does it: case-insensitive, whole-cell, with * and ? wildcards and
 * ~ to escape them. Cells are compared after trimming and NFKC folding (full-width letters typed
 * on Korean keyboards equal their ASCII forms), with runs of spaces collapsed.
 */

export function normalizeText(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" ? value : String(value);
  // Fast path: plain ASCII without double spaces needs only trim and lower-case.
  if (/^[\x21-\x7e]*(?: [\x21-\x7e]+)*$/.test(text)) return text.toLowerCase();
  return text.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

/** True when the criterion text has an unescaped * or ?. */
export function hasWildcard(pattern: string): boolean {
  return /(^|[^~])(~~)*[*?]/.test(pattern);
}

/** A predicate over normalized cell text for a SUMIFS-style pattern (normalized the same way). */
export function textMatcher(pattern: unknown): (normalizedCell: string) => boolean {
  const wanted = normalizeText(pattern);
  if (!hasWildcard(wanted)) {
    const literal = wanted.replace(/~([*?~])/g, "$1");
    return (cell) => cell === literal;
  }
  let source = "";
  for (let i = 0; i < wanted.length; i++) {
    const char = wanted[i];
    if (char === "~" && i + 1 < wanted.length && "*?~".includes(wanted[i + 1])) {
      source += escapeRegExp(wanted[++i]);
    } else if (char === "*") {
      source += "[\\s\\S]*";
    } else if (char === "?") {
      source += "[\\s\\S]";
    } else {
      source += escapeRegExp(char);
    }
  }
  const regex = new RegExp(`^${source}$`, "u");
  // As in SUMIFS, a wildcard pattern ("*") matches text, never an empty cell.
  return (cell) => cell !== "" && regex.test(cell);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
