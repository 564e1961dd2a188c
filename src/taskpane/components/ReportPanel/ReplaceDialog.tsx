import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { ReportStrings } from "./reportStrings";

/** Asks before an existing report (or frozen copy) is rewritten. */
export function ReplaceDialog(props: { sheetName: string | null; onConfirm: () => void; onCancel: () => void; strings: ReportStrings }) {
  return (
    <Dialog open={props.sheetName !== null} onOpenChange={(_, data) => (data.open ? undefined : props.onCancel())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{props.strings.confirmTitle}</DialogTitle>
          <DialogContent>{props.sheetName !== null && props.strings.confirmBody(props.sheetName)}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onConfirm}>
              {props.strings.replace}
            </Button>
            <Button onClick={props.onCancel}>{props.strings.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
