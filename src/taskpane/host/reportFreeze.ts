/**
 * The sheet the officer is looking at, as the report tab needs it: which quarter its
 * period cell shows, whether its name says another one, and whether it may be
 * frozen. Freezing and renaming act on that sheet by name, re-checked in the same
 * request that acts (issue 11, items 5 and 6).
 */
import type { ExcelRun } from "../../office/run";
import {
  PERIOD_NAME,
  formatQuarter,
  freezeRefusal,
  frozenNameFor,
  quarterInSheetName,
  quarterLabel,
  quarterOfPeriodCell,
  retargetedName,
  type Quarter,
} from "../../report";
import { FX_TABLE_NAME, TABLE_NAME, type Language } from "../../schema";
import { toCellInput } from "../../sync/neutralise";
import type { LocalizedMessage } from "../../validation";
import { LocalizedError } from "./LocalizedError";
import type { ReportResult } from "./report";
import { ReportExistsError } from "./report";
import { SYNC_LOG_SHEET } from "./sync";

export interface ActiveSheetState {
  readonly name: string;
  /** The quarter the sheet's ReportPeriod cell shows; null without one or when it holds no quarter. */
  readonly shownQuarter: string | null;
  /** The ReportPeriod cell's text when it holds no quarter (so the pane can say what is wrong). */
  readonly unreadablePeriod: string | null;
  /** The name to offer when the sheet's name states another quarter than it shows. */
  readonly suggestedName: string | null;
  /** Why freezing this sheet is refused; null when it may be frozen. */
  readonly freezeRefusal: LocalizedMessage | null;
  /** What the frozen copy will be called. */
  readonly frozenName: string;
}

const SHEET_GONE = (name: string): LocalizedMessage => ({
  ko: `'${name}' 시트를 찾을 수 없습니다.`,
  en: `There is no sheet named '${name}'.`,
});

const PERIOD_UNREADABLE = (name: string, text: string): LocalizedMessage => ({
  ko: `'${name}' 시트의 보고 분기 셀(ReportPeriod)에 '${text}'이(가) 있어 어느 분기를 보여 주는지 알 수 없습니다. 2024-Q3 또는 2024년 3분기처럼 고친 뒤 다시 하세요.`,
  en: `The period cell (ReportPeriod) of '${name}' holds '${text}', which is not a quarter. Write e.g. 2024-Q3 or 2024년 3분기, then try again.`,
});

const NAME_TAKEN = (name: string): LocalizedMessage => ({
  ko: `'${name}' 시트가 이미 있어 이름을 바꿀 수 없습니다. 그 시트의 이름을 먼저 바꾸거나 지우세요.`,
  en: `A sheet named '${name}' already exists. Rename or delete it first.`,
});

const TOO_LARGE_TO_FREEZE = (name: string): LocalizedMessage => ({
  ko: `'${name}' 시트가 너무 커서 한 번에 값으로 복사할 수 없습니다(5MB 제한).`,
  en: `The sheet '${name}' is too large to copy as values in one request (5 MB limit).`,
});

/** Requests over 5 MB fail in Excel on the web; stay well below. */
const MAX_FREEZE_BYTES = 4_000_000;

interface SheetProbe {
  readonly sheet: Excel.Worksheet;
  readonly periodName: Excel.NamedItem;
  readonly tables: Excel.TableCollection;
}

/** Queues the first reads that describe a sheet (no sync). */
function probe(sheet: Excel.Worksheet, context: Excel.RequestContext): SheetProbe {
  sheet.load("name");
  const periodName = sheet.names.getItemOrNullObject(PERIOD_NAME);
  periodName.load("name");
  const tables = context.workbook.tables;
  tables.load("items/name");
  return { sheet, periodName, tables };
}

/**
 * Second sync: the period cell's value (only a name that exists is asked for its
 * range: a null object's methods are not relied on) and the sheets holding the data tables.
 */
async function describeProbed(context: Excel.RequestContext, probed: SheetProbe, language: Language): Promise<ActiveSheetState> {
  const period = probed.periodName.isNullObject ? null : probed.periodName.getRangeOrNullObject().load("values");
  const homes = probed.tables.items.filter((t) => t.name === TABLE_NAME || t.name === FX_TABLE_NAME).map((t) => t.worksheet.load("name"));
  await context.sync();
  const holding = new Set(homes.map((w) => w.name.toLowerCase()));
  const name = probed.sheet.name;
  const periodText = period === null || period.isNullObject ? null : period.values[0]?.[0];
  const shown: Quarter | null = periodText === null ? null : quarterOfPeriodCell(periodText);
  return {
    name,
    shownQuarter: shown ? formatQuarter(shown) : null,
    unreadablePeriod: periodText !== null && shown === null ? String(periodText ?? "") : null,
    suggestedName: retargetedName(name, shown),
    freezeRefusal: freezeRefusal({ name, holdsDataTable: holding.has(name.toLowerCase()), syncLogSheet: SYNC_LOG_SHEET }),
    frozenName: frozenNameFor(name, shown ?? quarterInSheetName(name).quarter, language),
  };
}

/** The active sheet as the report tab shows it (2 syncs). */
export async function readActiveSheetState(run: ExcelRun, language: Language): Promise<ActiveSheetState> {
  return run(async (context) => {
    const probed = probe(context.workbook.worksheets.getActiveWorksheet(), context);
    await context.sync();
    return describeProbed(context, probed, language);
  });
}

/** Reads a named sheet, refusing a missing one. */
async function describeNamed(context: Excel.RequestContext, sheetName: string, language: Language) {
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  sheet.load("name");
  await context.sync();
  if (sheet.isNullObject) throw new LocalizedError(SHEET_GONE(sheetName));
  const probed = probe(sheet, context);
  await context.sync();
  return { probed, state: await describeProbed(context, probed, language) };
}

/** Rewrites the print header's quarter, which Excel cannot compute from a cell. */
function queueHeaderQuarter(sheet: Excel.Worksheet, quarter: Quarter, language: Language): void {
  sheet.pageLayout.headersFooters.defaultForAllPages.rightHeader = quarterLabel(quarter, language).replace(/&/g, "&&");
}

/**
 * Renames a retargeted sheet for the quarter its period cell shows, and updates its
 * print header to match (5 syncs).
 */
export async function renameToShownQuarter(run: ExcelRun, sheetName: string, language: Language): Promise<ReportResult> {
  return run(async (context) => {
    const { probed, state } = await describeNamed(context, sheetName, language);
    if (state.unreadablePeriod !== null) throw new LocalizedError(PERIOD_UNREADABLE(sheetName, state.unreadablePeriod));
    if (state.suggestedName === null || state.shownQuarter === null) return { sheetName, replaced: false };
    const taken = context.workbook.worksheets.getItemOrNullObject(state.suggestedName);
    taken.load("name");
    await context.sync();
    if (!taken.isNullObject) throw new LocalizedError(NAME_TAKEN(state.suggestedName));
    probed.sheet.name = state.suggestedName;
    const reportLanguage = quarterInSheetName(state.suggestedName).reportLanguage ?? language;
    queueHeaderQuarter(probed.sheet, quarterOfPeriodCell(state.shownQuarter)!, reportLanguage);
    await context.sync();
    return { sheetName: state.suggestedName, replaced: false };
  });
}

export interface FreezeOptions {
  readonly sheetName: string;
  readonly language: Language;
  readonly replaceExisting: boolean;
}

/**
 * Writes a values-only copy of a report, named from the quarter its period cell
 * shows (`보고서 2024-3분기 (값)`), with the print header regenerated for that
 * quarter: the same formats, merges, charts and print setup, but numbers and text
 * instead of formulas, so recipients without the add-in see figures. Text that
 * Excel would run or re-type (a leading apostrophe, "=…", "0303", "#N/A") goes
 * through the neutraliser, so the copy holds what the report showed. Refuses the
 * register, the sync log and an existing values copy. 3-4 syncs.
 */
export async function freezeReport(run: ExcelRun, options: FreezeOptions): Promise<ReportResult> {
  return run(async (context) => {
    const { probed, state } = await describeNamed(context, options.sheetName, options.language);
    if (state.freezeRefusal) throw new LocalizedError(state.freezeRefusal);
    if (state.unreadablePeriod !== null) throw new LocalizedError(PERIOD_UNREADABLE(options.sheetName, state.unreadablePeriod));
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const used = probed.sheet.getUsedRangeOrNullObject();
    used.load("address,values");
    await context.sync();
    const targetName = state.frozenName;
    const existing = sheets.items.find((s) => s.name.toLowerCase() === targetName.toLowerCase()) ?? null;
    if (existing && !options.replaceExisting) throw new ReportExistsError(existing.name);
    const values = used.isNullObject ? null : used.values.map((row) => row.map((v) => toCellInput(v as string | number | boolean)));
    if (values && JSON.stringify(values).length > MAX_FREEZE_BYTES) {
      throw new LocalizedError(TOO_LARGE_TO_FREEZE(options.sheetName));
    }

    existing?.delete();
    const copy = probed.sheet.copy("After", probed.sheet);
    copy.name = targetName;
    if (values && !used.isNullObject) copy.getRange(used.address.slice(used.address.lastIndexOf("!") + 1)).values = values;
    if (state.shownQuarter) {
      const reportLanguage = quarterInSheetName(targetName.replace(/\s\((값|values)\)$/i, "")).reportLanguage ?? options.language;
      queueHeaderQuarter(copy, quarterOfPeriodCell(state.shownQuarter)!, reportLanguage);
    }
    copy.activate();
    await context.sync();
    return { sheetName: targetName, replaced: existing !== null };
  });
}
