/** Workbook settings adapter: the schema version setup records. */
import type { ExcelRun } from "../../office/run";
import { SCHEMA_VERSION_SETTING } from "./setupPlan";

/** The schema version stored in the workbook, or null when setup never ran (1 sync). */
export async function readSchemaVersion(run: ExcelRun): Promise<number | null> {
  return run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(SCHEMA_VERSION_SETTING);
    setting.load("value");
    await context.sync();
    if (setting.isNullObject) return null;
    const version = Number(setting.value);
    return Number.isFinite(version) ? version : null;
  });
}
