/**
 * A chart drawn over the grid where the workbook placed it: clustered columns
 * or a pie, the two kinds the quarterly report uses. Any other type is drawn as
 * columns, with its Excel type named in the corner, rather than dropped.
 */
import { makeStyles } from "@fluentui/react-components";
import { axisTicks, compactNumber, type ChartData } from "./chartData";

const PALETTE = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47", "#264478", "#9E480E"];

const useStyles = makeStyles({
  frame: {
    position: "absolute",
    zIndex: 2,
    boxSizing: "border-box",
    backgroundColor: "#FFFFFF",
    border: "1px solid #BFBFBF",
    boxShadow: "0 1px 3px rgba(0,0,0,0.12)",
    fontFamily: "'Malgun Gothic', 'Apple SD Gothic Neo', NanumGothic, 'Segoe UI', sans-serif",
  },
});

export interface ChartFrameProps {
  readonly title: string;
  readonly chartType: string;
  readonly data: ChartData;
  readonly box: { readonly top: number; readonly left: number; readonly width: number; readonly height: number };
}

function Columns({ data, width, height }: { data: ChartData; width: number; height: number }) {
  const margin = { top: 8, right: 12, bottom: 34, left: 48 };
  const plotWidth = Math.max(10, width - margin.left - margin.right);
  const plotHeight = Math.max(10, height - margin.top - margin.bottom);
  // A loop, not Math.max(...values): a chart over a large range would overflow the stack.
  let max = 0;
  for (const s of data.series) for (const value of s.values) if (value > max) max = value;
  const ticks = axisTicks(max);
  const top = ticks[ticks.length - 1] || 1;
  const groupWidth = plotWidth / Math.max(1, data.categories.length);
  const barWidth = (groupWidth * 0.7) / Math.max(1, data.series.length);
  const y = (value: number) => margin.top + plotHeight - (Math.max(0, value) / top) * plotHeight;
  return (
    <g>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={margin.left} x2={margin.left + plotWidth} y1={y(tick)} y2={y(tick)} stroke="#E0E0E0" />
          <text x={margin.left - 4} y={y(tick) + 4} fontSize={10} textAnchor="end" fill="#595959">
            {compactNumber(tick)}
          </text>
        </g>
      ))}
      {data.categories.map((category, index) => (
        <g key={`${category}-${index}`}>
          {data.series.map((series, s) => {
            const x = margin.left + index * groupWidth + groupWidth * 0.15 + s * barWidth;
            const value = series.values[index] ?? 0;
            return (
              <rect key={series.name + s} x={x} y={y(value)} width={Math.max(1, barWidth - 1)} height={margin.top + plotHeight - y(value)} fill={PALETTE[s % PALETTE.length]}>
                <title>{`${category}: ${value.toLocaleString("ko-KR")}`}</title>
              </rect>
            );
          })}
          <text x={margin.left + (index + 0.5) * groupWidth} y={margin.top + plotHeight + 14} fontSize={10} textAnchor="middle" fill="#404040">
            {category.length > 8 ? `${category.slice(0, 7)}…` : category}
          </text>
        </g>
      ))}
      <line x1={margin.left} x2={margin.left + plotWidth} y1={margin.top + plotHeight} y2={margin.top + plotHeight} stroke="#8C8C8C" />
    </g>
  );
}

function Pie({ data, width, height }: { data: ChartData; width: number; height: number }) {
  const values = data.series[0]?.values ?? [];
  const total = values.reduce((sum, value) => sum + Math.max(0, value), 0);
  const legendWidth = Math.min(140, width * 0.4);
  const radius = Math.max(10, Math.min((width - legendWidth) / 2, height / 2) - 10);
  const cx = (width - legendWidth) / 2;
  const cy = height / 2;
  let angle = -Math.PI / 2;
  const slices = values.map((value, index) => {
    const share = total > 0 ? Math.max(0, value) / total : 0;
    const start = angle;
    angle += share * 2 * Math.PI;
    const end = angle;
    const large = end - start > Math.PI ? 1 : 0;
    const point = (a: number) => `${cx + radius * Math.cos(a)},${cy + radius * Math.sin(a)}`;
    const path =
      share >= 0.9999
        ? `M ${cx - radius},${cy} a ${radius},${radius} 0 1,0 ${radius * 2},0 a ${radius},${radius} 0 1,0 ${-radius * 2},0`
        : `M ${cx},${cy} L ${point(start)} A ${radius},${radius} 0 ${large} 1 ${point(end)} Z`;
    return { path, share, index };
  });
  return (
    <g>
      {total === 0 ? (
        <text x={cx} y={cy} textAnchor="middle" fontSize={11} fill="#808080">
          자료 없음 · No data
        </text>
      ) : (
        slices.map((slice) =>
          slice.share > 0 ? (
            <path key={slice.index} d={slice.path} fill={PALETTE[slice.index % PALETTE.length]} stroke="#FFFFFF">
              <title>{`${data.categories[slice.index]}: ${(slice.share * 100).toFixed(1)}%`}</title>
            </path>
          ) : null,
        )
      )}
      {data.categories.map((category, index) => (
        <g key={`${category}-${index}`} transform={`translate(${width - legendWidth + 4}, ${Math.max(8, cy - data.categories.length * 9) + index * 18})`}>
          <rect width={10} height={10} fill={PALETTE[index % PALETTE.length]} />
          <text x={14} y={9} fontSize={10} fill="#404040">
            {`${category} ${total > 0 ? `${((Math.max(0, values[index] ?? 0) / total) * 100).toFixed(0)}%` : ""}`}
          </text>
        </g>
      ))}
    </g>
  );
}

export function ChartFrame({ title, chartType, data, box }: ChartFrameProps) {
  const styles = useStyles();
  const titleHeight = title ? 24 : 6;
  const plotHeight = Math.max(20, box.height - titleHeight);
  const isPie = /pie|doughnut/i.test(chartType);
  const known = isPie || /^column|^bar/i.test(chartType);
  return (
    <figure className={styles.frame} style={{ ...box, margin: 0 }} aria-label={`차트 · Chart: ${title}`} data-chart-type={chartType}>
      <svg width={box.width - 2} height={box.height - 2} role="img" aria-label={title}>
        {title && (
          <text x={(box.width - 2) / 2} y={17} textAnchor="middle" fontSize={13} fontWeight={600} fill="#262626">
            {title}
          </text>
        )}
        <g transform={`translate(0, ${titleHeight})`}>
          {isPie ? <Pie data={data} width={box.width - 2} height={plotHeight} /> : <Columns data={data} width={box.width - 2} height={plotHeight} />}
        </g>
        {!known && (
          <text x={box.width - 6} y={box.height - 6} textAnchor="end" fontSize={9} fill="#A0A0A0">
            {chartType}
          </text>
        )}
      </svg>
    </figure>
  );
}
