/**
 * The quarters the picker offers (recent ones and every quarter with agreements,
 * newest first) and the default, with the reason the pane shows: the latest quarter
 * that has agreements, never a later one than today's (a typo'd 2042 is offered,
 * not chosen); the last completed quarter only when no quarter has any.
 */
import { compareQuarters, formatQuarter, lastCompletedQuarter, nextQuarter, parseQuarter, previousQuarter, type Quarter } from "../../../report";

export interface QuarterOption {
  readonly value: string;
  readonly hasData: boolean;
}

export type DefaultReason = "latestWithData" | "noData";

const RECENT_QUARTERS = 8;

export function quarterOptions(
  now: Date,
  quartersWithData: readonly string[],
): { options: QuarterOption[]; defaultValue: string; reason: DefaultReason } {
  const byValue = new Map<string, Quarter>();
  const completed = lastCompletedQuarter(now);
  const current = nextQuarter(completed);
  let quarter = completed;
  for (let i = 0; i < RECENT_QUARTERS; i++) {
    byValue.set(formatQuarter(quarter), quarter);
    quarter = previousQuarter(quarter);
  }
  const withData = quartersWithData.map(parseQuarter);
  for (const q of withData) byValue.set(formatQuarter(q), q);
  const dataValues = new Set(withData.map(formatQuarter));
  const options = [...byValue.values()]
    .sort((a, b) => compareQuarters(b, a))
    .map((q) => ({ value: formatQuarter(q), hasData: dataValues.has(formatQuarter(q)) }));
  const latest = withData.filter((q) => compareQuarters(q, current) <= 0).sort((a, b) => compareQuarters(b, a))[0];
  return latest
    ? { options, defaultValue: formatQuarter(latest), reason: "latestWithData" }
    : { options, defaultValue: formatQuarter(completed), reason: "noData" };
}
