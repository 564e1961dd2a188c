import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { SyncProgress } from "../../host/sync";
import { useLanguage } from "../../i18n";
import { SYNC_STRINGS } from "./syncStrings";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS } });

/** Progress of an apply, chunk by chunk, with Cancel (honoured between chunks). */
export function ApplyProgress(props: { progress: SyncProgress | null; cancelling: boolean; onCancel: () => void }) {
  const styles = useStyles();
  const strings = SYNC_STRINGS[useLanguage()];
  const p = props.progress;
  const value = p && p.chunksTotal > 0 ? p.chunksDone / p.chunksTotal : undefined;
  return (
    <div className={styles.root}>
      <Field label={strings.applying} validationState="none" validationMessage={props.cancelling ? strings.cancelling : p ? strings.progress(p.chunksDone, p.chunksTotal, p.rowsDone, p.rowsTotal) : undefined}>
        <ProgressBar value={value} thickness="large" aria-label={strings.applying} />
      </Field>
      <div>
        <Button onClick={props.onCancel} disabled={props.cancelling}>
          {strings.cancel}
        </Button>
      </div>
    </div>
  );
}
