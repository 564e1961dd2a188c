/**
 * Why a row's ID cannot be used, in the words of the table synced into: "관리번호"/"ID" of a
 * commitment, "실적번호"/"Progress ID" of a progress record (SyncTable.idLabel, rowNoun).
 */
import type { SyncTable } from "./syncTable";
import { message, type RejectReason } from "./types";

export function repeatedInSource(spec: SyncTable, id: string, sourceRows: readonly number[]): RejectReason {
  const { ko, en } = spec.idLabel;
  return {
    column: spec.idKey,
    message: message(
      `${ko} "${id}"가 가져올 자료의 ${sourceRows.join(", ")}행에 여러 번 나옵니다. 하나만 남기세요.`,
      `${en} "${id}" appears more than once in the source (rows ${sourceRows.join(", ")}). Keep one.`,
    ),
  };
}

export function repeatedInTable(spec: SyncTable, id: string, tableRows: readonly number[]): RejectReason {
  const { ko, en } = spec.idLabel;
  return {
    column: spec.idKey,
    message: message(
      `${ko} "${id}"가 표에 여러 번 있습니다(표의 ${tableRows.join(", ")}행). 표를 먼저 고치세요.`,
      `${en} "${id}" appears more than once in the table (table rows ${tableRows.join(", ")}). Fix the table first.`,
    ),
  };
}

export function nearDuplicate(spec: SyncTable, id: string, others: string, where: "source" | "table"): RejectReason {
  const { ko, en } = spec.idLabel;
  const noun = spec.rowNoun;
  return {
    column: spec.idKey,
    message:
      where === "table"
        ? message(
            `${ko} "${id}"는 표에 있는 ${others}와(과) 대소문자·전각/반각·보이지 않는 문자만 다릅니다. 같은 ${noun.ko}이면 표의 ${ko}를 그대로 쓰고, 다른 ${noun.ko}이면 알아보기 쉬운 다른 번호를 쓰세요.`,
            `${en} "${id}" differs from the table's ${others} only by case, width or invisible characters. If it is the same ${noun.en}, use the table's ${en} exactly; if not, give it a clearly different ${en}.`,
          )
        : message(
            `${ko} "${id}"는 가져올 자료의 ${others}와(과) 대소문자·전각/반각·보이지 않는 문자만 다릅니다. 어느 쪽이 맞는지 정해 하나로 맞추세요.`,
            `${en} "${id}" differs from the source's ${others} only by case, width or invisible characters. Decide which is right and make them one.`,
          ),
  };
}
