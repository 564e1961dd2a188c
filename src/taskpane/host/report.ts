/**
 * Quarterly report adapter: writes the pure layout (src/report) into a sheet,
 * copies officer-made templates, and freezes a report into values for sharing.
 * Reads first, then writes everything in one batch: a report takes 2-3 syncs.
 */
import type { ExcelRun } from "../../office/run";
import {
  buildReportLayout,
  formatQuarter,
  frozenSheetName,
  parseQuarter,
  parseRangeAddress,
  quarterOfSerial,
  compareQuarters,
  templateCopyName,
  PERIOD_NAME,
  type Quarter,
  type ReportLayout,
} from "../../report";
import { TABLE_NAME, resolveHeaders, toDateSerial, isBlank, type Language } from "../../schema";
import type { LocalizedMessage } from "../../validation";
import { LocalizedError, withTable } from "./LocalizedError";

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

const SHEET_GONE = (name: string): LocalizedMessage => ({
  ko: `'${name}' 시트를 찾을 수 없습니다.`,
  en: `There is no sheet named '${name}'.`,
});

const NOT_A_TEMPLATE = (name: string): LocalizedMessage => ({
  ko: `'${name}' 시트는 보고서 서식으로 지정되어 있지 않습니다.`,
  en: `The sheet '${name}' is not marked as a report template.`,
});

const BAD_PERIOD_CELL = (cell: string): LocalizedMessage => ({
  ko: `기간 셀 '${cell}'이(가) 올바른 셀 주소가 아닙니다. 예: B4`,
  en: `The period cell '${cell}' is not a single cell address. Example: B4`,
});

const TOO_LARGE_TO_FREEZE = (name: string): LocalizedMessage => ({
  ko: `'${name}' 시트가 너무 커서 한 번에 값으로 복사할 수 없습니다(5MB 제한).`,
  en: `The sheet '${name}' is too large to copy as values in one request (5 MB limit).`,
});

/** Requests over 5 MB fail in Excel on the web; stay well below. */
const MAX_FREEZE_BYTES = 4_000_000;

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
}

/**
 * Writes a layout into a sheet that is empty or was just cleared. Adds to the batch; the caller syncs.
 * String literals stand in for Office enums (Excel.PaperType.a4 is "A4"), so this runs without the Excel global.
 */
function queueLayout(sheet: Excel.Worksheet, layout: ReportLayout): void {
  // Formats first, so the period cell is text ("@") before "2024-Q3" lands in it.
  for (const { range, format } of layout.numberFormats) {
    const bounds = parseRangeAddress(range);
    const rows = bounds.bottom - bounds.top + 1;
    const cols = bounds.right - bounds.left + 1;
    sheet.getRange(range).numberFormat = Array.from({ length: rows }, () => Array.from({ length: cols }, () => format));
  }
  const used = parseRangeAddress(layout.usedRange);
  const grid: (string | number)[][] = Array.from({ length: used.bottom - used.top + 1 }, () =>
    Array.from({ length: used.right - used.left + 1 }, () => ""),
  );
  for (const cell of layout.cells) {
    const at = parseRangeAddress(cell.address);
    grid[at.top - used.top][at.left - used.left] = cell.content;
  }
  sheet.getRange(layout.usedRange).formulas = grid;
  for (const { range, style } of layout.styles) {
    const target = sheet.getRange(range);
    if (style.bold !== undefined) target.format.font.bold = style.bold;
    if (style.italic !== undefined) target.format.font.italic = style.italic;
    if (style.size !== undefined) target.format.font.size = style.size;
    if (style.color !== undefined) target.format.font.color = style.color;
    if (style.fill !== undefined) target.format.fill.color = style.fill;
    if (style.horizontalAlignment !== undefined) target.format.horizontalAlignment = style.horizontalAlignment;
    if (style.wrapText !== undefined) target.format.wrapText = style.wrapText;
  }
  for (const range of layout.merges) sheet.getRange(range).merge(false);
  for (const [column, width] of Object.entries(layout.columnWidths)) {
    sheet.getRange(`${column}:${column}`).format.columnWidth = width;
  }
  for (const name of layout.names) sheet.names.add(name.name, sheet.getRange(name.address), name.comment);
  for (const spec of layout.charts) {
    const chart = sheet.charts.add(spec.type, sheet.getRange(spec.source), "Columns");
    chart.name = spec.name;
    chart.title.text = spec.title;
    const [from, to] = spec.position.split(":");
    chart.setPosition(from, to);
    chart.legend.visible = spec.type === "Pie";
    if (spec.type === "Pie") chart.legend.position = "Right";
  }
  const page = sheet.pageLayout;
  const setup = layout.pageSetup;
  page.orientation = setup.orientation;
  page.paperSize = setup.paperSize;
  page.zoom = { horizontalFitToPages: setup.fitToPagesWide, verticalFitToPages: setup.fitToPagesTall };
  page.headersFooters.defaultForAllPages.centerHeader = setup.centerHeader;
  page.headersFooters.defaultForAllPages.rightHeader = setup.rightHeader;
  page.headersFooters.defaultForAllPages.centerFooter = setup.centerFooter;
  page.setPrintTitleRows(setup.printTitleRows);
}

/**
 * Generates the built-in report for a quarter. An existing report sheet of that
 * name is cleared and rewritten in place (same sheet, so links from other
 * sheets survive) only when `replaceExisting` is true; no other sheet is touched.
 * Syncs: 1 read, 1 more read when replacing (its charts and names), 1 write.
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
      await context.sync();

      const tableHeaders = header.values[0].map((h) => String(h));
      let agency = options.agency?.trim() || null;
      const agencyIndex = resolveHeaders(tableHeaders).indexOf.agency;
      const layoutFor = (agencyText: string) =>
        buildReportLayout({
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

      // Second read: the agency for the title, and what the old report holds that clearing cells does not remove.
      const agencyRange = agency === null && agencyIndex !== undefined ? table.columns.getItemAt(agencyIndex).getDataBodyRange() : null;
      agencyRange?.load("values");
      if (existing) {
        existing.charts.load("items/name");
        existing.names.load("items/name");
      }
      if (agencyRange || existing) await context.sync();
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
        everything.clear("All");
      } else {
        sheet = sheets.add(layout.sheetName);
      }
      queueLayout(sheet, layout);
      sheet.activate();
      sheet.getRange(layout.periodAddress).select();
      await context.sync();
      return { sheetName: layout.sheetName, replaced: existing !== null };
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

export interface FreezeOptions {
  readonly sheetName: string;
  readonly language: Language;
  readonly replaceExisting: boolean;
}

/** Text a frozen cell must not turn back into a formula when written as a value. */
function literal(value: unknown): unknown {
  return typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * Writes a values-only copy of a report (`<name> (값)` / `<name> (values)`):
 * the same formats, merges, charts and print setup, but numbers and text instead
 * of COMMIT formulas, so recipients without the add-in see figures. 2 syncs.
 */
export async function freezeReport(run: ExcelRun, options: FreezeOptions): Promise<ReportResult> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const source = sheets.getItemOrNullObject(options.sheetName);
    const used = source.getUsedRangeOrNullObject();
    used.load("address,values");
    await context.sync();
    if (source.isNullObject) throw new LocalizedError(SHEET_GONE(options.sheetName));
    const targetName = frozenSheetName(options.sheetName, options.language);
    const existing = sheets.items.find((s) => s.name.toLowerCase() === targetName.toLowerCase()) ?? null;
    if (existing && !options.replaceExisting) throw new ReportExistsError(existing.name);
    const values = used.isNullObject ? null : used.values.map((row) => row.map(literal));
    if (values && JSON.stringify(values).length > MAX_FREEZE_BYTES) {
      throw new LocalizedError(TOO_LARGE_TO_FREEZE(options.sheetName));
    }

    existing?.delete();
    const copy = source.copy("After", source);
    copy.name = targetName;
    if (values && !used.isNullObject) copy.getRange(localAddress(used.address)).values = values;
    copy.activate();
    await context.sync();
    return { sheetName: targetName, replaced: existing !== null };
  });
}
