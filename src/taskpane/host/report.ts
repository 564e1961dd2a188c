/**
 * Quarterly report adapter: writes the pure layout (src/report) into a sheet and
 * copies officer-made templates. Reads first, then the content request, then the
 * guarded cosmetic request (reportWrite.ts). Freezing and renaming are in
 * reportFreeze.ts, the pre-generation check in reportCheck.ts.
 */
import type { ExcelRun } from "../../office/run";
import {
  buildReportLayout,
  formatQuarter,
  parseQuarter,
  quarterOfSerial,
  compareQuarters,
  templateCopyName,
  PERIOD_NAME,
  type Quarter,
} from "../../report";
import { PROGRESS_TABLE_NAME, TABLE_NAME, resolveHeaders, toDateSerial, isBlank, type Language } from "../../schema";
import type { LocalizedMessage } from "../../validation";
import { LocalizedError, withTable } from "./LocalizedError";
import { applyCosmetics, queueContent, type NotApplied } from "./reportWrite";

export const REPORT_TEMPLATES_SETTING = "commitmentTracker.reportTemplates";

/** A sheet the officer marked as a report template, and the cell that holds its period. */
export interface ReportTemplate {
  /** Worksheet id: survives renaming the sheet. */
  readonly sheetId: string;
  readonly sheetName: string;
  /** A1 address on the template sheet, e.g. "C3". */
  readonly periodCell: string;
}

export interface ReportContext {
  /** Quarters that have signed agreements, newest first. */
  readonly quartersWithData: readonly string[];
  /** The most frequent Agency value, for the title; null when the table is empty. */
  readonly agency: string | null;
  readonly templates: readonly ReportTemplate[];
  readonly sheetNames: readonly string[];
  readonly activeSheet: string;
  /** Where the active sheet's ReportPeriod name points, if it has one: the default period cell when marking it. */
  readonly activeSheetPeriodCell: string | null;
  /** The active cell, the other sensible default period cell. */
  readonly activeCell: string;
}

/** The report (or its frozen copy) already exists and the caller did not confirm replacing it. */
export class ReportExistsError extends LocalizedError {
  constructor(readonly sheetName: string) {
    super({
      ko: `'${sheetName}' 시트가 이미 있습니다. 다시 만들려면 교체를 확인하세요.`,
      en: `The sheet '${sheetName}' already exists. Confirm to replace it.`,
    });
    this.name = "ReportExistsError";
  }
}

const TEMPLATE_GONE = (name: string): LocalizedMessage => ({
  ko: `서식 시트 '${name}'을(를) 찾을 수 없습니다. 시트가 삭제되었으면 서식을 다시 지정하세요.`,
  en: `The template sheet '${name}' is gone. Mark a template again if it was deleted.`,
});

const NOT_A_TEMPLATE = (name: string): LocalizedMessage => ({
  ko: `'${name}' 시트는 보고서 서식으로 지정되어 있지 않습니다.`,
  en: `The sheet '${name}' is not marked as a report template.`,
});

const BAD_PERIOD_CELL = (cell: string): LocalizedMessage => ({
  ko: `기간 셀 '${cell}'이(가) 올바른 셀 주소가 아닙니다. 예: B4`,
  en: `The period cell '${cell}' is not a single cell address. Example: B4`,
});

function parseTemplates(json: unknown): ReportTemplate[] {
  if (typeof json !== "string" || json === "") return [];
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed)) return [];
  return parsed.filter(
    (t): t is ReportTemplate =>
      typeof t === "object" && t !== null && typeof t.sheetId === "string" && typeof t.sheetName === "string" && typeof t.periodCell === "string",
  );
}

function singleCell(address: string): string {
  const trimmed = address.trim().replace(/\$/g, "").toUpperCase();
  if (!/^[A-Z]{1,3}[1-9]\d*$/.test(trimmed)) throw new LocalizedError(BAD_PERIOD_CELL(address));
  return trimmed;
}

/** "'Sheet'!$B$4" → "B4" (the part after the last !). */
function localAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
}

function mostFrequent(values: readonly unknown[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) {
    if (isBlank(value)) continue;
    const text = String(value).trim();
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [text, n] of counts) {
    if (n > bestCount) {
      best = text;
      bestCount = n;
    }
  }
  return best;
}

/** Quarters of the Signed column; cells that are not dates are skipped here (validation reports them). */
function quartersOf(values: readonly unknown[]): string[] {
  const seen = new Map<string, Quarter>();
  for (const value of values) {
    let serial: number | null;
    try {
      serial = toDateSerial(value);
    } catch {
      continue; // The validation panel names bad dates; the picker only lists quarters that exist.
    }
    if (serial === null) continue;
    const quarter = quarterOfSerial(serial);
    seen.set(formatQuarter(quarter), quarter);
  }
  return [...seen.values()].sort((a, b) => compareQuarters(b, a)).map(formatQuarter);
}

/** Templates whose sheets still exist, with their current sheet names (1 sync). */
export async function listTemplateSheets(run: ExcelRun): Promise<ReportTemplate[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/id");
    const setting = templatesSetting(context);
    await context.sync();
    return liveTemplates(setting, sheets.items);
  });
}

function liveTemplates(setting: Excel.Setting, sheets: readonly { id: string; name: string }[]): ReportTemplate[] {
  const byId = new Map(sheets.map((s) => [s.id, s.name]));
  return parseTemplates(setting.isNullObject ? null : setting.value)
    .filter((t) => byId.has(t.sheetId))
    .map((t) => ({ ...t, sheetName: byId.get(t.sheetId)! }));
}

/** Everything the report tab shows before the officer clicks Generate (2 syncs). */
export async function readReportContext(run: ExcelRun): Promise<ReportContext> {
  return withTable(() =>
    run(async (context) => {
      const workbook = context.workbook;
      const table = workbook.tables.getItem(TABLE_NAME);
      const header = table.getHeaderRowRange();
      header.load("values");
      const sheets = workbook.worksheets;
      sheets.load("items/name,items/id");
      const active = workbook.worksheets.getActiveWorksheet();
      active.load("name");
      const activeName = active.names.getItemOrNullObject(PERIOD_NAME);
      activeName.load("formula");
      const selected = workbook.getSelectedRange();
      selected.load("address");
      const setting = templatesSetting(context);
      await context.sync();

      const headers = resolveHeaders(header.values[0]);
      const headerText = (index: number | undefined) => (index === undefined ? null : String(header.values[0][index]));
      const signedHeader = headerText(headers.indexOf.signed);
      const agencyHeader = headerText(headers.indexOf.agency);
      const signed = signedHeader ? table.columns.getItem(signedHeader).getDataBodyRange() : null;
      const agency = agencyHeader ? table.columns.getItem(agencyHeader).getDataBodyRange() : null;
      signed?.load("values");
      agency?.load("values");
      await context.sync();

      const templates = liveTemplates(setting, sheets.items);
      return {
        quartersWithData: signed ? quartersOf(signed.values.map((row) => row[0])) : [],
        agency: agency ? mostFrequent(agency.values.map((row) => row[0])) : null,
        templates,
        sheetNames: sheets.items.map((s) => s.name),
        activeSheet: active.name,
        activeSheetPeriodCell: activeName.isNullObject ? null : localAddress(activeName.formula),
        activeCell: localAddress(selected.address).split(":")[0],
      };
    }),
  );
}

export interface GenerateReportOptions {
  /** "2024-Q3". */
  readonly quarter: string;
  readonly language: Language;
  /** Replace an existing report sheet for the quarter (the pane asks first). */
  readonly replaceExisting: boolean;
  /** Title agency; defaults to the table's most frequent Agency. */
  readonly agency?: string;
  readonly now?: Date;
}

export interface ReportResult {
  readonly sheetName: string;
  readonly replaced: boolean;
  /** Cosmetic steps (merges, charts, print setup, the period rule) that could not be applied; the figures are complete. */
  readonly notApplied?: readonly NotApplied[];
}

/**
 * Generates the built-in report for a quarter. An existing report sheet of that
 * name is cleared and rewritten in place (same sheet, so links from other
 * sheets survive) only when `replaceExisting` is true; no other sheet is touched.
 * Syncs: 1 read, 1 more read for the agency, the Progress headers or when replacing (its charts and names),
 * the content request, the cosmetic request (more only when that one fails).
 */
export async function generateReport(run: ExcelRun, options: GenerateReportOptions): Promise<ReportResult> {
  const quarter = parseQuarter(options.quarter);
  return withTable(() =>
    run(async (context) => {
      const workbook = context.workbook;
      const table = workbook.tables.getItem(TABLE_NAME);
      const header = table.getHeaderRowRange();
      header.load("values");
      const sheets = workbook.worksheets;
      sheets.load("items/name");
      const progressTable = workbook.tables.getItemOrNullObject(PROGRESS_TABLE_NAME);
      progressTable.load("name");
      await context.sync();

      const tableHeaders = header.values[0].map((h) => String(h));
      let agency = options.agency?.trim() || null;
      const agencyIndex = resolveHeaders(tableHeaders).indexOf.agency;
      let progress: { tableName: string; tableHeaders: string[] } | null = null;
      const layoutFor = (agencyText: string) =>
        buildReportLayout({
          progress,
          quarter: formatQuarter(quarter),
          language: options.language,
          agency: agencyText,
          tableName: TABLE_NAME,
          tableHeaders,
          generatedAt: options.now ?? new Date(),
        });
      const sheetName = layoutFor(agency ?? "").sheetName;
      const existing = sheets.items.find((s) => s.name.toLowerCase() === sheetName.toLowerCase()) ?? null;
      if (existing && !options.replaceExisting) throw new ReportExistsError(existing.name);

      // Second read: the agency for the title, the Progress headers (schema 2), and what the old
      // report holds that clearing cells does not remove.
      const agencyRange = agency === null && agencyIndex !== undefined ? table.columns.getItemAt(agencyIndex).getDataBodyRange() : null;
      agencyRange?.load("values");
      const progressHeader = progressTable.isNullObject ? null : progressTable.getHeaderRowRange();
      progressHeader?.load("values");
      if (existing) {
        existing.charts.load("items/name");
        existing.names.load("items/name");
      }
      if (agencyRange || existing || progressHeader) await context.sync();
      if (progressHeader) progress = { tableName: PROGRESS_TABLE_NAME, tableHeaders: progressHeader.values[0].map((h) => String(h)) };
      agency = agency ?? (agencyRange ? mostFrequent(agencyRange.values.map((row) => row[0])) : null) ?? "";

      const layout = layoutFor(agency);
      context.application.suspendApiCalculationUntilNextSync();
      let sheet: Excel.Worksheet;
      if (existing) {
        sheet = existing;
        existing.charts.items.forEach((chart) => chart.delete());
        existing.names.items.forEach((name) => name.delete());
        const everything = existing.getRange();
        everything.unmerge();
        everything.dataValidation.clear();
        everything.clear("All");
      } else {
        sheet = sheets.add(layout.sheetName);
      }
      queueContent(sheet, layout);
      sheet.activate();
      sheet.getRange(layout.periodAddress).select();
      await context.sync();
      const notApplied = await applyCosmetics(context, sheet, layout);
      return { sheetName: layout.sheetName, replaced: existing !== null, notApplied };
    }),
  );
}

function templatesSetting(context: Excel.RequestContext): Excel.Setting {
  const setting = context.workbook.settings.getItemOrNullObject(REPORT_TEMPLATES_SETTING);
  setting.load("value");
  return setting;
}

/**
 * Marks the active sheet as a report template (stored in workbook settings).
 * `periodCell` defaults to the sheet's ReportPeriod name, then to the active cell. 2 syncs.
 */
export async function markActiveSheetAsTemplate(run: ExcelRun, periodCell?: string): Promise<ReportTemplate> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load("id,name");
    const named = sheet.names.getItemOrNullObject(PERIOD_NAME);
    named.load("formula");
    const selected = context.workbook.getSelectedRange();
    selected.load("address");
    const setting = templatesSetting(context);
    await context.sync();
    const chosen =
      periodCell?.trim() || (named.isNullObject ? null : localAddress(named.formula)) || localAddress(selected.address).split(":")[0];
    const template: ReportTemplate = { sheetId: sheet.id, sheetName: sheet.name, periodCell: singleCell(chosen) };
    const others = parseTemplates(setting.isNullObject ? null : setting.value).filter((t) => t.sheetId !== sheet.id);
    context.workbook.settings.add(REPORT_TEMPLATES_SETTING, JSON.stringify([...others, template]));
    await context.sync();
    return template;
  });
}

/** Removes a sheet from the template list (the sheet itself stays). 2 syncs. */
export async function unmarkTemplate(run: ExcelRun, sheetId: string): Promise<void> {
  await run(async (context) => {
    const setting = templatesSetting(context);
    await context.sync();
    const remaining = parseTemplates(setting.isNullObject ? null : setting.value).filter((t) => t.sheetId !== sheetId);
    context.workbook.settings.add(REPORT_TEMPLATES_SETTING, JSON.stringify(remaining));
    await context.sync();
  });
}

export interface TemplateReportOptions {
  readonly templateSheetId: string;
  readonly quarter: string;
  readonly replaceExisting: boolean;
}

/**
 * Copies a marked template for a quarter: `<template> 2024-Q3`, placed after the
 * template, with only its period cell changed. Replacing deletes the previous
 * copy for that quarter (never the template, never another sheet). 2 syncs.
 */
export async function generateFromTemplate(run: ExcelRun, options: TemplateReportOptions): Promise<ReportResult> {
  const quarter = parseQuarter(options.quarter);
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/id");
    const setting = templatesSetting(context);
    await context.sync();
    const template = parseTemplates(setting.isNullObject ? null : setting.value).find((t) => t.sheetId === options.templateSheetId);
    if (!template) throw new LocalizedError(NOT_A_TEMPLATE(options.templateSheetId));
    const source = sheets.items.find((s) => s.id === template.sheetId);
    if (!source) throw new LocalizedError(TEMPLATE_GONE(template.sheetName));
    const targetName = templateCopyName(source.name, quarter);
    const existing = sheets.items.find((s) => s.name.toLowerCase() === targetName.toLowerCase()) ?? null;
    if (existing && existing.id === source.id) throw new LocalizedError(TEMPLATE_GONE(template.sheetName));
    if (existing && !options.replaceExisting) throw new ReportExistsError(existing.name);

    context.application.suspendApiCalculationUntilNextSync();
    existing?.delete();
    const copy = source.copy("After", source);
    copy.name = targetName;
    const period = copy.getRange(template.periodCell);
    period.numberFormat = [["@"]];
    period.values = [[formatQuarter(quarter)]];
    copy.activate();
    await context.sync();
    return { sheetName: targetName, replaced: existing !== null };
  });
}
