/**
 * Tells the report tab when the sheet it acts on may have changed: a worksheet was
 * activated (worksheets.onActivated, ExcelApi 1.7), or the selection moved, which is
 * how an edit of the period cell ends (Enter moves the selection). The tab then
 * re-reads the active sheet instead of trusting what it read on mount (issue 11, item 6).
 *
 * One registration per host, fanned out to listeners (eventFeed.ts).
 */
import type { ExcelRun } from "../../office/run";
import { createEventFeed } from "./eventFeed";

export type ActiveSheetListener = () => void;
export type WatchErrorListener = (error: unknown) => void;

export function createActiveSheetFeed(run: ExcelRun) {
  const feed = createEventFeed<{ onChange: ActiveSheetListener; onError: WatchErrorListener }>(() =>
    run(async (context) => {
      context.workbook.worksheets.onActivated.add(notify);
      context.workbook.worksheets.onSelectionChanged.add(notify);
      await context.sync();
    }),
  );

  async function notify(): Promise<void> {
    for (const listener of [...feed.listeners]) listener.onChange();
  }

  return {
    /** Calls `onChange` whenever the active sheet or its content may have changed. */
    onActiveSheetChanged(onChange: ActiveSheetListener, onError: WatchErrorListener): () => void {
      return feed.subscribe({ onChange, onError });
    },
  };
}
