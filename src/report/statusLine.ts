/**
 * The report's live status line (issue 11, item 4): a native formula, blank while every
 * figure computes. When the period cell holds no quarter it says so; when a block holds
 * an error (#VALUE! from a row a function cannot read, #SPILL!), it says the report is
 * incomplete, names the blocks and says where to look. When every figure computes but
 * some of the quarter's agreements have an amount and no 원화환산액 (a currency without a
 * rate), their money is missing from the sums without any error: the line counts them with
 * COMMIT.COUNT. It quotes only report labels and a count: no data-derived text ever
 * reaches a formula.
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

/**
 * `missingAmounts`: a formula counting the period's agreements whose amount is left out of the
 * won sums (e.g. COMMIT.COUNT over "Amount (KRW)=" and "Amount<>").
 */
export function statusLineFormula(language: Language, periodReading: string, blocks: readonly StatusBlock[], missingAmounts: string): string {
  const label = (key: ReportLabelKey) => str(REPORT_LABELS[key][language]);
  const named = blocks.map((block) => `&IF(${failed(block.refs)},${label(block.label)},"")`).join("");
  const missing = `IFERROR(${missingAmounts},0)`;
  return (
    `=IF(IFERROR(LEN(${periodReading})*0,1)=1,${label("statusPeriodUnreadable")},` +
    `IF(${failed(blocks.map((block) => block.refs).join(","))},${label("statusIncomplete")}${named}&${label("statusWhere")},` +
    `IF(${missing}>0,${label("statusMissingAmountsBefore")}&${missing}&${label("statusMissingAmountsAfter")},"")))`
  );
}
