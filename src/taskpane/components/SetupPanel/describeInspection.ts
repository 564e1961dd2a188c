import { SCHEMA_VERSION, columnLabel, type Language } from "../../../schema/columns";
import type { WorkbookInspection } from "../../host/setup";
import type { Strings } from "../../i18n";

/** Sentences telling the officer what the workbook holds and what setup will do. */
export function describeInspection(inspection: WorkbookInspection, strings: Strings, language: Language): string[] {
  const { plan, state } = inspection;
  const lines: string[] = [];
  const languageName = (l: Language) => strings.setup.languageNames[l];
  if (!state.commitments) {
    lines.push(strings.setup.stateEmpty);
    lines.push(strings.setup.newTableLanguage(languageName(language)));
    return lines;
  }
  if (!plan) return lines;
  lines.push(strings.setup.tableLanguage(languageName(plan.language)));
  if (plan.kind === "unchanged") {
    lines.push(strings.setup.stateCurrent(SCHEMA_VERSION));
    return lines;
  }
  if (plan.kind === "upgrade") {
    if (plan.columns.length > 0) lines.push(strings.setup.stateNeedsUpgrade(plan.columns.map((c) => columnLabel(c.key, plan.language)).join(", ")));
    if (plan.fx) lines.push(strings.setup.stateFxMissing);
    if (plan.writeSchemaVersion) lines.push(strings.setup.stateVersionOld(state.schemaVersion, SCHEMA_VERSION));
  }
  return lines;
}
