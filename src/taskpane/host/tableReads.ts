/**
 * Reading a table body without passing Excel on the web's 5 MB response cap: one request per
 * block of rows, each block sized from the bytes the previous one took. At about 20,000 rows
 * the Commitments body is over 5 MB, so no adapter reads it in one response.
 */
import { jsonBytes } from "../../payload/jsonBytes";

/** 4 MB target per response, with a 25 % margin for longer rows further down. */
const READ_BUDGET_BYTES = 4 * 1024 * 1024;
const READ_MARGIN = 1.25;
/** The first block: small enough for any row width, large enough to size the next blocks. */
const SAMPLE_ROWS = 500;

export function isPayloadTooLarge(error: unknown): boolean {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return (typeof code === "string" && /PayloadSizeLimitExceeded$/.test(code)) || /PayloadSizeLimitExceeded/.test(String(error));
}

export interface BlockReadOptions {
  /** Override for tests: bytes per response to aim for. */
  readonly budgetBytes?: number;
}

/**
 * Reads `rowCount` rows in blocks: `queueBlock(start, count)` queues the loads of one block and
 * returns how to get its rows after the sync. A block that overflows is retried at half the size.
 */
async function readBlocks(
  context: Excel.RequestContext,
  rowCount: number,
  queueBlock: (start: number, count: number) => () => unknown[][],
  options: BlockReadOptions,
): Promise<unknown[][]> {
  const budget = options.budgetBytes ?? READ_BUDGET_BYTES;
  const rows: unknown[][] = [];
  let start = 0;
  let blockRows = Math.min(rowCount, SAMPLE_ROWS);
  while (start < rowCount) {
    const count = Math.min(blockRows, rowCount - start);
    const block = queueBlock(start, count);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per block is how a body over 5 MB is read
      await context.sync();
    } catch (error) {
      if (isPayloadTooLarge(error) && count > 1) {
        blockRows = Math.ceil(count / 2);
        continue;
      }
      throw error;
    }
    const values = block();
    for (const row of values) rows.push(row);
    const perRow = Math.max(1, jsonBytes(values) / count);
    blockRows = Math.max(1, Math.floor(budget / (perRow * READ_MARGIN)));
    start += count;
  }
  return rows;
}

/**
 * The values of `rowCount` × `columnCount` cells starting at the top-left of `range()`, read in
 * blocks. `range` returns a fresh proxy each call (a table's body, or one column's body).
 */
export async function readRowsInBlocks(
  context: Excel.RequestContext,
  range: () => Excel.Range,
  rowCount: number,
  columnCount: number,
  options: BlockReadOptions = {},
): Promise<unknown[][]> {
  if (rowCount <= 0 || columnCount <= 0) return [];
  return readBlocks(
    context,
    rowCount,
    (start, count) => {
      const block = range().getCell(start, 0).getResizedRange(count - 1, columnCount - 1).load("values");
      return () => block.values;
    },
    options,
  );
}

/**
 * A few columns of the same rows (each `columns[i]()` is one column's body), read in blocks,
 * returned row by row: `rows[r][i]` is column i of row r. Cheaper than the whole body when a
 * check needs five of twenty-odd columns.
 */
export async function readColumnsInBlocks(
  context: Excel.RequestContext,
  columns: readonly (() => Excel.Range)[],
  rowCount: number,
  options: BlockReadOptions = {},
): Promise<unknown[][]> {
  if (rowCount <= 0 || columns.length === 0) return [];
  return readBlocks(
    context,
    rowCount,
    (start, count) => {
      const blocks = columns.map((column) => column().getCell(start, 0).getResizedRange(count - 1, 0).load("values"));
      return () => Array.from({ length: count }, (_, r) => blocks.map((block) => block.values[r][0]));
    },
    options,
  );
}
