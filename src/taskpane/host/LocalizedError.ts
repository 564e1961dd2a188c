import type { LocalizedMessage } from "../../validation";

/** An adapter failure the pane can explain in the user's language. */
export class LocalizedError extends Error {
  readonly localized: LocalizedMessage;
  constructor(localized: LocalizedMessage, options?: { cause?: unknown }) {
    super(`${localized.en} (${localized.ko})`);
    this.name = "LocalizedError";
    this.localized = localized;
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}

export const NO_TABLE: LocalizedMessage = {
  ko: "이 통합 문서에는 약정 표(Commitments)가 없습니다. 먼저 '설정' 탭에서 표를 만드세요.",
  en: "This workbook has no Commitments table. Create it on the Setup tab first.",
};

/** True for Office.js (and simulator) errors whose code says the named item does not exist. */
export function isItemNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "ItemNotFound";
}

/** Runs a batch that reads the Commitments table, turning "no such table" into an explanation. */
export async function withTable<T>(batch: () => Promise<T>): Promise<T> {
  try {
    return await batch();
  } catch (error) {
    if (isItemNotFound(error)) throw new LocalizedError(NO_TABLE, { cause: error });
    throw error;
  }
}
