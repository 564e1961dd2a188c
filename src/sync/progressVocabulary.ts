/**
 * Header spellings of Progress (이행실적) sources that the schema's own names and aliases do not
 * cover: what customs exports, investment ledgers and departments' follow-up lists call their
 * columns. A Map: headers are data.
 */
import type { ProgressColumnKey } from "../schema";

export const PROGRESS_VOCABULARY_ALIASES: ReadonlyMap<string, ProgressColumnKey> = new Map<string, ProgressColumnKey>([
  ["실적 번호", "progressId"],
  ["progress no", "progressId"],
  ["협약 관리번호", "commitmentId"],
  ["약정번호", "commitmentId"],
  ["commitment", "commitmentId"],
  ["선적일", "date"],
  ["선적일자", "date"],
  ["집행일", "date"],
  ["집행일자", "date"],
  ["실적일자", "date"],
  ["수출일", "date"],
  ["shipment date", "date"],
  ["구분", "kind"],
  ["실적 구분", "kind"],
  ["실적유형", "kind"],
  ["kind of progress", "kind"],
  ["실적금액", "amount"],
  ["수출금액", "amount"],
  ["집행금액", "amount"],
  ["투자금액", "amount"],
  ["value", "amount"],
  ["통화단위", "currency"],
  ["화폐", "currency"],
  ["원화 환산액", "amountKrw"],
  ["원화환산금액", "amountKrw"],
  ["고용인원", "jobs"],
  ["신규고용", "jobs"],
  ["증빙서류", "evidence"],
  ["신고번호", "evidence"],
  ["수출신고 번호", "evidence"],
  ["document", "evidence"],
  ["reference", "evidence"],
  ["remarks", "notes"],
  ["비고사항", "notes"],
]);
