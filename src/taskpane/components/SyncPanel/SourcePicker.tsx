import { Button, Field, Radio, RadioGroup, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useHost } from "../../host/HostContext";
import type { SourceChoice } from "../../host/sync";
import { useLanguage } from "../../i18n";
import { SYNC_STRINGS } from "./syncStrings";
import { sourceFromFile, sourceFromText, sourceFromWorkbook, type SyncSource } from "./syncSource";
import { FileInput } from "../FileInput/FileInput";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end" },
});

type Mode = "file" | "paste" | "workbook";

/** Where the rows come from: a CSV/TSV file, pasted text, or a sheet/table of this workbook. */
export function SourcePicker(props: { busy: boolean; onLoaded: (source: SyncSource) => void; onError: (error: unknown) => void }) {
  const styles = useStyles();
  const language = useLanguage();
  const strings = SYNC_STRINGS[language];
  const host = useHost();
  const [mode, setMode] = useState<Mode>("file");
  const [pasted, setPasted] = useState("");
  const [choices, setChoices] = useState<SourceChoice[] | null>(null);
  const [choice, setChoice] = useState("");

  useEffect(() => {
    if (mode !== "workbook" || choices !== null) return;
    host.sync
      .listSources()
      .then((list) => {
        setChoices(list);
        if (list.length > 0) setChoice(`${list[0].kind}:${list[0].name}`);
      })
      .catch(props.onError);
  }, [mode, choices, host, props.onError]);

  const readFile = async (file: File) => {
    try {
      props.onLoaded(sourceFromFile(file.name, await file.arrayBuffer()));
    } catch (error) {
      props.onError(error);
    }
  };

  const readWorkbook = async () => {
    const separator = choice.indexOf(":");
    const kind = choice.slice(0, separator);
    const name = choice.slice(separator + 1);
    try {
      const rows = kind === "table" ? await host.sync.readSourceTable(name) : await host.sync.readSourceSheet(name);
      props.onLoaded(sourceFromWorkbook(name, rows));
    } catch (error) {
      props.onError(error);
    }
  };

  return (
    <div className={styles.root}>
      <Field label={strings.sourceLabel}>
        <RadioGroup layout="horizontal" value={mode} onChange={(_, data) => setMode(data.value as Mode)}>
          <Radio value="file" label={strings.sourceFile} />
          <Radio value="paste" label={strings.sourcePaste} />
          <Radio value="workbook" label={strings.sourceWorkbook} />
        </RadioGroup>
      </Field>
      {mode === "file" && (
        <Field label={strings.fileLabel}>
          <FileInput
            accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
            label={strings.fileLabel}
            disabled={props.busy}
            onFile={(file) => void readFile(file)}
          />
        </Field>
      )}
      {mode === "paste" && (
        <>
          <Field label={strings.pasteLabel}>
            <Textarea value={pasted} onChange={(_, data) => setPasted(data.value)} resize="vertical" rows={6} />
          </Field>
          <div>
            <Button
              disabled={props.busy || pasted.trim() === ""}
              onClick={() => {
                try {
                  props.onLoaded(sourceFromText(strings.pasteSourceName, pasted));
                } catch (error) {
                  props.onError(error);
                }
              }}
            >
              {strings.pasteRead}
            </Button>
          </div>
        </>
      )}
      {mode === "workbook" && (
        <div className={styles.row}>
          <Field label={strings.workbookLabel} hint={choices === null ? strings.workbookLoading : undefined}>
            <Select value={choice} onChange={(_, data) => setChoice(data.value)} disabled={!choices || choices.length === 0}>
              {(choices ?? []).map((c) => (
                <option key={`${c.kind}:${c.name}`} value={`${c.kind}:${c.name}`}>
                  {c.kind === "table" ? strings.tableOption(c.name) : strings.sheetOption(c.name)}
                </option>
              ))}
            </Select>
          </Field>
          <Button disabled={props.busy || choice === ""} onClick={() => void readWorkbook()}>
            {strings.workbookRead}
          </Button>
        </div>
      )}
    </div>
  );
}
