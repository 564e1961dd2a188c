import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { Language } from "../../../schema";
import type { ReportStrings } from "./reportStrings";

/** The language of the report sheet's labels (independent of the pane's language). */
export function ReportLanguagePicker(props: { value: Language; onChange: (value: Language) => void; strings: ReportStrings }) {
  return (
    <Field label={props.strings.reportLanguage}>
      <RadioGroup layout="horizontal" value={props.value} onChange={(_, data) => props.onChange(data.value as Language)}>
        <Radio value="ko" label={props.strings.languageNames.ko} />
        <Radio value="en" label={props.strings.languageNames.en} />
      </RadioGroup>
    </Field>
  );
}
