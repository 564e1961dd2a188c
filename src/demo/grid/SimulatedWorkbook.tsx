/**
 * The simulated workbook as a spreadsheet: formula bar, grid and sheet tabs,
 * redrawn whenever the simulator reports a change (the task pane's writes, the
 * user's clicks and edits alike).
 */
import { makeStyles } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import type { ExcelSimulator } from "../../simulator";
import { cellAddress, parseAddress } from "../../simulator/address";
import { FormulaBar } from "./FormulaBar";
import { SheetTabs } from "./SheetTabs";
import { buildSheetView } from "./sheetView";
import { clearContents, writeUserInput } from "./userEdits";
import { WorkbookGrid } from "./WorkbookGrid";

const useStyles = makeStyles({
  workbook: { display: "flex", flexDirection: "column", minWidth: 0, minHeight: 0, flexGrow: 1 },
});

export interface SimulatedWorkbookProps {
  readonly sim: ExcelSimulator;
  /** Shows a failed action to the user (never swallowed). */
  readonly onError: (message: string) => void;
  /** Escape or F6 in the grid: the page moves focus to the next pane. */
  readonly onLeaveGrid?: () => void;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function SimulatedWorkbook({ sim, onError, onLeaveGrid }: SimulatedWorkbookProps) {
  const styles = useStyles();
  const [version, setVersion] = useState(0);
  const [draftSeed, setDraftSeed] = useState<{ text: string; key: number } | null>(null);
  const formulaInput = useRef<HTMLInputElement>(null);
  const grid = useRef<HTMLDivElement>(null);
  const focusGrid = () => grid.current?.focus({ preventScroll: true });

  // One redraw per animation frame, however many syncs a chunked import makes in between.
  useEffect(() => {
    let frame: number | null = null;
    const unsubscribe = sim.subscribe(() => {
      if (frame !== null) return;
      frame = requestAnimationFrame(() => {
        frame = null;
        setVersion((v) => v + 1);
      });
    });
    return () => {
      unsubscribe();
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [sim]);

  // `version` is the change signal: the simulator mutates in place.
  const snapshot = useMemo(() => sim.snapshot(), [sim, version]);
  const sheetName = snapshot.activeSheet;
  const values = useMemo(() => sim.debug.sheetValues(sheetName), [sim, version, sheetName]);
  const view = useMemo(
    () => buildSheetView(snapshot, sheetName, values, (other) => sim.debug.sheetValues(other)),
    [sim, snapshot, sheetName, values],
  );
  const visibleSheets = snapshot.sheets.filter((sheet) => sheet.visibility === "Visible").map((sheet) => sheet.name);
  const active = view.cell(view.selection.row, view.selection.col);

  const attempt = (action: Promise<void>, what: string) =>
    action.catch((error: unknown) => onError(`${what}: ${describe(error)}`));

  const select = (address: string) => attempt(sim.userSelect(sheetName, address), `선택할 수 없습니다 · Could not select ${address}`);

  const commit = async (text: string) => {
    // The simulator's selection is current even if the redraw is a frame behind.
    const live = sim.selection;
    const { rect } = parseAddress(live.address);
    const address = cellAddress(rect.row, rect.col);
    await attempt(writeUserInput(sim.run, live.sheet, address, text), `${address}에 쓸 수 없습니다 · Could not write ${address}`);
    await attempt(sim.userSelect(live.sheet, cellAddress(rect.row + 1, rect.col)), "선택할 수 없습니다 · Could not select");
    focusGrid();
  };

  return (
    <section className={styles.workbook} aria-label="통합문서 · Workbook">
      <FormulaBar
        ref={formulaInput}
        address={view.activeAddress}
        content={active.input}
        draftSeed={draftSeed}
        onNavigate={(address) => {
          // After a jump, typing goes into the cell (as in Excel), not into the name box.
          void select(address.toUpperCase()).then(focusGrid);
        }}
        onCommit={commit}
        onCancel={focusGrid}
      />
      <WorkbookGrid
        ref={grid}
        view={view}
        onSelect={select}
        onStartEdit={(initialText) => {
          if (initialText !== undefined) setDraftSeed({ text: initialText, key: Date.now() });
          formulaInput.current?.focus();
        }}
        onLeave={onLeaveGrid}
        onClear={() =>
          attempt(clearContents(sim.run, sim.selection.sheet, sim.selection.address), "지울 수 없습니다 · Could not clear")
        }
      />
      <SheetTabs
        sheets={visibleSheets}
        active={sheetName}
        onActivate={(sheet) => {
          const target = snapshot.sheets.find((candidate) => candidate.name === sheet);
          attempt(sim.userSelect(sheet, target?.selection ?? "A1"), `시트를 열 수 없습니다 · Could not open ${sheet}`);
        }}
      />
    </section>
  );
}
