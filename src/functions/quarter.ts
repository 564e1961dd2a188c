/** QUARTER: the fiscal quarter of a date. The fiscal year is the calendar year in Korean local government. */
import { DateParseError, serialToDate, toDateSerial } from "../schema";
import { invalidValue } from "./errors";

/** "2019-Q4" for an Excel serial or date text; "" for a blank cell (so a table column of QUARTERs stays quiet on blank dates). */
export function quarterOf(date: unknown): string {
  let serial: number | null;
  try {
    serial = toDateSerial(typeof date === "string" ? date.normalize("NFKC") : date);
  } catch (error) {
    if (error instanceof DateParseError) throw invalidValue(error.message);
    throw error;
  }
  if (serial === null) return "";
  const { year, month } = serialToDate(serial);
  return `${year}-Q${Math.ceil(month / 3)}`;
}
