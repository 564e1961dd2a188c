import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { SyncTarget } from "../../host/syncTarget";
import { useLanguage } from "../../i18n";
import { SYNC_STRINGS } from "./syncStrings";

/**
 * Which table the sync writes into: the Commitments table, or the Progress ledger (offered only
 * once the workbook has one; until then the option says how to get it).
 */
export function TargetChoice(props: { target: SyncTarget; progressAvailable: boolean; disabled: boolean; onChange: (target: SyncTarget) => void }) {
  const language = useLanguage();
  const strings = SYNC_STRINGS[language];
  return (
    <Field label={strings.targetLabel} hint={props.progressAvailable ? (props.target === "progress" ? strings.targetProgressHint : undefined) : strings.targetProgressUnavailable}>
      <RadioGroup layout="horizontal" value={props.target} disabled={props.disabled} onChange={(_, data) => props.onChange(data.value as SyncTarget)}>
        <Radio value="commitments" label={strings.targetCommitments} />
        <Radio value="progress" label={strings.targetProgress} disabled={!props.progressAvailable} />
      </RadioGroup>
    </Field>
  );
}
