import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useStrings } from "../../i18n";
import type { RowTarget } from "../../host/rows";

/**
 * Asks before a row selected in the sheet replaces unsaved edits in the form: a budget officer
 * clicking around the sheet mid-typing must not lose what they typed.
 */
export function PendingRowNotice(props: { target: RowTarget; onLoad: () => void; onKeepEditing: () => void }) {
  const strings = useStrings();
  const { id, rowIndex } = props.target;
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>{strings.entry.pendingRow(id, rowIndex + 1)}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" onClick={props.onLoad}>
          {strings.entry.loadPending(id, rowIndex + 1)}
        </Button>
        <Button size="small" onClick={props.onKeepEditing}>
          {strings.entry.keepEditing}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
