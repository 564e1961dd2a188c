/**
 * Reading a table body without passing Excel on the web's 5 MB response cap: one request per
 * block of rows, each block sized from the bytes the previous one took. At about 20,000 rows
 * the Commitments body is over 5 MB, and so is the Progress body at about 50,000 records, so no
 * adapter reads either in one response.
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

function isInvalidArgument(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "InvalidArgument";
}

export interface BlockReadOptions {
  /** Override for tests: bytes per response to aim for. */
  readonly budgetBytes?: number;
}

/** Rows per block after a block of `count` rows that took `values`' bytes. */
function nextBlockRows(values: readonly (readonly unknown[])[], count: number, budget: number): number {
  const perRow = Math.max(1, jsonBytes(values) / Math.max(1, count));
  return Math.max(1, Math.floor(budget / (perRow * READ_MARGIN)));
}

/**
 * Reads rows `start`..`rowCount - 1` in blocks: `queueBlock(start, count)` queues the loads of
 * one block and returns how to get its rows after the sync. A block that overflows is retried
 * at half the size.
 */
async function readBlocks(
  context: Excel.RequestContext,
  rowCount: number,
  queueBlock: (start: number, count: number) => () => unknown[][],
  options: BlockReadOptions,
  from: { readonly start: number; readonly blockRows: number } = { start: 0, blockRows: SAMPLE_ROWS },
): Promise<unknown[][]> {
  const budget = options.budgetBytes ?? READ_BUDGET_BYTES;
  const rows: unknown[][] = [];
  let start = from.start;
  let blockRows = Math.min(rowCount, from.blockRows);
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
    blockRows = nextBlockRows(values, count, budget);
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

/**
 * Reads several tables' headers and bodies (each returned header row first) in as few requests
 * as the 5 MB response cap allows. The first request carries every table's header, size and
 * first SAMPLE_ROWS rows, and whatever `first` queues, so tables of up to 500 rows cost that
 * one request; longer bodies go on in blocks sized from their sample, one table after another.
 * A shown Total Row is not part of the body, so it is never read.
 *
 * `first` must only queue loads: when the first request is refused (the samples together over
 * the cap, or a body ending within 500 rows of the sheet's last row) it is queued again, with
 * the headers and sizes alone, and the samples are read as ordinary blocks.
 */
export async function readTablesValues(
  context: Excel.RequestContext,
  tables: readonly Excel.Table[],
  first: () => void = () => undefined,
  options: BlockReadOptions = {},
): Promise<unknown[][][]> {
  const queueFirst = (withSample: boolean) => {
    const queued = tables.map((table) => ({
      header: table.getHeaderRowRange().load("values"),
      body: table.getDataBodyRange().load("rowCount,columnCount"),
      // The first rows clipped to the body: the row count is not known yet, so the range is
      // SAMPLE_ROWS tall from the body's first row and intersected with the body.
      sample: withSample
        ? table
            .getDataBodyRange()
            .getRow(0)
            .getResizedRange(SAMPLE_ROWS - 1, 0)
            .getIntersection(table.getDataBodyRange())
            .load("values")
        : null,
    }));
    first();
    return queued;
  };
  let queued = queueFirst(true);
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadTooLarge(error) && !isInvalidArgument(error)) throw error;
    queued = queueFirst(false);
    await context.sync();
  }
  const results: unknown[][][] = [];
  for (const [index, { header, body, sample }] of queued.entries()) {
    const table = tables[index];
    const sampled = sample ? sample.values : [];
    const rest = await readBlocks(
      context,
      body.rowCount,
      (start, count) => {
        const block = table.getDataBodyRange().getCell(start, 0).getResizedRange(count - 1, body.columnCount - 1).load("values");
        return () => block.values;
      },
      options,
      sampled.length > 0 ? { start: sampled.length, blockRows: nextBlockRows(sampled, sampled.length, options.budgetBytes ?? READ_BUDGET_BYTES) } : undefined,
    );
    results.push([header.values[0], ...sampled, ...rest]);
  }
  return results;
}

/** One table's header and body (header row first), read as readTablesValues reads several. */
export async function readTableValues(
  context: Excel.RequestContext,
  table: Excel.Table,
  first: () => void = () => undefined,
  options: BlockReadOptions = {},
): Promise<unknown[][]> {
  const [values] = await readTablesValues(context, [table], first, options);
  return values;
}
