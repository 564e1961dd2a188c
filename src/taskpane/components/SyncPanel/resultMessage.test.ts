import type { SyncResult } from "../../host/sync";
import { resultMessage } from "./resultMessage";

const base: SyncResult = { outcome: "failed", inserted: 0, updated: 0, chunksDone: 0, chunksTotal: 1, message: null, logged: true };
const cause = { ko: "표 아래에 다른 자료가 있어 행을 추가할 수 없습니다.", en: "There is data below the table, so rows cannot be added." };

describe("resultMessage: a blocked apply leads with the cause (issue 11 item 9)", () => {
  it("says the cause first, then that nothing changed", () => {
    // Before: "0/1 묶음(추가 0행, 수정 0행)을 적용한 뒤 멈췄습니다. …" came first and the cause last.
    const { intent, text } = resultMessage({ ...base, message: cause }, "ko");
    expect(intent).toBe("error");
    expect(text.startsWith(cause.ko)).toBe(true);
    expect(text).toContain("표는 바뀌지 않았습니다.");
    expect(text).not.toMatch(/0\/1 묶음/);
  });

  it("says the cause first, then what was applied and how to finish", () => {
    const { text } = resultMessage({ ...base, outcome: "stale", inserted: 120, updated: 40, chunksDone: 3, chunksTotal: 5, message: cause }, "en");
    expect(text.indexOf(cause.en)).toBe(0);
    expect(text).toContain("Before that, 3 of 5 chunks were applied (120 inserted, 40 updated).");
    expect(text).toMatch(/sync again: the rest is applied with no duplicates\.$/);
  });

  it("has a plain cause when the adapter gave none", () => {
    expect(resultMessage(base, "ko").text.startsWith("동기화가 끝나지 않았습니다.")).toBe(true);
  });
});
