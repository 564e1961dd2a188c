/** How a cell value of a Commitments column reads in the preview (dates as dates, countries by name). */
import { columnSpec, countryName, serialToIso, type ColumnKey, type Language } from "../../../schema";

export function cellText(column: ColumnKey, value: unknown, language: Language): string {
  if (value === null || value === undefined || value === "") return "—";
  const spec = columnSpec(column);
  if (typeof value === "number" && (spec.type === "date" || spec.type === "datetime")) {
    try {
      return serialToIso(value);
    } catch {
      return String(value);
    }
  }
  if (typeof value === "number") return value.toLocaleString(language === "ko" ? "ko-KR" : "en-US");
  if (spec.type === "country" && typeof value === "string" && /^[A-Z]{2}$/.test(value)) return `${countryName(value, language)} (${value})`;
  return String(value);
}

export function columnName(column: ColumnKey, language: Language): string {
  return columnSpec(column)[language];
}
