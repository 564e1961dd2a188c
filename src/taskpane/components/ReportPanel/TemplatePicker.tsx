import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { ReportTemplate } from "../../host/report";
import type { ReportStrings } from "./reportStrings";

export const BUILT_IN = "builtin";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  cell: { width: "6em" },
});

/** Built-in report or a sheet the officer marked; marking takes the active sheet and its period cell. */
export function TemplatePicker(props: {
  templates: readonly ReportTemplate[];
  value: string;
  onChange: (value: string) => void;
  activeSheet: string;
  periodCell: string;
  onPeriodCellChange: (cell: string) => void;
  onMark: () => void;
  busy: boolean;
  strings: ReportStrings;
}) {
  const styles = useStyles();
  return (
    <>
      <Field label={props.strings.template}>
        <Select value={props.value} onChange={(_, data) => props.onChange(data.value)} data-testid="report-template">
          <option value={BUILT_IN}>{props.strings.builtIn}</option>
          {props.templates.map((template) => (
            <option key={template.sheetId} value={template.sheetId}>
              {template.sheetName} ({template.periodCell})
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Field label={props.strings.periodCell} hint={props.strings.periodCellHint(props.activeSheet)}>
          <Input className={styles.cell} value={props.periodCell} onChange={(_, data) => props.onPeriodCellChange(data.value)} />
        </Field>
        <Button onClick={props.onMark} disabled={props.busy}>
          {props.strings.markTemplate}
        </Button>
      </div>
    </>
  );
}
