/**
 * The report's live status line (issue 11, item 4): a native formula, blank while every
 * figure computes. When the period cell holds no quarter it says so; when a block holds
 * an error (#VALUE! from a row a function cannot read, #SPILL!), it says the report is
 * incomplete, names the blocks and says where to look. It quotes only report labels: no
 * data-derived text ever reaches a formula.
 */
import type { Language } from "../schema";
import { str } from "./layoutBuilder";
import { REPORT_LABELS, type ReportLabelKey } from "./labels";

export interface StatusBlock {
  /** The block's name on the line, e.g. " [1. 주요 지표]". */
  readonly label: ReportLabelKey;
  /** The block's figure cells, as a SUM argument list ("B10:B17,E10:E13" or a spill anchor). */
  readonly refs: string;
}

/** SUM propagates the first error of its references and ignores text, so this is true exactly when one cell errs. */
const failed = (refs: string) => `IFERROR(SUM(${refs})*0,1)=1`;

export function statusLineFormula(language: Language, periodReading: string, blocks: readonly StatusBlock[]): string {
  const label = (key: ReportLabelKey) => str(REPORT_LABELS[key][language]);
  const named = blocks.map((block) => `&IF(${failed(block.refs)},${label(block.label)},"")`).join("");
  return (
    `=IF(IFERROR(LEN(${periodReading})*0,1)=1,${label("statusPeriodUnreadable")},` +
    `IF(${failed(blocks.map((block) => block.refs).join(","))},${label("statusIncomplete")}${named}&${label("statusWhere")},""))`
  );
}
