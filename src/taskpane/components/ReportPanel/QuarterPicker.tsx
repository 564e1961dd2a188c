import { Field, Select } from "@fluentui/react-components";
import type { ReportStrings } from "./reportStrings";
import type { QuarterOption } from "./quarterOptions";

/** The report's quarter; quarters with agreements are marked, and the hint says why the default was chosen. */
export function QuarterPicker(props: {
  options: readonly QuarterOption[];
  value: string;
  onChange: (value: string) => void;
  /** Why the default is what it is. */
  hint: string;
  strings: ReportStrings;
}) {
  return (
    <Field label={props.strings.quarter} hint={props.hint}>
      <Select value={props.value} onChange={(_, data) => props.onChange(data.value)} data-testid="report-quarter">
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.hasData ? `${option.value} ${props.strings.hasData}` : option.value}
          </option>
        ))}
      </Select>
    </Field>
  );
}
