/**
 * Payload accounting: Excel on the web caps each request and each response at 5 MB
 * of UTF-8 JSON (measured by src/payload, the same code sync uses to size its chunks).
 */
export { jsonBytes, utf8Length } from "../payload/jsonBytes";
export const DEFAULT_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** Overhead charged for each queued action (object path, method name, ids). */
export const ACTION_OVERHEAD_BYTES = 32;

export interface SyncStats {
  readonly requestBytes: number;
  readonly responseBytes: number;
}
