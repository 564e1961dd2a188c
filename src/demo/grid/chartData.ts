/**
 * Turns a chart's source range into categories and series, the way Excel reads
 * a range "by columns": the first column names the categories, each further
 * column is a series named by its header cell. Blank trailing rows (a spilled
 * pivot with room to grow) are dropped.
 */
import type { CellValue } from "../../simulator";

export interface ChartSeries {
  readonly name: string;
  readonly values: readonly number[];
}

export interface ChartData {
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
}

type Cell = CellValue | "" | undefined;

const isBlank = (cell: Cell) => cell === undefined || cell === "";
const isNumber = (cell: Cell): cell is number => typeof cell === "number" && Number.isFinite(cell);

export function chartData(source: readonly (readonly Cell[])[]): ChartData {
  if (source.length === 0 || source[0].length === 0) return { categories: [], series: [] };
  // A loop, not Math.max(...rows): a chart over a large range would overflow the stack.
  let width = 0;
  for (const row of source) if (row.length > width) width = row.length;
  // A header row has text where the values would be.
  const hasHeader = source[0].slice(1).some((cell) => !isBlank(cell) && !isNumber(cell)) || (width === 1 && !isNumber(source[0][0]));
  const rows = (hasHeader ? source.slice(1) : source).filter((row) => row.some((cell) => !isBlank(cell) && cell !== 0));
  const hasCategories = width > 1 && rows.some((row) => !isBlank(row[0]) && !isNumber(row[0]));
  const firstValueColumn = hasCategories ? 1 : 0;
  const categories = rows.map((row, index) => (hasCategories ? String(row[0] ?? "") : String(index + 1)));
  const series: ChartSeries[] = [];
  for (let col = firstValueColumn; col < width; col++) {
    const name = hasHeader ? String(source[0][col] ?? "") : `계열${series.length + 1}`;
    series.push({
      name,
      values: rows.map((row) => {
        const cell = row[col];
        return isNumber(cell) ? cell : 0;
      }),
    });
  }
  return { categories, series };
}

/** Axis labels for won amounts: 억 and 만 as Korean reports write them. */
export function compactNumber(value: number): string {
  const magnitude = Math.abs(value);
  const sign = value < 0 ? "-" : "";
  const trim = (n: number) => String(Number(n.toFixed(1)));
  if (magnitude >= 1e12) return `${sign}${trim(magnitude / 1e12)}조`;
  if (magnitude >= 1e8) return `${sign}${trim(magnitude / 1e8)}억`;
  if (magnitude >= 1e4) return `${sign}${trim(magnitude / 1e4)}만`;
  return `${sign}${trim(magnitude)}`;
}

/** Round axis steps (1, 2, 5 × 10^n) covering 0..max in about `ticks` steps. */
export function axisTicks(max: number, ticks = 5): number[] {
  if (!(max > 0)) return [0];
  const rough = max / ticks;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough) ?? 10 * power;
  const result: number[] = [];
  for (let value = 0; value < max + step * 0.999; value += step) result.push(Number(value.toPrecision(12)));
  return result;
}
