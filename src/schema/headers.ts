import { COLUMNS, type ColumnKey, type Language } from "./columns";
import { foldText, isBlank } from "./text";
import { memoiseByText } from "./textMemo";

export class HeaderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "HeaderError";
  }
}

interface HeaderMatch {
  key: ColumnKey;
  language: Language | null;
}

const HEADER_LOOKUP: ReadonlyMap<string, HeaderMatch> = (() => {
  const lookup = new Map<string, HeaderMatch>();
  for (const column of COLUMNS) {
    lookup.set(foldText(column.key), { key: column.key, language: null });
    for (const alias of ("headerAliases" in column ? column.headerAliases : []) ?? []) {
      lookup.set(foldText(alias), { key: column.key, language: null });
    }
    lookup.set(foldText(column.en), { key: column.key, language: "en" });
    lookup.set(foldText(column.ko), { key: column.key, language: "ko" });
  }
  return lookup;
})();

/** Header text → its match, folded once per spelling: every sync and every formula resolves the same few headers. */
const lookupHeader = memoiseByText((text: string): HeaderMatch | null => HEADER_LOOKUP.get(foldText(text)) ?? null, 1024);

function headerMatchOf(header: unknown): HeaderMatch | null {
  return lookupHeader(typeof header === "string" ? header : String(header ?? ""));
}

/** The column a header names (Korean, English, key or alias), or null. */
export function matchHeader(header: unknown): ColumnKey | null {
  return headerMatchOf(header)?.key ?? null;
}

export interface ResolvedHeaders {
  /** Column index of each schema column present in the header row. */
  readonly indexOf: Partial<Record<ColumnKey, number>>;
  /** Headers that name no schema column, with their index. */
  readonly extras: readonly { header: string; index: number }[];
  /** The language most of the headers are written in; Korean on a tie. */
  readonly language: Language;
}

export interface ResolveOptions {
  /** Throw on headers that name no schema column (imports that must map every column). */
  readonly rejectUnknown?: boolean;
  /** Columns the caller cannot work without. */
  readonly require?: readonly ColumnKey[];
}

/**
 * Maps a header row to schema columns. Duplicates are always an error because a
 * second "금액" column would make every sum ambiguous.
 */
export function resolveHeaders(headerRow: readonly unknown[], options: ResolveOptions = {}): ResolvedHeaders {
  const indexOf: Partial<Record<ColumnKey, number>> = {};
  const extras: { header: string; index: number }[] = [];
  let korean = 0;
  let english = 0;
  headerRow.forEach((raw, index) => {
    if (isBlank(raw)) {
      extras.push({ header: "", index });
      return;
    }
    const match = headerMatchOf(raw);
    if (!match) {
      extras.push({ header: String(raw), index });
      return;
    }
    const previous = indexOf[match.key];
    if (previous !== undefined) {
      throw new HeaderError(
        `Duplicate column: "${String(headerRow[previous])}" and "${String(raw)}" both mean ${COLUMNS.find((c) => c.key === match.key)?.en} (${COLUMNS.find((c) => c.key === match.key)?.ko}).`,
      );
    }
    indexOf[match.key] = index;
    if (match.language === "ko") korean++;
    if (match.language === "en") english++;
  });
  if (options.rejectUnknown && extras.length > 0) {
    const names = extras.map((e) => (e.header === "" ? `(blank header in column ${e.index + 1})` : `"${e.header}"`));
    throw new HeaderError(`Unknown column header ${names.join(", ")}. Use the Korean or English column names of the Commitments table.`);
  }
  const missing = (options.require ?? []).filter((key) => indexOf[key] === undefined);
  if (missing.length > 0) {
    const described = missing.map((key) => {
      const column = COLUMNS.find((c) => c.key === key)!;
      return `${column.en} (${column.ko})`;
    });
    throw new HeaderError(
      `Missing column ${described.join(", ")}. Headers found: ${headerRow.map((h) => String(h ?? "")).join(", ") || "(none)"}.`,
    );
  }
  return { indexOf, extras, language: english > korean ? "en" : "ko" };
}

export interface RenamedColumn {
  /** The schema column the header stands for. */
  readonly key: ColumnKey;
  /** The header as it reads now. */
  readonly header: string;
  readonly index: number;
}

/**
 * Schema columns whose header the officer renamed: the column's name is missing from the header
 * row, and an unrecognised header stands where it belongs, next to the schema column that
 * precedes or follows it in the schema's order. Renaming "비고" to "메모사항" made sync drop
 * that field silently and see every later change as a conflict.
 */
export function findRenamedColumns(headerRow: readonly unknown[]): RenamedColumn[] {
  const keyAt = headerRow.map((raw) => (isBlank(raw) ? null : (headerMatchOf(raw)?.key ?? null)));
  const present = new Set(keyAt.filter((key): key is ColumnKey => key !== null));
  const renamed: RenamedColumn[] = [];
  if (present.size === COLUMNS.length) return renamed;
  const taken = new Set<number>();
  COLUMNS.forEach((column, order) => {
    if (present.has(column.key)) return;
    const before = order > 0 ? COLUMNS[order - 1].key : null;
    const after = order + 1 < COLUMNS.length ? COLUMNS[order + 1].key : null;
    for (let index = 0; index < headerRow.length; index++) {
      if (keyAt[index] !== null || taken.has(index)) continue;
      const leftFits = before === null ? index === 0 : index > 0 && keyAt[index - 1] === before;
      const rightFits = after === null ? index === headerRow.length - 1 : keyAt[index + 1] === after;
      if (leftFits || rightFits) {
        taken.add(index);
        renamed.push({ key: column.key, header: isBlank(headerRow[index]) ? "" : String(headerRow[index]), index });
        return;
      }
    }
  });
  return renamed;
}

/** The table's header row has renamed schema columns: says which, and how to put them back. */
export class RenamedHeaderError extends HeaderError {
  constructor(readonly renamed: readonly RenamedColumn[]) {
    super(
      renamed
        .map(({ key, header, index }) => {
          const column = COLUMNS.find((c) => c.key === key)!;
          const shown = header === "" ? `(빈 제목, ${index + 1}번째 열)` : `"${header}"`;
          return (
            `표의 ${shown} 열은 ${column.ko} 열의 제목이 바뀐 것으로 보입니다. 제목을 "${column.ko}" 또는 "${column.en}"(으)로 되돌린 뒤 다시 시도하세요. ` +
            `(The table column ${header === "" ? `with a blank header (column ${index + 1})` : `"${header}"`} looks like ${column.en} renamed: rename it back to "${column.ko}" or "${column.en}" and try again.)`
          );
        })
        .join(" "),
    );
    this.name = "RenamedHeaderError";
  }
}
