import { Button, MessageBar, MessageBarActions, MessageBarBody, Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useHost } from "../../host/HostContext";
import { EditedSinceSyncError } from "../../host/sync";
import type { SyncTarget } from "../../host/syncTarget";
import type { UndoSummary } from "../../../sync";
import { useLanguage } from "../../i18n";
import { ErrorMessage } from "../ErrorMessage/ErrorMessage";
import { SYNC_STRINGS } from "./syncStrings";

/**
 * "Undo last sync", with a second confirmation when rows were edited after that sync.
 * `refreshKey` changes after every apply, so the summary follows the workbook.
 */
export function UndoSection(props: { target: SyncTarget; refreshKey: number; busy: boolean; onBusy: (busy: boolean) => void; onDone: () => void }) {
  const language = useLanguage();
  const strings = SYNC_STRINGS[language];
  const host = useHost();
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<UndoSummary | null>(null);
  const [summary, setSummary] = useState<UndoSummary | null>(null);

  useEffect(() => {
    let current = true;
    host.sync
      .lastSync(props.target)
      .then((last) => current && setSummary(last))
      .catch((failure: unknown) => current && setError(failure));
    return () => {
      current = false;
    };
  }, [host, props.target, props.refreshKey, done]);

  const undo = async (force: boolean) => {
    props.onBusy(true);
    setError(null);
    setDone(null);
    try {
      const undone = await host.sync.undoLast({ force, target: props.target });
      setDone(undone);
      props.onDone();
    } catch (failure) {
      setError(failure);
    } finally {
      props.onBusy(false);
    }
  };

  return (
    <section aria-label={strings.undoHeading}>
      <Text as="h3" block weight="semibold">
        {strings.undoHeading}
      </Text>
      <Text as="p" block size={200}>
        {summary ? strings.undoAvailable(summary.source, summary.updated, summary.appended) : strings.nothingToUndo}
      </Text>
      <Button disabled={props.busy || !summary} onClick={() => void undo(false)}>
        {props.busy ? strings.undoing : strings.undo}
      </Button>
      {done && (
        <MessageBar intent="success">
          <MessageBarBody>{strings.undone(done.updated, done.appended)}</MessageBarBody>
        </MessageBar>
      )}
      {error instanceof EditedSinceSyncError ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{error.localized[language]}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void undo(true)}>
              {strings.undoAnyway}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : error ? (
        <ErrorMessage title={strings.undoFailed} error={error} onDismiss={() => setError(null)} />
      ) : null}
    </section>
  );
}
