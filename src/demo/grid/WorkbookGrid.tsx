/**
 * A spreadsheet grid over one simulated sheet: column letters, row numbers,
 * frozen rows, table styling and the selection. Only the rows in view are
 * rendered, so a 50,000-row import scrolls as smoothly as the 20-row seed.
 * Every cell carries data-address="B3" and aria-selected, which the browser
 * tests and screen readers rely on.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import {
  forwardRef,
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from "react";
import { cellAddress, columnLetters, rectAddress, type Rect } from "../../simulator/address";
import { ChartFrame } from "./ChartFrame";
import type { CellView, SheetView } from "./sheetView";

export const ROW_HEIGHT = 22;
const ROW_HEADER_WIDTH = 46;
const OVERSCAN = 8;

const useStyles = makeStyles({
  scroller: {
    position: "relative",
    overflow: "auto",
    flexGrow: 1,
    minHeight: 0,
    backgroundColor: "#FFFFFF",
    fontFamily: "'Malgun Gothic', 'Apple SD Gothic Neo', NanumGothic, 'Segoe UI', sans-serif",
    fontSize: "13px",
    outlineStyle: "none",
    ":focus-visible": { boxShadow: `inset 0 0 0 2px ${tokens.colorStrokeFocus2}` },
  },
  // Stacking, bottom to top: cells, overflowing text and the active cell (1), charts (2),
  // row numbers (3), the pinned column letters and frozen rows (4).
  pinned: { position: "sticky", top: 0, zIndex: 4, backgroundColor: "#FFFFFF" },
  row: { display: "flex", height: `${ROW_HEIGHT}px` },
  bodyRow: { position: "absolute", left: 0, display: "flex", height: `${ROW_HEIGHT}px` },
  corner: { backgroundColor: "#F3F3F3", borderRight: "1px solid #C8C8C8", borderBottom: "1px solid #C8C8C8" },
  columnHeader: {
    flexShrink: 0,
    boxSizing: "border-box",
    textAlign: "center",
    lineHeight: `${ROW_HEIGHT - 1}px`,
    color: "#444444",
    backgroundColor: "#F3F3F3",
    borderRight: "1px solid #DADADA",
    borderBottom: "1px solid #C8C8C8",
    userSelect: "none",
  },
  headerActive: { backgroundColor: "#D2D2D2", color: "#0F6B3A", fontWeight: 600, borderBottom: "2px solid #217346" },
  rowHeader: {
    position: "sticky",
    left: 0,
    zIndex: 3,
    flexShrink: 0,
    boxSizing: "border-box",
    width: `${ROW_HEADER_WIDTH}px`,
    textAlign: "center",
    lineHeight: `${ROW_HEIGHT - 1}px`,
    color: "#444444",
    backgroundColor: "#F3F3F3",
    borderRight: "1px solid #C8C8C8",
    borderBottom: "1px solid #DADADA",
    userSelect: "none",
  },
  rowHeaderActive: { backgroundColor: "#D2D2D2", color: "#0F6B3A", fontWeight: 600, borderRight: "2px solid #217346" },
  frozenEdge: { borderBottom: "2px solid #9E9E9E" },
  cell: {
    flexShrink: 0,
    boxSizing: "border-box",
    paddingLeft: "3px",
    paddingRight: "3px",
    lineHeight: `${ROW_HEIGHT - 1}px`,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "clip",
    borderRight: "1px solid #E1E1E1",
    borderBottom: "1px solid #E1E1E1",
    cursor: "cell",
  },
  overflowing: { position: "relative", overflow: "visible", zIndex: 1 },
  // Text running over empty neighbours must not take their clicks: the click belongs to the cell under it.
  overflowText: { position: "absolute", top: 0, left: 0, boxSizing: "border-box", paddingLeft: "3px", paddingRight: "3px", overflow: "hidden", pointerEvents: "none" },
  inSelection: { backgroundColor: "rgba(33, 115, 70, 0.12) !important" },
  active: { outline: "2px solid #217346", outlineOffset: "-2px", position: "relative", zIndex: 1 },
});

export interface WorkbookGridProps {
  readonly view: SheetView;
  /** A click or a keyboard move: an address like "B3" or a range "B3:D5". */
  readonly onSelect: (address: string) => void;
  /** Enter, F2 or a typed character: start editing in the formula bar. */
  readonly onStartEdit: (initialText?: string) => void;
  /** Delete: clear the selected cells. */
  readonly onClear: () => void;
  /** Escape or F6: leave the grid for the next pane (the task pane), as F6 does in Excel. */
  readonly onLeave?: () => void;
}

function inRect(rect: Rect, row: number, col: number): boolean {
  return row >= rect.row && row < rect.row + rect.rows && col >= rect.col && col < rect.col + rect.cols;
}

function cellStyle(cell: CellView, width: number): CSSProperties {
  return {
    width,
    textAlign: cell.align,
    fontWeight: cell.style.bold ? 700 : undefined,
    fontStyle: cell.style.italic ? "italic" : undefined,
    color: cell.style.color,
    backgroundColor: cell.style.background,
    fontSize: cell.style.fontSize ? `${Math.round(cell.style.fontSize * (4 / 3) * 0.85)}px` : undefined,
  };
}

export const WorkbookGrid = forwardRef<HTMLDivElement | null, WorkbookGridProps>(function WorkbookGrid(
  { view, onSelect, onStartEdit, onClear, onLeave },
  ref,
) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  useImperativeHandle(ref, () => scroller.current as HTMLDivElement, []);
  const pinned = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState({ top: 0, height: 600 });
  const anchor = useRef<{ row: number; col: number } | null>(null);

  const columnOffsets = useMemo(() => {
    const offsets = [ROW_HEADER_WIDTH];
    view.columnWidths.forEach((width) => offsets.push(offsets[offsets.length - 1] + width));
    return offsets;
  }, [view.columnWidths]);
  const totalWidth = columnOffsets[columnOffsets.length - 1];

  const measure = useCallback(() => {
    const element = scroller.current;
    if (element) setViewport({ top: element.scrollTop, height: element.clientHeight });
  }, []);

  useLayoutEffect(() => {
    measure();
    const element = scroller.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [measure]);

  // Keep the active cell in view after keyboard moves and name-box jumps.
  const { row: activeRow, col: activeCol } = view.selection;
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const pinnedHeight = pinned.current?.offsetHeight ?? ROW_HEIGHT;
    if (activeRow >= view.frozenRows) {
      const top = (activeRow - view.frozenRows) * ROW_HEIGHT;
      const visibleHeight = element.clientHeight - pinnedHeight;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (top + ROW_HEIGHT > element.scrollTop + visibleHeight) element.scrollTop = top + ROW_HEIGHT - visibleHeight;
    }
    const left = columnOffsets[activeCol] - ROW_HEADER_WIDTH;
    const right = columnOffsets[activeCol + 1];
    if (left < element.scrollLeft) element.scrollLeft = left;
    else if (right > element.scrollLeft + element.clientWidth) element.scrollLeft = right - element.clientWidth;
  }, [activeRow, activeCol, view.frozenRows, columnOffsets]);

  // Where the keyboard moves from: the last cell chosen here, even before the redraw shows it,
  // so quick key presses (or key repeat) move from the newest position, as in Excel.
  const cursor = useRef({ row: view.selection.row, col: view.selection.col });
  useEffect(() => {
    cursor.current = { row: activeRow, col: activeCol };
  }, [activeRow, activeCol]);

  const select = (row: number, col: number, extend: boolean) => {
    const clampedRow = Math.min(Math.max(row, 0), view.rowCount - 1);
    const clampedCol = Math.min(Math.max(col, 0), view.columnCount - 1);
    cursor.current = { row: clampedRow, col: clampedCol };
    if (extend && anchor.current) {
      const rect: Rect = {
        row: Math.min(anchor.current.row, clampedRow),
        col: Math.min(anchor.current.col, clampedCol),
        rows: Math.abs(anchor.current.row - clampedRow) + 1,
        cols: Math.abs(anchor.current.col - clampedCol) + 1,
      };
      onSelect(rectAddress(rect));
      return;
    }
    anchor.current = { row: clampedRow, col: clampedCol };
    onSelect(cellAddress(clampedRow, clampedCol));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const { row, col } = cursor.current;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Tab: [0, event.shiftKey ? -1 : 1],
    };
    const move = moves[event.key];
    if (event.key === "Escape" || event.key === "F6") {
      // The grid must not trap the keyboard: Escape and F6 go on to the task pane.
      event.preventDefault();
      onLeave?.();
    } else if (event.key === "Tab" && (event.shiftKey ? col === 0 : col >= view.lastUsedColumn)) {
      // Tab from the last column with data (Shift+Tab from the first) leaves the grid: the browser
      // moves focus on. The grid grows as the selection moves right, so its own edge is no stop.
      return;
    } else if (move) {
      event.preventDefault();
      select(row + move[0], col + move[1], event.shiftKey && event.key !== "Tab");
    } else if (event.key === "Enter" || event.key === "F2") {
      event.preventDefault();
      onStartEdit();
    } else if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      onClear();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      onStartEdit(event.key);
    }
  };

  const pinnedHeight = ROW_HEIGHT * (1 + view.frozenRows);
  const bodyRows = view.rowCount - view.frozenRows;
  const first = Math.max(0, Math.floor(viewport.top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(bodyRows, Math.ceil((viewport.top + viewport.height - pinnedHeight) / ROW_HEIGHT) + OVERSCAN + 1);

  const mergeStarts = useMemo(() => new Map(view.merges.map((merge) => [`${merge.row},${merge.col}`, merge])), [view.merges]);
  const isMerged = (row: number, col: number) => view.merges.some((merge) => inRect(merge, row, col));

  const renderCells = (row: number) => {
    const cells = view.columnWidths.map((_, col) => view.cell(row, col));
    return cells.map((cell, col) => {
      const width = view.columnWidths[col];
      const selected = inRect(view.selection, row, col);
      const isActive = row === view.selection.row && col === view.selection.col;
      // Text runs on over empty cells to its right, and across a merged area, as in Excel.
      const merge = mergeStarts.get(`${row},${col}`);
      let span = merge ? merge.cols : 1;
      if (!merge && cell.text !== "" && cell.align === "left" && !cell.style.wrap) {
        while (col + span < cells.length && span < 12 && cells[col + span].text === "" && !isMerged(row, col + span)) span++;
      }
      const spanWidth = columnOffsets[Math.min(col + span, view.columnCount)] - columnOffsets[col];
      const content =
        span > 1 && cell.text !== "" ? (
          <span className={styles.overflowText} style={{ width: spanWidth, textAlign: merge ? cell.align : "left" }}>
            {cell.text}
          </span>
        ) : (
          cell.text
        );
      return (
        <div
          key={col}
          role="gridcell"
          aria-colindex={col + 2}
          aria-selected={selected}
          data-address={cell.address}
          title={cell.text.length > 12 ? cell.text : undefined}
          className={mergeClasses(styles.cell, span > 1 && styles.overflowing, selected && styles.inSelection, isActive && styles.active)}
          style={cellStyle(cell, width)}
          onMouseDown={(event) => {
            event.preventDefault();
            scroller.current?.focus({ preventScroll: true });
            select(row, col, event.shiftKey);
          }}
          onDoubleClick={() => onStartEdit()}
        >
          {content}
        </div>
      );
    });
  };

  const rowHeader = (row: number) => {
    const active = row >= view.selection.row && row < view.selection.row + view.selection.rows;
    return (
      <div role="rowheader" className={mergeClasses(styles.rowHeader, active && styles.rowHeaderActive)}>
        {row + 1}
      </div>
    );
  };

  return (
    <div
      ref={scroller}
      className={styles.scroller}
      role="grid"
      aria-label={`${view.sheetName} 시트 · sheet`}
      aria-rowcount={view.rowCount + 1}
      aria-colcount={view.columnCount + 1}
      aria-multiselectable
      tabIndex={0}
      data-row-height={ROW_HEIGHT}
      data-frozen-rows={view.frozenRows}
      data-active-address={view.activeAddress}
      onScroll={measure}
      onKeyDown={onKeyDown}
    >
      <div ref={pinned} className={styles.pinned} style={{ width: totalWidth }}>
        <div role="row" aria-rowindex={1} className={styles.row}>
          <div
            className={mergeClasses(styles.columnHeader, styles.corner, styles.rowHeader)}
            style={{ width: ROW_HEADER_WIDTH, zIndex: 5 }}
            aria-hidden
          />
          {view.columnWidths.map((width, col) => {
            const active = col >= view.selection.col && col < view.selection.col + view.selection.cols;
            return (
              <div
                key={col}
                role="columnheader"
                aria-colindex={col + 2}
                className={mergeClasses(styles.columnHeader, active && styles.headerActive)}
                style={{ width }}
              >
                {columnLetters(col)}
              </div>
            );
          })}
        </div>
        {Array.from({ length: view.frozenRows }, (_, row) => (
          <div
            key={row}
            role="row"
            aria-rowindex={row + 2}
            className={mergeClasses(styles.row, row === view.frozenRows - 1 && styles.frozenEdge)}
          >
            {rowHeader(row)}
            {renderCells(row)}
          </div>
        ))}
      </div>
      <div style={{ position: "relative", height: bodyRows * ROW_HEIGHT, width: totalWidth }}>
        {view.charts.map((chart) => {
          const firstRow = Math.max(chart.cells.firstRow, view.frozenRows);
          const firstCol = Math.min(chart.cells.firstCol, view.columnCount - 1);
          const lastCol = Math.min(Math.max(chart.cells.lastCol, firstCol), view.columnCount - 1);
          const box = {
            top: (firstRow - view.frozenRows) * ROW_HEIGHT,
            left: columnOffsets[firstCol],
            width: columnOffsets[lastCol + 1] - columnOffsets[firstCol],
            height: (Math.max(chart.cells.lastRow, firstRow) - firstRow + 1) * ROW_HEIGHT,
          };
          return <ChartFrame key={chart.id} title={chart.title} chartType={chart.chartType} data={chart.data} box={box} />;
        })}
        {Array.from({ length: Math.max(0, last - first) }, (_, index) => {
          const row = view.frozenRows + first + index;
          return (
            <div key={row} role="row" aria-rowindex={row + 2} className={styles.bodyRow} style={{ top: (first + index) * ROW_HEIGHT }}>
              {rowHeader(row)}
              {renderCells(row)}
            </div>
          );
        })}
      </div>
    </div>
  );
});
