import { Field, Input } from "@fluentui/react-components";
import type { Language } from "../../../schema";
import { amountPreview } from "./amountPreview";

/** Amount as officers write it ("70만불", "6조7천억 원"), read live into a number and currency. */
export function AmountField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  language: Language;
  placeholder: string;
  /** The sentence under the field for a parsed amount ("읽은 값: 700,000 USD"). */
  describeParsed: (text: string, hasCurrency: boolean) => string;
  error?: string;
}) {
  const preview = amountPreview(props.value, props.language === "ko" ? "ko-KR" : "en-US");
  const hint = preview.kind === "parsed" ? props.describeParsed(preview.text, preview.currency !== null) : undefined;
  const error = props.error ?? (preview.kind === "error" ? preview.message : undefined);
  return (
    <Field
      label={props.label}
      validationState={error ? "error" : preview.kind === "parsed" ? "success" : "none"}
      validationMessage={error ?? hint}
    >
      <Input value={props.value} placeholder={props.placeholder} onChange={(_, data) => props.onChange(data.value)} />
    </Field>
  );
}
