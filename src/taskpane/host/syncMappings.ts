/**
 * Remembered column mappings in the workbook settings, found by the source's
 * header set (see src/sync/mappingMemory). The workbook carries them, so every
 * officer who opens it gets the mappings the team taught it.
 */
import type { ExcelRun } from "../../office/run";
import { findMapping, mappingsFromJson, mappingsToJson, remember, type ColumnMapping, type MappingMatch, type RememberedMapping } from "../../sync";

export const MAPPINGS_SETTING = "commitmentTracker.syncMappingsByHeaders";
/** The old setting, keyed by exact file name; read so nothing the officer taught is lost, never written. */
export const LEGACY_MAPPINGS_SETTING = "commitmentTracker.syncMappings";

async function readRemembered(context: Excel.RequestContext): Promise<RememberedMapping[]> {
  const current = context.workbook.settings.getItemOrNullObject(MAPPINGS_SETTING).load("value");
  const legacy = context.workbook.settings.getItemOrNullObject(LEGACY_MAPPINGS_SETTING).load("value");
  await context.sync();
  const list = current.isNullObject ? [] : mappingsFromJson(current.value);
  if (legacy.isNullObject) return list;
  // A header set remembered in the new format wins over the same set in the old one.
  let merged = list;
  for (const old of mappingsFromJson(legacy.value).sort((a, b) => a.at - b.at)) {
    if (!findMapping(old.headers, merged)?.exact) merged = [...merged, old];
  }
  return merged;
}

/** The remembered mapping for a source with these headers: the same header set, or the most similar one (to offer), or null. */
export async function findRememberedMapping(run: ExcelRun, headers: readonly string[]): Promise<MappingMatch | null> {
  return run(async (context) => findMapping(headers, await readRemembered(context)));
}

/** Remembers the officer's mapping for this header set (the 50 most recent sets are kept). */
export async function rememberMapping(
  run: ExcelRun,
  entry: { headers: readonly string[]; mapping: ColumnMapping; sourceName: string; identity?: string },
  now: number = Date.now(),
): Promise<void> {
  await run(async (context) => {
    const list = remember(await readRemembered(context), { ...entry, at: now });
    context.workbook.settings.add(MAPPINGS_SETTING, mappingsToJson(list));
    await context.sync();
  });
}
