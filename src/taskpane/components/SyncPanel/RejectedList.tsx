import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { rejectedToCsv, type SyncPlan } from "../../../sync";
import { useLanguage } from "../../i18n";
import { downloadCsv, rejectedFileName } from "./downloadCsv";
import { SYNC_STRINGS } from "./syncStrings";

const useStyles = makeStyles({
  list: { listStyle: "none", padding: 0, margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`, paddingLeft: tokens.spacingHorizontalS },
  raw: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

const SHOWN = 200;

/** Rejected rows with their reasons next to each, and the whole list as a CSV download. */
export function RejectedList(props: { plan: SyncPlan }) {
  const styles = useStyles();
  const language = useLanguage();
  const strings = SYNC_STRINGS[language];
  const { rejected } = props.plan;
  return (
    <section aria-label={strings.rejectedHeading}>
      <Text as="h3" block weight="semibold">
        {strings.rejectedHeading}
      </Text>
      <div>
        <Button
          size="small"
          onClick={() =>
            downloadCsv(
              rejectedFileName(props.plan.sourceName, language === "ko" ? "제외된 행" : "rejected rows"),
              rejectedToCsv(rejected, props.plan.sourceHeaders, language),
            )
          }
        >
          {strings.downloadRejected}
        </Button>
      </div>
      <ul className={styles.list}>
        {rejected.slice(0, SHOWN).map((row) => (
          <li key={row.sourceRow} className={styles.item}>
            <Text weight="semibold">{strings.sourceRow(row.sourceRow)}</Text>
            <ul>
              {row.reasons.map((reason, index) => (
                <li key={index}>{reason.message[language]}</li>
              ))}
            </ul>
            <Text as="p" className={styles.raw}>
              {row.raw.map((cell) => String(cell ?? "")).join(" | ")}
            </Text>
          </li>
        ))}
      </ul>
      {rejected.length > SHOWN && <Text as="p" block>{strings.moreRows(rejected.length - SHOWN)}</Text>}
    </section>
  );
}
