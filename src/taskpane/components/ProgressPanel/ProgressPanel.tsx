import { Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { ProgressRecord } from "../../../progress/progressEntry";
import { useHost } from "../../host/HostContext";
import { useLanguage } from "../../i18n";
import { ErrorMessage } from "../ErrorMessage/ErrorMessage";
import { AddProgressForm } from "./AddProgressForm";
import { ProgressTimeline } from "./ProgressTimeline";
import { RealizedBar } from "./RealizedBar";
import { PROGRESS_STRINGS } from "./progressStrings";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalM },
  flush: { margin: 0 },
});

/** The selected commitment's progress: committed vs realized, its timeline, and the Add progress form. */
export function ProgressPanel(props: { commitmentId: string; committedKrw: number | null; onAdded?: () => void }) {
  const host = useHost();
  const language = useLanguage();
  const styles = useStyles();
  const strings = PROGRESS_STRINGS[language];
  const [records, setRecords] = useState<readonly ProgressRecord[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(
    async (id: string, isCurrent: () => boolean) => {
      try {
        const read = await host.progress.read(id);
        if (isCurrent()) setRecords(read);
      } catch (caught) {
        if (isCurrent()) setError(caught);
      }
    },
    [host],
  );

  useEffect(() => {
    let current = true;
    setRecords(null);
    setError(null);
    void load(props.commitmentId, () => current);
    return () => {
      current = false;
    };
  }, [props.commitmentId, load]);

  const realized = (records ?? []).reduce((sum, record) => sum + (record.amountKrw ?? 0), 0);
  return (
    <section className={styles.panel} aria-labelledby="progress-heading">
      <Text className={styles.flush} as="h3" id="progress-heading" weight="semibold" size={400}>
        {strings.heading} · {props.commitmentId}
      </Text>
      {error !== null && <ErrorMessage title={strings.loadFailed} error={error} onDismiss={() => setError(null)} />}
      {records === null && error === null && <Spinner size="tiny" label={strings.loading} />}
      {records !== null && (
        <>
          <RealizedBar realized={realized} committed={props.committedKrw} language={language} />
          <ProgressTimeline records={records} language={language} />
        </>
      )}
      <Text className={styles.flush} as="h4" weight="semibold" size={300}>
        {strings.addHeading}
      </Text>
      <AddProgressForm
        commitmentId={props.commitmentId}
        language={language}
        onAdded={() => {
          void load(props.commitmentId, () => true);
          props.onAdded?.();
        }}
      />
    </section>
  );
}
