/** How a cell value of a Commitments or Progress column reads in the preview (dates as dates, countries by name). */
import { countryName, serialToIso, type Language } from "../../../schema";
import { syncColumnSpec, type SyncKey } from "../../../sync";

export function cellText(column: SyncKey, value: unknown, language: Language): string {
  if (value === null || value === undefined || value === "") return "—";
  const spec = syncColumnSpec(column);
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

export function columnName(column: SyncKey, language: Language): string {
  return syncColumnSpec(column)[language];
}
