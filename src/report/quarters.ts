/**
 * Calendar quarters as the report names them. The fiscal year is the calendar
 * year in Korean local government, so 2024-Q3 is July to September 2024.
 */
import { timestampToSerialKst, serialToDate, type Language } from "../schema";

export interface Quarter {
  readonly year: number;
  readonly quarter: 1 | 2 | 3 | 4;
}

export class QuarterFormatError extends Error {
  constructor(text: string) {
    super(`"${text}" is not a quarter. Use the form 2024-Q3.`);
    this.name = "QuarterFormatError";
  }
}

const QUARTER_PATTERN = /^(\d{4})\s*-?\s*Q([1-4])$/i;

export function parseQuarter(text: string): Quarter {
  const match = QUARTER_PATTERN.exec(text.trim());
  if (!match) throw new QuarterFormatError(text);
  return { year: Number(match[1]), quarter: Number(match[2]) as Quarter["quarter"] };
}

/** The canonical form written into the period cell: 2024-Q3. */
export function formatQuarter({ year, quarter }: Quarter): string {
  return `${year}-Q${quarter}`;
}

/** 2024년 3분기 / 2024 Q3, for titles and the print header. */
export function quarterLabel({ year, quarter }: Quarter, language: Language): string {
  return language === "ko" ? `${year}년 ${quarter}분기` : `${year} Q${quarter}`;
}

export function previousQuarter({ year, quarter }: Quarter): Quarter {
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: (quarter - 1) as Quarter["quarter"] };
}

export function nextQuarter({ year, quarter }: Quarter): Quarter {
  return quarter === 4 ? { year: year + 1, quarter: 1 } : { year, quarter: (quarter + 1) as Quarter["quarter"] };
}

/** The quarter a date serial falls in. */
export function quarterOfSerial(serial: number): Quarter {
  const { year, month } = serialToDate(serial);
  return { year, quarter: (Math.floor((month - 1) / 3) + 1) as Quarter["quarter"] };
}

/**
 * The last quarter that has fully ended at `now`, in Korean time: the quarter a
 * report is normally written for (on 2024-10-05 that is 2024-Q3).
 */
export function lastCompletedQuarter(now: Date): Quarter {
  return previousQuarter(quarterOfSerial(Math.floor(timestampToSerialKst(now.getTime()))));
}

export function compareQuarters(a: Quarter, b: Quarter): number {
  return a.year - b.year || a.quarter - b.quarter;
}

/** 보고서 2024-3분기 / Report 2024-Q3. */
export function reportSheetName({ year, quarter }: Quarter, language: Language): string {
  return language === "ko" ? `보고서 ${year}-${quarter}분기` : `Report ${year}-Q${quarter}`;
}

const EXCEL_SHEET_NAME_LIMIT = 31;

/**
 * The name of the values-only copy: `<name> (값)` / `<name> (values)`. Excel caps
 * sheet names at 31 characters, so a long template name is shortened before the suffix.
 */
export function frozenSheetName(sheetName: string, language: Language): string {
  const suffix = language === "ko" ? " (값)" : " (values)";
  return sheetName.slice(0, EXCEL_SHEET_NAME_LIMIT - suffix.length) + suffix;
}

/** The copy of a user template for a quarter: `<template> 2024-Q3`, within 31 characters. */
export function templateCopyName(templateName: string, quarter: Quarter): string {
  const suffix = ` ${formatQuarter(quarter)}`;
  return templateName.slice(0, EXCEL_SHEET_NAME_LIMIT - suffix.length) + suffix;
}
