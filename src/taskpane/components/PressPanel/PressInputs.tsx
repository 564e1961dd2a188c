import { Field, Input, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { decodeBytes } from "../../../sync";
import { useLanguage } from "../../i18n";
import { PRESS_EXAMPLES } from "./examples";
import { htmlToText } from "./htmlToText";
import { PRESS_STRINGS } from "./pressStrings";
import { FileInput } from "../FileInput/FileInput";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: "140px" },
});

export interface PressInput {
  readonly text: string;
  readonly url: string;
  readonly agency: string;
  readonly referenceDate: string;
  readonly example: string;
}

/** A file's bytes through FileReader, which every host webview has (Blob.arrayBuffer is newer). */
function readBytes(file: File): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error(`Could not read ${file.name}`));
    reader.readAsArrayBuffer(file);
  });
}

/** Where the release comes from (paste, a .txt/.html file, or an example) and the options extraction takes. */
export function PressInputs(props: {
  value: PressInput;
  tableAgency: string;
  disabled: boolean;
  onChange: (value: PressInput) => void;
  onError: (error: unknown) => void;
}) {
  const styles = useStyles();
  const language = useLanguage();
  const strings = PRESS_STRINGS[language];
  const { value } = props;
  const set = (patch: Partial<PressInput>) => props.onChange({ ...value, ...patch });

  const open = async (file: File) => {
    try {
      // .txt from Korean systems may be CP949: the sync decoder detects it, as for CSV files.
      const decoded = decodeBytes(await readBytes(file)).text;
      if (/\.html?$/i.test(file.name) || /^\s*<(!doctype|html|head|body)/i.test(decoded)) {
        const page = htmlToText(decoded);
        set({ text: page.text, url: value.url || page.url || "", example: "" });
      } else set({ text: decoded, example: "" });
    } catch (error) {
      props.onError(error);
    }
  };

  return (
    <div className={styles.root}>
      <Field label={strings.example}>
        <Select
          value={value.example}
          disabled={props.disabled}
          onChange={(_, data) => {
            const example = PRESS_EXAMPLES.find((e) => e.id === data.value);
            if (example) set({ example: example.id, text: example.text, agency: example.agency, url: "" });
            else set({ example: "" });
          }}
        >
          <option value="">{strings.exampleNone}</option>
          {PRESS_EXAMPLES.map((example) => (
            <option key={example.id} value={example.id}>
              {example.label[language]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={strings.textLabel}>
        <Textarea
          value={value.text}
          placeholder={strings.textPlaceholder}
          resize="vertical"
          rows={8}
          disabled={props.disabled}
          onChange={(_, data) => set({ text: data.value, example: "" })}
        />
      </Field>
      <Field label={strings.fileLabel}>
        <FileInput accept=".txt,.html,.htm,text/plain,text/html" label={strings.fileLabel} disabled={props.disabled} onFile={(file) => void open(file)} />
      </Field>
      <Field label={strings.urlLabel}>
        <Input type="url" value={value.url} disabled={props.disabled} onChange={(_, data) => set({ url: data.value })} />
      </Field>
      <div className={styles.row}>
        <Field className={styles.grow} label={strings.agencyLabel} hint={strings.agencyHint(props.tableAgency)}>
          <Input value={value.agency} disabled={props.disabled} onChange={(_, data) => set({ agency: data.value })} />
        </Field>
        <Field className={styles.grow} label={strings.referenceLabel}>
          <Input type="date" value={value.referenceDate} disabled={props.disabled} onChange={(_, data) => set({ referenceDate: data.value })} />
        </Field>
      </div>
    </div>
  );
}
