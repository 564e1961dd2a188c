/** The quarters the picker offers: recent ones and every quarter with agreements, newest first. */
import { compareQuarters, formatQuarter, lastCompletedQuarter, parseQuarter, previousQuarter, type Quarter } from "../../../report";

export interface QuarterOption {
  readonly value: string;
  readonly hasData: boolean;
}

const RECENT_QUARTERS = 8;

export function quarterOptions(now: Date, quartersWithData: readonly string[]): { options: QuarterOption[]; defaultValue: string } {
  const byValue = new Map<string, Quarter>();
  let quarter = lastCompletedQuarter(now);
  const defaultValue = formatQuarter(quarter);
  for (let i = 0; i < RECENT_QUARTERS; i++) {
    byValue.set(formatQuarter(quarter), quarter);
    quarter = previousQuarter(quarter);
  }
  for (const value of quartersWithData) byValue.set(value, parseQuarter(value));
  const withData = new Set(quartersWithData);
  const options = [...byValue.values()]
    .sort((a, b) => compareQuarters(b, a))
    .map((q) => ({ value: formatQuarter(q), hasData: withData.has(formatQuarter(q)) }));
  return { options, defaultValue };
}
