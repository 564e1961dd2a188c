import { Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import type { CommitmentTotals, ProgressView } from "../../host/progress";
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

/**
 * The selected commitment's progress: committed vs realized, its timeline, and the Add progress
 * form. Each read also brings the row's Realized (KRW) and Jobs created as the sheet computed
 * them (the SUMIFS over Progress); `onTotals` hands them to the form, so its read-only fields
 * show a record just added without the officer reselecting the row.
 */
export function ProgressPanel(props: {
  commitmentId: string;
  /** The body row the form loaded: lets the host read the row's totals with the timeline. */
  rowIndex?: number;
  committedKrw: number | null;
  onAdded?: () => void;
  onTotals?: (commitmentId: string, totals: CommitmentTotals) => void;
}) {
  const host = useHost();
  const language = useLanguage();
  const styles = useStyles();
  const strings = PROGRESS_STRINGS[language];
  const [view, setView] = useState<ProgressView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { rowIndex, onTotals } = props;
  // The latest callback, without re-reading when the parent passes a new function.
  const totalsListener = useRef(onTotals);
  totalsListener.current = onTotals;

  const load = useCallback(
    async (id: string, isCurrent: () => boolean) => {
      try {
        const read = await host.progress.read(id, rowIndex);
        if (!isCurrent()) return;
        setView(read);
        if (read.totals) totalsListener.current?.(id, read.totals);
      } catch (caught) {
        if (isCurrent()) setError(caught);
      }
    },
    [host, rowIndex],
  );

  useEffect(() => {
    let current = true;
    setView(null);
    setError(null);
    void load(props.commitmentId, () => current);
    return () => {
      current = false;
    };
  }, [props.commitmentId, load]);

  const records = view?.records ?? null;
  // The sheet's Realized (KRW), as the form shows it; the records' sum when the cell holds no number.
  const sheetRealized = view?.totals?.realizedKrw;
  const realized = typeof sheetRealized === "number" ? sheetRealized : (records ?? []).reduce((sum, record) => sum + (record.amountKrw ?? 0), 0);
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
