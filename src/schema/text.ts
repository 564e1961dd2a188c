/** Folds a header or enum cell for comparison: case, spaces and full-width forms do not matter. */
export function foldText(value: unknown): string {
  return String(value ?? "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_]+/g, "");
}

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}
