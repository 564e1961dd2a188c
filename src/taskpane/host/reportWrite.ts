/**
 * Writes a report layout in two requests (issue 10, item 7). Excel applies the
 * operations of a request up to a failing one and skips the rest, so:
 *
 * 1. The content request holds what the figures need: number formats, the period
 *    cell, the `ReportPeriod` name (defined before the formula that reads it), every
 *    value and formula in one grid, styles and widths. A failure anywhere leaves a
 *    sheet that regenerating clears and rewrites.
 * 2. The cosmetic request holds what can fail for reasons of its own (a merge while a
 *    chart is selected, office-js #399; chart and page-layout calls on some hosts):
 *    merges, charts, page setup and the period cell's input rule. If it fails, each
 *    step is redone alone (all are idempotent), and the steps that still fail are
 *    reported, never thrown: the figures are already there.
 *
 * Literal cells go through the shared neutraliser, so an imported agency
 * "=HYPERLINK(…)" lands as text (issue 9, item 20).
 */
import { parseRangeAddress, type ReportChart, type ReportLayout } from "../../report";
import { toCellInput } from "../../sync/neutralise";
import type { LocalizedMessage } from "../../validation";

/** A cosmetic step that could not be applied; the report's figures are complete without it. */
export interface NotApplied {
  readonly step: "merges" | "chart" | "pageSetup" | "periodRule";
  readonly what: LocalizedMessage;
  readonly reason: string;
}

/** The value written for one layout cell: formulas as composed, literals neutralised. */
export function cellInput(cell: { content: string | number; isFormula: boolean }): string | number | boolean {
  if (cell.isFormula) return cell.content;
  return toCellInput(cell.content);
}

/** Queues the content request on a sheet that is empty or was just cleared; the caller syncs. */
export function queueContent(sheet: Excel.Worksheet, layout: ReportLayout): void {
  // Formats first, so the period cell is text ("@") before "2024-Q3" lands in it.
  for (const { range, format } of layout.numberFormats) {
    const bounds = parseRangeAddress(range);
    const rows = bounds.bottom - bounds.top + 1;
    const cols = bounds.right - bounds.left + 1;
    sheet.getRange(range).numberFormat = Array.from({ length: rows }, () => Array.from({ length: cols }, () => format));
  }
  const period = layout.cells.find((c) => c.address === layout.periodAddress);
  if (period) sheet.getRange(layout.periodAddress).values = [[cellInput(period)]];
  // The name exists before any formula that reads it is written.
  for (const name of layout.names) sheet.names.add(name.name, sheet.getRange(name.address), name.comment);

  const used = parseRangeAddress(layout.usedRange);
  const grid: (string | number | boolean)[][] = Array.from({ length: used.bottom - used.top + 1 }, () =>
    Array.from({ length: used.right - used.left + 1 }, () => ""),
  );
  for (const cell of layout.cells) {
    const at = parseRangeAddress(cell.address);
    grid[at.top - used.top][at.left - used.left] = cellInput(cell);
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
  for (const [column, width] of Object.entries(layout.columnWidths)) {
    sheet.getRange(`${column}:${column}`).format.columnWidth = width;
  }
}

interface CosmeticStep {
  readonly step: NotApplied["step"];
  readonly what: LocalizedMessage;
  queue(sheet: Excel.Worksheet): void;
}

function chartStep(spec: ReportChart): CosmeticStep {
  return {
    step: "chart",
    what: { ko: `차트 '${spec.title}'`, en: `the chart '${spec.title}'` },
    queue(sheet) {
      const chart = sheet.charts.add(spec.type, sheet.getRange(spec.source), "Columns");
      chart.name = spec.name;
      chart.title.text = spec.title;
      const [from, to] = spec.position.split(":");
      chart.setPosition(from, to);
      chart.legend.visible = spec.type === "Pie";
      if (spec.type === "Pie") chart.legend.position = "Right";
    },
  };
}

/** String literals stand in for Office enums (Excel.PaperType.a4 is "A4"), so this runs without the Excel global. */
function cosmeticSteps(layout: ReportLayout): CosmeticStep[] {
  const setup = layout.pageSetup;
  const rule = layout.periodValidation;
  return [
    {
      step: "merges",
      what: { ko: "셀 병합", en: "cell merges" },
      queue(sheet) {
        for (const range of layout.merges) sheet.getRange(range).merge(false);
      },
    },
    ...layout.charts.map(chartStep),
    {
      step: "pageSetup",
      what: { ko: "인쇄 설정(용지, 머리글, 반복 행, 인쇄 영역)", en: "print setup (paper, header, repeated rows, print area)" },
      queue(sheet) {
        const page = sheet.pageLayout;
        page.orientation = setup.orientation;
        page.paperSize = setup.paperSize;
        page.zoom = { horizontalFitToPages: setup.fitToPagesWide, verticalFitToPages: setup.fitToPagesTall };
        page.headersFooters.defaultForAllPages.centerHeader = setup.centerHeader;
        page.headersFooters.defaultForAllPages.rightHeader = setup.rightHeader;
        page.headersFooters.defaultForAllPages.centerFooter = setup.centerFooter;
        page.setPrintTitleRows(setup.printTitleRows);
        page.setPrintArea(setup.printArea);
      },
    },
    {
      step: "periodRule",
      what: { ko: `보고 분기 셀(${rule.address})의 입력 규칙`, en: `the input rule of the period cell (${rule.address})` },
      queue(sheet) {
        const validation = sheet.getRange(rule.address).dataValidation;
        validation.clear();
        validation.rule = { custom: { formula: rule.formula } };
        validation.errorAlert = { showAlert: true, style: "Stop", title: rule.title, message: rule.message };
        validation.prompt = { showPrompt: true, title: rule.title, message: rule.message };
      },
    },
  ];
}

function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * The cosmetic request, guarded: returns the steps that could not be applied. Costs one
 * sync when everything applies; after a failure, a read, a chart clean-up and one sync per step.
 */
export async function applyCosmetics(context: Excel.RequestContext, sheet: Excel.Worksheet, layout: ReportLayout): Promise<NotApplied[]> {
  const steps = cosmeticSteps(layout);
  try {
    for (const step of steps) step.queue(sheet);
    await context.sync();
    return [];
  } catch {
    // Excel kept the operations before the failing one; redo each step alone, idempotently.
  }
  const failed: NotApplied[] = [];
  // The failed request may have added a chart and stopped before naming it ("Chart 1"): the
  // sheet was cleared of charts before this run, so every chart on it now is this run's; drop
  // them all and add each again, never leaving two.
  try {
    sheet.charts.load("items/name");
    await context.sync();
    sheet.charts.items.forEach((chart) => chart.delete());
    await context.sync();
  } catch (error) {
    return steps.map((s) => ({ step: s.step, what: s.what, reason: reasonOf(error) }));
  }
  for (const step of steps) {
    try {
      step.queue(sheet);
      // One request per step is the point: a failing step must not skip the others.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      failed.push({ step: step.step, what: step.what, reason: reasonOf(error) });
    }
  }
  return failed;
}
