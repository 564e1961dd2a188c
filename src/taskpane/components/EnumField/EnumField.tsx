import { Dropdown, Field, Option } from "@fluentui/react-components";
import type { EnumOption, Language } from "../../../schema";

/** A list column (Instrument, Category, Partner type, Status) as a dropdown in the pane's language. */
export function EnumField(props: {
  label: string;
  options: readonly EnumOption[];
  /** The option's stable value, or text the list does not know (loaded from the sheet). */
  value: string;
  onChange: (value: string) => void;
  language: Language;
  placeholder: string;
  required?: boolean;
  error?: string;
}) {
  const selected = props.options.find((o) => o.value === props.value);
  const shown = selected ? selected[props.language] : props.value;
  return (
    <Field label={props.label} required={props.required} validationState={props.error ? "error" : "none"} validationMessage={props.error}>
      <Dropdown
        value={shown}
        selectedOptions={selected ? [selected.value] : []}
        placeholder={props.placeholder}
        onOptionSelect={(_, data) => props.onChange(data.optionValue ?? "")}
      >
        {props.options.map((option) => (
          <Option key={option.value} value={option.value}>
            {option[props.language]}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
