/**
 * Schema 2's computed columns of the Commitments table (Realized (KRW), Jobs created: SUMIFS over
 * the Progress ledger): which ones the table computes, and the preview's warning for a source
 * column mapped to one (read, never written).
 */
import { COLUMNS, PROGRESS_DERIVED_COLUMN_KEYS, type ColumnKey } from "../../schema";
import type { SyncKey } from "../syncKey";
import { message, type IgnoredColumn, type PlanOptions } from "./types";

const COLUMNS_BY_KEY = new Map(COLUMNS.map((column) => [column.key, column]));

/**
 * Schema 2's columns the table computes from Progress: as the host read them, or as `formulas`
 * shows them in the first body row. Only columns the table has count.
 */
export function computedColumns(table: { readonly indexOf: ReadonlyMap<SyncKey, number> }, options: PlanOptions): ReadonlySet<ColumnKey> {
  const computed = new Set<ColumnKey>();
  for (const key of PROGRESS_DERIVED_COLUMN_KEYS) {
    const index = table.indexOf.get(key);
    if (index === undefined) continue;
    const cell = options.formulas?.[1]?.[index];
    if (options.progressComputed?.includes(key) || (typeof cell === "string" && cell.startsWith("="))) computed.add(key);
  }
  return computed;
}

export function ignoredColumns(computed: ReadonlySet<ColumnKey>, headers: readonly string[], mapping: ReadonlyMap<string, SyncKey | null>): IgnoredColumn[] {
  const ignored: IgnoredColumn[] = [];
  for (const key of computed) {
    const mapped = headers.filter((header) => mapping.get(header) === key);
    if (mapped.length === 0) continue;
    const names = mapped.map((header) => `"${header}"`).join(", ");
    const column = COLUMNS_BY_KEY.get(key)!;
    ignored.push({
      column: key,
      headers: mapped,
      message: message(
        `${names} 열(${column.ko})은 가져오지 않습니다. 이 표의 ${column.ko} 열은 이행실적 표에서 계산되므로, 실적은 이행실적(Progress) 표에 넣으세요.`,
        `Column ${names} (${column.en}) is not imported: this table computes ${column.en} from the Progress ledger. Record realizations in the Progress table (이행실적).`,
      ),
    });
  }
  return ignored;
}
