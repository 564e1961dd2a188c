/**
 * What the last syncs wrote, per row: the fingerprint of the row as written
 * (`fp`, to see whether the sheet was edited since) and the fingerprint of the
 * incoming fields it came from (`src`, to see whether the source changed since).
 * Plus `origins`: which generated ID an ID-less source row received, so the next
 * import of the same list updates that row instead of adding it again.
 */

export interface RowRecord {
  readonly fp: string;
  readonly src: string;
  /**
   * The source whose version `src` is (its sourceName): the one that last wrote the row, or
   * whose differing version the officer last declined. A change from another source is then a
   * conflict, never a silent overwrite. Absent in records written before sources were kept:
   * such a row behaves as if every source were its own.
   */
  readonly source?: string;
  /** A source the officer marked authoritative for this row: its changes update the row even when another source wrote it last. */
  readonly authority?: string;
}

export interface SyncState {
  readonly records: ReadonlyMap<string, RowRecord>;
  readonly origins: ReadonlyMap<string, string>;
}

export const EMPTY_SYNC_STATE: SyncState = { records: new Map(), origins: new Map() };
