/**
 * The SyncLog sheet: one line per sync or undo. A line states what was actually
 * written (a failed run that wrote nothing logs 0 inserted, 0 updated), and what the
 * plan had, so the officer can tell a partial run from a complete one.
 */
import type { ExcelRun } from "../../office/run";
import { timestampToSerialKst, type Language } from "../../schema";
import { planCounts, toCellInput, type SyncPlan } from "../../sync";
import type { LocalizedMessage } from "../../validation";

export const SYNC_LOG_SHEET = "SyncLog";

const LOG_HEADERS: Record<Language, string[]> = {
  ko: ["시각", "원본", "추가", "수정", "변경 없음", "충돌(시트 유지)", "제외", "결과", "적용 내용"],
  en: ["Time", "Source", "Inserted", "Updated", "Unchanged", "Conflicts (kept sheet)", "Rejected", "Result", "Applied"],
};

export type SyncOutcome = "completed" | "cancelled" | "failed" | "stale" | "nothingToDo";

const OUTCOME_TEXT: Record<SyncOutcome, LocalizedMessage> = {
  completed: { ko: "완료", en: "Completed" },
  cancelled: { ko: "취소됨(일부 적용)", en: "Cancelled (partly applied)" },
  failed: { ko: "실패(일부 적용)", en: "Failed (partly applied)" },
  stale: { ko: "중단: 미리보기 이후 변경", en: "Stopped: changed since preview" },
  nothingToDo: { ko: "바꿀 것 없음", en: "Nothing to change" },
};

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function joinMessages(a: LocalizedMessage, b: LocalizedMessage | null): LocalizedMessage {
  return b ? { ko: `${a.ko} ${b.ko}`, en: `${a.en} ${b.en}` } : a;
}

/** What a run wrote: rows inserted and updated (confirmed by a completed request), chunks done. */
export interface Written {
  readonly inserted: number;
  readonly updated: number;
  readonly chunksDone: number;
  readonly chunksTotal: number;
}

/** One SyncLog line: Inserted and Updated are what was written; the plan's figures are in the Applied text. */
export function logLine(plan: SyncPlan, language: Language, now: number, outcome: SyncOutcome, written: Written): unknown[] {
  const counts = planCounts(plan);
  const kept = plan.unchanged.filter((u) => u.reason === "keptSheet").length;
  const { inserted, updated, chunksDone, chunksTotal } = written;
  const applied =
    language === "ko"
      ? `${chunksDone}/${chunksTotal} 묶음 적용: 추가 ${inserted}/${counts.inserts}, 수정 ${updated}/${counts.updates}`
      : `${chunksDone}/${chunksTotal} chunks applied: ${inserted}/${counts.inserts} inserted, ${updated}/${counts.updates} updated`;
  // A Progress sync names its table: the log serves both, and "12 inserted" means other rows in each.
  const source = plan.table === "progress" ? `${plan.sourceName} → ${language === "ko" ? "이행실적" : "Progress"}` : plan.sourceName;
  return [timestampToSerialKst(now), source, inserted, updated, counts.unchanged - kept, kept, counts.rejected, OUTCOME_TEXT[outcome][language], applied];
}

/**
 * Queues one SyncLog line (creating the sheet with its header the first time).
 * The next free row is found by navigation (last used row + 1), so no read is needed.
 */
export function queueLogLine(context: Excel.RequestContext, sheetExists: boolean, language: Language, line: readonly unknown[]): void {
  const cells = line.map((value) => toCellInput(value as string | number));
  if (!sheetExists) {
    const sheet = context.workbook.worksheets.add(SYNC_LOG_SHEET);
    const headerRange = sheet.getRangeByIndexes(0, 0, 1, LOG_HEADERS[language].length);
    headerRange.values = [LOG_HEADERS[language]];
    headerRange.format.font.bold = true;
    sheet.getRangeByIndexes(1, 0, 1, cells.length).values = [cells];
    sheet.getRangeByIndexes(1, 0, 1, 1).numberFormat = [["yyyy-mm-dd hh:mm:ss"]];
    sheet.freezePanes.freezeRows(1);
  } else {
    const next = context.workbook.worksheets.getItem(SYNC_LOG_SHEET).getUsedRange(true).getLastRow().getOffsetRange(1, 0).getCell(0, 0);
    next.getResizedRange(0, cells.length - 1).values = [cells];
    next.numberFormat = [["yyyy-mm-dd hh:mm:ss"]];
  }
}

export async function appendLogLine(run: ExcelRun, language: Language, line: unknown[]): Promise<void> {
  await run(async (context) => {
    const existing = context.workbook.worksheets.getItemOrNullObject(SYNC_LOG_SHEET).load("name");
    await context.sync();
    queueLogLine(context, !existing.isNullObject, language, line);
    await context.sync();
  });
}

/** Appends a line; never throws: a log failure comes back as a message for the result. */
export async function appendLogSafely(run: ExcelRun, language: Language, line: unknown[], what: "sync" | "undo" = "sync"): Promise<{ ok: boolean; message: LocalizedMessage | null }> {
  try {
    await appendLogLine(run, language, line);
    return { ok: true, message: null };
  } catch (error) {
    const prefix = what === "undo" ? { ko: "되돌리기는 끝났지만 ", en: "Undo finished, but " } : { ko: "", en: "" };
    return {
      ok: false,
      message: {
        ko: `${prefix.ko}SyncLog 시트에 기록하지 못했습니다: ${errorText(error)}`,
        en: `${prefix.en}${what === "undo" ? "the SyncLog line could not be written" : "Could not write the SyncLog line"}: ${errorText(error)}`,
      },
    };
  }
}
