/**
 * The demo page: the simulated workbook on the left, the add-in's task pane at
 * task-pane width on the right, as Excel lays them out. The shell owns saving
 * the workbook to this browser and the Reset button.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Tooltip,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useRef, useState, type ReactNode } from "react";
import type { ExcelSimulator } from "../simulator";
import { clearDemoSnapshot } from "./demoStorage";
import { SimulatedWorkbook } from "./grid/SimulatedWorkbook";
import { keepDemoSaved, type DemoSaver } from "./keepDemoSaved";

/** Excel's task pane is about 350 px wide by default. */
export const TASK_PANE_WIDTH = 350;

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", height: "100vh", backgroundColor: "#F3F3F3" },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: "#217346",
    color: "#FFFFFF",
  },
  title: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0 },
  subtitle: { color: "#E3F1E8" },
  notices: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  body: { display: "flex", flexGrow: 1, minHeight: 0 },
  gridPlaceholder: { flexGrow: 1, minWidth: 0 },
  taskPane: {
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: "1px solid #C8C8C8",
    backgroundColor: "#FFFFFF",
    boxShadow: "-2px 0 6px rgba(0, 0, 0, 0.08)",
  },
});

export interface DemoShellProps {
  readonly sim: ExcelSimulator;
  readonly storage: Storage;
  readonly taskPane: ReactNode;
  /** Settles when the pane's first Excel request has finished: the grid is drawn then. */
  readonly paneRead: Promise<void>;
  /** When the workbook came from this browser's saved state (ISO time), else null. */
  readonly restoredFrom: string | null;
  /** A problem met while opening the saved state, shown once. */
  readonly startupProblem: string | null;
}

/** The grid is drawn by then even if the pane never reads the workbook. */
const GRID_AT_LATEST_MS = 1500;

export function DemoShell({ sim, storage, taskPane, paneRead, restoredFrom, startupProblem }: DemoShellProps) {
  const styles = useStyles();
  const saver = useRef<DemoSaver | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>(startupProblem ? [`저장된 데모를 열지 못해 처음 상태로 시작합니다 · Started fresh: ${startupProblem}`] : []);

  useEffect(() => {
    const active = keepDemoSaved(sim, storage, setSaveError);
    saver.current = active;
    return () => active.stop();
  }, [sim, storage]);

  const [confirmReset, setConfirmReset] = useState(false);
  // The task pane is what the officer works in (in Excel, the grid is Excel's, not ours): the
  // simulated grid is drawn once the pane has read the workbook (or after GRID_AT_LATEST_MS), so
  // drawing hundreds of cells never delays the pane becoming usable.
  const [gridShown, setGridShown] = useState(false);
  useEffect(() => {
    let active = true;
    const show = () => active && setGridShown(true);
    const timer = setTimeout(show, GRID_AT_LATEST_MS);
    void paneRead.then(show);
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [paneRead]);
  const pane = useRef<HTMLElement>(null);

  const reset = () => {
    saver.current?.stop();
    clearDemoSnapshot(storage);
    window.location.reload();
  };

  // F6 moves between the sheet and the task pane, as in Excel; Escape in the grid does too.
  const focusPane = () => {
    const target =
      pane.current?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]') ??
      pane.current?.querySelector<HTMLElement>("button, input, select, textarea, [tabindex]:not([tabindex='-1'])");
    target?.focus();
  };
  const focusGrid = () => document.querySelector<HTMLElement>('[role="grid"]')?.focus({ preventScroll: true });

  const restoredText = restoredFrom
    ? `이 브라우저에 저장된 상태 (${new Date(restoredFrom).toLocaleString("ko-KR")}) · Restored from this browser`
    : "보도자료 3건으로 만든 예시 통합문서 · Seed workbook from three press releases";

  return (
    <FluentProvider theme={webLightTheme} lang="ko">
      <div className={styles.page}>
        <header className={styles.header}>
          <img src="assets/icon-32.png" width={32} height={32} alt="" />
          <div className={styles.title}>
            <Text as="h1" size={500} weight="semibold">
              해외협약 이행관리 데모 · Commitment Tracker demo
            </Text>
            <Text size={200} className={styles.subtitle}>
              시뮬레이션된 Excel 통합문서, 외부로 아무것도 보내지 않습니다 · Simulated Excel, nothing leaves this browser · {restoredText}
            </Text>
          </div>
          <Tooltip content="저장된 변경을 지우고 예시 통합문서로 되돌립니다 · Discard changes and reload the seed workbook" relationship="description">
            <Button appearance="secondary" onClick={() => setConfirmReset(true)} data-testid="reset-demo">
              데모 초기화 · Reset
            </Button>
          </Tooltip>
        </header>
        {(errors.length > 0 || saveError) && (
          <div className={styles.notices}>
            {saveError && (
              <MessageBar intent="warning">
                <MessageBarBody>
                  <MessageBarTitle>변경 내용을 이 브라우저에 저장하지 못했습니다 · Could not save the demo</MessageBarTitle>
                  {saveError}
                </MessageBarBody>
              </MessageBar>
            )}
            {errors.map((message, index) => (
              <MessageBar key={index} intent="error">
                <MessageBarBody>{message}</MessageBarBody>
                <MessageBarActions
                  containerAction={
                    <Button
                      appearance="transparent"
                      aria-label="닫기 · Dismiss"
                      onClick={() => setErrors((all) => all.filter((_, i) => i !== index))}
                    >
                      ✕
                    </Button>
                  }
                />
              </MessageBar>
            ))}
          </div>
        )}
        <div className={styles.body}>
          {gridShown ? (
            <SimulatedWorkbook sim={sim} onError={(message) => setErrors((all) => [...all.slice(-3), message])} onLeaveGrid={focusPane} />
          ) : (
            <div className={styles.gridPlaceholder} aria-busy="true" />
          )}
          <aside
            ref={pane}
            className={styles.taskPane}
            style={{ width: TASK_PANE_WIDTH }}
            aria-label="작업창 · Task pane"
            data-testid="task-pane"
            onKeyDown={(event) => {
              if (event.key === "F6") {
                event.preventDefault();
                focusGrid();
              }
            }}
          >
            {taskPane}
          </aside>
        </div>
      </div>
      <Dialog open={confirmReset} modalType="alert" onOpenChange={(_, data) => setConfirmReset(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>데모를 초기화할까요? · Reset the demo?</DialogTitle>
            <DialogContent>
              이 브라우저에 저장된 변경(입력한 약정, 동기화, 보고서)이 모두 지워지고 예시 통합문서로 돌아갑니다. · Everything changed in this browser is
              discarded and the seed workbook comes back.
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={reset} data-testid="confirm-reset-demo">
                초기화 · Reset
              </Button>
              <Button onClick={() => setConfirmReset(false)}>취소 · Cancel</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </FluentProvider>
  );
}
