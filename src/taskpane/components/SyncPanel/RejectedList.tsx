import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { rejectedToCsv, type SyncPlan } from "../../../sync";
import { useHost } from "../../host/HostContext";
import { useLanguage } from "../../i18n";
import { ErrorMessage } from "../ErrorMessage/ErrorMessage";
import { downloadCsv, rejectedFileName } from "./downloadCsv";
import { SYNC_STRINGS } from "./syncStrings";

const useStyles = makeStyles({
  list: { listStyle: "none", padding: 0, margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`, paddingLeft: tokens.spacingHorizontalS },
  raw: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

const SHOWN = 200;

/**
 * Rejected rows with their reasons next to each, and the whole list as a CSV
 * download or written to a new sheet (the download does nothing in Office for Mac).
 */
export function RejectedList(props: { plan: SyncPlan }) {
  const styles = useStyles();
  const language = useLanguage();
  const strings = SYNC_STRINGS[language];
  const host = useHost();
  const { rejected } = props.plan;
  const [writing, setWriting] = useState(false);
  const [written, setWritten] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const writeSheet = async () => {
    setWriting(true);
    setWritten(null);
    setError(null);
    try {
      const result = await host.rejected.writeSheet({ sourceName: props.plan.sourceName, sourceHeaders: props.plan.sourceHeaders, rejected, language });
      setWritten(strings.rejectedSheetWritten(result.sheetName, result.rows, result.truncatedCells));
    } catch (failure) {
      setError(failure);
    } finally {
      setWriting(false);
    }
  };

  return (
    <section aria-label={strings.rejectedHeading}>
      <Text as="h3" block weight="semibold">
        {strings.rejectedHeading}
      </Text>
      <Text as="p" block size={200}>
        {strings.rejectedHint}
      </Text>
      <div className={styles.actions}>
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
        <Button size="small" disabled={writing} onClick={() => void writeSheet()}>
          {strings.writeRejectedSheet}
        </Button>
      </div>
      {written && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{written}</MessageBarBody>
        </MessageBar>
      )}
      {error !== null && <ErrorMessage title={strings.failed} error={error} onDismiss={() => setError(null)} />}
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
