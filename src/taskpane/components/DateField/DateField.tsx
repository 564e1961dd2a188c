import { Field, Input } from "@fluentui/react-components";

/** A date column as the browser's date picker; the value is ISO text (2019-11-18). */
export function DateField(props: { label: string; value: string; onChange: (value: string) => void; required?: boolean; error?: string }) {
  // Text the picker cannot show (loaded from the sheet, e.g. "2019.11"): a text input keeps it visible and editable.
  const isIso = props.value === "" || /^\d{4}-\d{2}-\d{2}$/.test(props.value);
  return (
    <Field label={props.label} required={props.required} validationState={props.error ? "error" : "none"} validationMessage={props.error}>
      <Input type={isIso ? "date" : "text"} value={props.value} onChange={(_, data) => props.onChange(data.value)} />
    </Field>
  );
}
