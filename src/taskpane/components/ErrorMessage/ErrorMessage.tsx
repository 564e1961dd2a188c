import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useLanguage, useStrings } from "../../i18n";
import { errorText } from "./errorText";

/** An adapter error shown to the user: never swallowed, always explained. */
export function ErrorMessage(props: { title: string; error: unknown; onDismiss?: () => void }) {
  const language = useLanguage();
  const strings = useStrings();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{props.title}</MessageBarTitle>
        {errorText(props.error, language)}
      </MessageBarBody>
      {props.onDismiss && (
        <MessageBarActions>
          <Button size="small" appearance="transparent" onClick={props.onDismiss}>
            {strings.dismiss}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
