/**
 * Tells the report tab when the sheet it acts on may have changed: a worksheet was
 * activated (worksheets.onActivated, ExcelApi 1.7), or the selection moved, which is
 * how an edit of the period cell ends (Enter moves the selection). The tab then
 * re-reads the active sheet instead of trusting what it read on mount (issue 11, item 6).
 *
 * One registration per host, fanned out to listeners: handlers registered through
 * Excel.run cannot be removed outside that run's context, so listeners unsubscribe here.
 */
import type { ExcelRun } from "../../office/run";

export type ActiveSheetListener = () => void;
export type WatchErrorListener = (error: unknown) => void;

export function createActiveSheetFeed(run: ExcelRun) {
  const listeners = new Set<{ onChange: ActiveSheetListener; onError: WatchErrorListener }>();
  let registration: Promise<void> | null = null;

  const notify = async (): Promise<void> => {
    for (const listener of [...listeners]) listener.onChange();
  };

  function register(): Promise<void> {
    return run(async (context) => {
      context.workbook.worksheets.onActivated.add(notify);
      context.workbook.worksheets.onSelectionChanged.add(notify);
      await context.sync();
    });
  }

  return {
    /** Calls `onChange` whenever the active sheet or its content may have changed. */
    onActiveSheetChanged(onChange: ActiveSheetListener, onError: WatchErrorListener): () => void {
      const listener = { onChange, onError };
      listeners.add(listener);
      if (!registration) {
        registration = register().catch((error) => {
          registration = null;
          throw error;
        });
      }
      registration.catch((error) => {
        if (listeners.has(listener)) onError(error);
      });
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
