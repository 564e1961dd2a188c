import { Button, MessageBar, MessageBarActions, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../../schema";
import type { ActiveSheetState } from "../../host/reportFreeze";
import type { ReportStrings } from "./reportStrings";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/**
 * What the officer can do with the sheet in front of her, read live: rename a
 * retargeted report, or freeze it into a values copy named from the quarter it shows.
 */
export function ActiveSheetActions(props: {
  sheet: ActiveSheetState;
  language: Language;
  busy: boolean;
  strings: ReportStrings;
  onFreeze: () => void;
  onRename: () => void;
}) {
  const styles = useStyles();
  const { sheet, strings } = props;
  return (
    <div className={styles.stack} data-testid="report-active-sheet">
      <Text size={200}>{strings.activeSheet(sheet.name)}</Text>
      {sheet.unreadablePeriod !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{strings.unreadablePeriod(sheet.name, sheet.unreadablePeriod)}</MessageBarBody>
        </MessageBar>
      )}
      {sheet.suggestedName !== null && sheet.shownQuarter !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{strings.retargeted(sheet.name, sheet.shownQuarter, sheet.suggestedName)}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={props.onRename} disabled={props.busy}>
              {strings.rename(sheet.suggestedName)}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {sheet.freezeRefusal === null ? (
        <div>
          <Button onClick={props.onFreeze} disabled={props.busy || sheet.unreadablePeriod !== null} title={strings.freezeHint}>
            {strings.freeze(sheet.name, sheet.frozenName)}
          </Button>
        </div>
      ) : (
        <Text size={200} data-testid="report-freeze-refused">
          {strings.freezeRefused} {sheet.freezeRefusal[props.language]}
        </Text>
      )}
    </div>
  );
}
