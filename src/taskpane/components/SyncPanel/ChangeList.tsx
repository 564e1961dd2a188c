import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { FieldDiff, SyncPlan } from "../../../sync";
import { syncedKeysOf } from "../../../sync";
import { useLanguage } from "../../i18n";
import { cellText, columnName } from "./cellText";
import { SYNC_STRINGS } from "./syncStrings";

const useStyles = makeStyles({
  diff: { margin: 0, display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  before: { textDecorationLine: "line-through", color: tokens.colorNeutralForeground3 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** Rows shown in full; the rest are counted, so a 10,000-row import does not freeze the pane. */
const SHOWN = 200;

export function DiffTable(props: { diffs: readonly FieldDiff[] }) {
  const styles = useStyles();
  const language = useLanguage();
  return (
    <dl className={styles.diff}>
      {props.diffs.map((diff) => (
        <div key={diff.column} style={{ display: "contents" }}>
          <dt>{columnName(diff.column, language)}</dt>
          <dd style={{ margin: 0 }}>
            <span className={styles.before}>{cellText(diff.column, diff.before, language)}</span> → <span>{cellText(diff.column, diff.after, language)}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Expandable per-row diff of the updates and inserts the sync will write. */
export function ChangeList(props: { plan: SyncPlan }) {
  const styles = useStyles();
  const language = useLanguage();
  const strings = SYNC_STRINGS[language];
  const rows = [
    ...props.plan.updates.map((u) => ({ key: `u:${u.id}`, title: `${u.id} · ${strings.sourceRow(u.sourceRow)}`, diffs: u.diffs, warnings: u.warnings })),
    ...props.plan.inserts.map((i) => ({
      key: `i:${i.id}`,
      title: `${strings.newRow}: ${i.id}${i.generatedId ? ` (${strings.generatedId})` : ""} · ${strings.sourceRow(i.sourceRow)}`,
      diffs: syncedKeysOf(props.plan.table)
        .filter((k) => i.cells[k] !== "" && i.cells[k] !== null && i.cells[k] !== undefined)
        .map((column) => ({ column, before: "", after: i.cells[column] ?? "" })),
      warnings: i.warnings,
    })),
  ];
  if (rows.length === 0) return <Text as="p" block>{strings.noChanges}</Text>;
  return (
    <section aria-label={strings.changesHeading}>
      <Text as="h3" block weight="semibold">
        {strings.changesHeading}
      </Text>
      <Accordion multiple collapsible>
        {rows.slice(0, SHOWN).map((row) => (
          <AccordionItem key={row.key} value={row.key}>
            <AccordionHeader size="small">{row.title}</AccordionHeader>
            <AccordionPanel>
              <DiffTable diffs={row.diffs} />
              {row.warnings.map((w, index) => (
                <Text as="p" size={200} key={index} className={styles.warning}>
                  {`${strings.warnings}: ${w.message[language]}`}
                </Text>
              ))}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
      {rows.length > SHOWN && <Text as="p" block>{strings.moreRows(rows.length - SHOWN)}</Text>}
    </section>
  );
}
