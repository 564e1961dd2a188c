/**
 * A report sheet's name must say the quarter it shows. Typing 2024-Q3 into the
 * period cell of `보고서 2019-4분기` retargets the figures but not the name, and the
 * values copy that gets mailed is named from the sheet (issue 11, item 5). These
 * rules name a sheet, and its frozen copy, from the quarter its period cell shows.
 */
import type { Language } from "../schema";
import type { LocalizedMessage } from "../validation";
import { formatQuarter, frozenSheetName, reportSheetName, templateCopyName, type Quarter } from "./quarters";

const KO_REPORT = /^보고서 (\d{4})-([1-4])분기$/;
const EN_REPORT = /^Report (\d{4})-Q([1-4])$/i;
const TEMPLATE_COPY = /^(.*\S) (\d{4})-Q([1-4])$/i;
const FROZEN = /\s\((값|values)\)$/i;

export interface NamedQuarter {
  /** The quarter the name states, or null when it states none. */
  readonly quarter: Quarter | null;
  /** The built-in report's language, when the name is a built-in report's. */
  readonly reportLanguage: Language | null;
}

const q = (year: string, quarter: string): Quarter => ({ year: Number(year), quarter: Number(quarter) as Quarter["quarter"] });

export function quarterInSheetName(name: string): NamedQuarter {
  let match = KO_REPORT.exec(name);
  if (match) return { quarter: q(match[1], match[2]), reportLanguage: "ko" };
  match = EN_REPORT.exec(name);
  if (match) return { quarter: q(match[1], match[2]), reportLanguage: "en" };
  match = TEMPLATE_COPY.exec(name);
  if (match) return { quarter: q(match[2], match[3]), reportLanguage: null };
  return { quarter: null, reportLanguage: null };
}

function sameQuarter(a: Quarter | null, b: Quarter | null): boolean {
  return a !== null && b !== null && a.year === b.year && a.quarter === b.quarter;
}

/**
 * The name a sheet should have for the quarter it shows: the built-in report's name
 * for that quarter, a template copy's base with that quarter, or the name itself
 * with the quarter added when it states none.
 */
export function nameForShownQuarter(name: string, shown: Quarter): string {
  const named = quarterInSheetName(name);
  if (named.reportLanguage) return reportSheetName(shown, named.reportLanguage);
  const copy = TEMPLATE_COPY.exec(name);
  if (copy) return templateCopyName(copy[1], shown);
  return templateCopyName(name, shown);
}

/** The new name to offer when a sheet's name states another quarter than it shows; null when it is right. */
export function retargetedName(name: string, shown: Quarter | null): string | null {
  if (shown === null || FROZEN.test(name)) return null;
  const named = quarterInSheetName(name);
  if (named.quarter === null || sameQuarter(named.quarter, shown)) return null;
  return nameForShownQuarter(name, shown);
}

/** The frozen copy's name, from the quarter the sheet shows (or the sheet's name when it shows none). */
export function frozenNameFor(name: string, shown: Quarter | null, language: Language): string {
  if (shown === null) return frozenSheetName(name, language);
  const named = quarterInSheetName(name);
  const base = sameQuarter(named.quarter, shown) ? name : nameForShownQuarter(name, shown);
  return frozenSheetName(base, named.reportLanguage ?? language);
}

export interface SheetFacts {
  readonly name: string;
  /** The Commitments or FxRates table lives on this sheet. */
  readonly holdsDataTable: boolean;
  readonly syncLogSheet: string;
}

/** Why this sheet must not be frozen, or null when it may be. */
export function freezeRefusal(sheet: SheetFacts): LocalizedMessage | null {
  if (sheet.holdsDataTable) {
    return {
      ko: `'${sheet.name}' 시트에는 약정·환율 표가 있습니다. 값 복사본은 보고서 시트에서만 만듭니다. 보고서 시트를 여세요.`,
      en: `'${sheet.name}' holds the Commitments or FxRates table. Freeze copies are made of report sheets only: open a report sheet.`,
    };
  }
  if (sheet.name.toLowerCase() === sheet.syncLogSheet.toLowerCase()) {
    return {
      ko: `'${sheet.name}'은(는) 동기화 기록 시트입니다. 보고서 시트를 여세요.`,
      en: `'${sheet.name}' is the sync log. Open a report sheet.`,
    };
  }
  if (FROZEN.test(sheet.name)) {
    return {
      ko: `'${sheet.name}'은(는) 이미 값 복사본입니다. 원래 보고서 시트를 여세요.`,
      en: `'${sheet.name}' is already a values copy. Open the report sheet it came from.`,
    };
  }
  return null;
}

/** The canonical quarter text, for messages. */
export function quarterText(quarter: Quarter | null): string {
  return quarter ? formatQuarter(quarter) : "";
}
