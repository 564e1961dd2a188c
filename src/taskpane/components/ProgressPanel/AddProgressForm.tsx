import { Button, Field, Input, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { checkDraft, type ProgressDraft, type ProgressField, type ProgressProblem } from "../../../progress/progressEntry";
import { PROGRESS_KINDS, type Language } from "../../../schema";
import { useHost } from "../../host/HostContext";
import { AmountField } from "../AmountField/AmountField";
import { DateField } from "../DateField/DateField";
import { EnumField } from "../EnumField/EnumField";
import { ErrorMessage } from "../ErrorMessage/ErrorMessage";
import { PROGRESS_STRINGS } from "./progressStrings";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

type Fields = Pick<ProgressDraft, "date" | "kind" | "amount" | "jobs" | "evidence">;
const EMPTY: Fields = { date: "", kind: "", amount: "", jobs: "", evidence: "" };

function problemsOf(error: unknown): readonly ProgressProblem[] | null {
  const problems = typeof error === "object" && error !== null ? (error as { problems?: unknown }).problems : undefined;
  return Array.isArray(problems) ? (problems as ProgressProblem[]) : null;
}

/** Adds one dated record to the selected commitment: date, kind, amount in Korean notation, jobs, evidence. */
export function AddProgressForm(props: { commitmentId: string; language: Language; onAdded: (progressId: string) => void }) {
  const host = useHost();
  const styles = useStyles();
  const strings = PROGRESS_STRINGS[props.language];
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<readonly ProgressProblem[]>([]);
  const [rejected, setRejected] = useState<readonly ProgressProblem[]>([]);
  const [error, setError] = useState<unknown>(null);

  const draft: ProgressDraft = { ...fields, commitmentId: props.commitmentId, currency: "", notes: "" };
  const shown = attempted ? [...checkDraft(draft).problems, ...rejected] : rejected;
  const message = (field: ProgressField) => shown.find((p) => p.field === field)?.message[props.language];
  const set = (key: keyof Fields) => (value: string) => {
    setFields((current) => ({ ...current, [key]: value }));
    setAdded(null);
    setRejected([]);
  };

  const submit = async () => {
    setAttempted(true);
    setAdded(null);
    setError(null);
    setRejected([]);
    if (checkDraft(draft).problems.length > 0) return;
    setSaving(true);
    try {
      const result = await host.progress.add(draft);
      setAdded(result.progressId);
      setWarnings(result.warnings);
      setFields(EMPTY);
      setAttempted(false);
      props.onAdded(result.progressId);
    } catch (caught) {
      const problems = problemsOf(caught);
      if (problems) setRejected(problems);
      else setError(caught);
    } finally {
      setSaving(false);
    }
  };

  const commitmentProblem = message("commitmentId");
  return (
    <form
      className={styles.form}
      noValidate
      aria-label={strings.addHeading}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <DateField label={strings.date} value={fields.date} onChange={set("date")} required error={message("date")} />
      <EnumField label={strings.kind} options={PROGRESS_KINDS} value={fields.kind} onChange={set("kind")} language={props.language} placeholder={strings.choose} required error={message("kind")} />
      <AmountField
        label={strings.amount}
        value={fields.amount}
        onChange={set("amount")}
        language={props.language}
        placeholder={strings.amountPlaceholder}
        describeParsed={(text) => strings.amountParsed(text)}
        error={message("amount")}
      />
      <Field label={strings.jobs} validationState={message("jobs") ? "error" : "none"} validationMessage={message("jobs")}>
        <Input inputMode="numeric" value={fields.jobs} onChange={(_, data) => set("jobs")(data.value)} />
      </Field>
      <Field label={strings.evidence} validationState={message("evidence") ? "error" : "none"} validationMessage={message("evidence")}>
        <Input value={fields.evidence} placeholder={strings.evidencePlaceholder} onChange={(_, data) => set("evidence")(data.value)} />
      </Field>
      {commitmentProblem && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{commitmentProblem}</MessageBarBody>
        </MessageBar>
      )}
      {added && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{strings.added(added)}</MessageBarBody>
        </MessageBar>
      )}
      {added &&
        warnings.map((warning) => (
          <MessageBar key={warning.message.en} intent="warning">
            <MessageBarBody>{warning.message[props.language]}</MessageBarBody>
          </MessageBar>
        ))}
      {error !== null && <ErrorMessage title={strings.addFailed} error={error} onDismiss={() => setError(null)} />}
      <div>
        <Button appearance="primary" type="submit" disabled={saving}>
          {saving ? strings.adding : strings.add}
        </Button>
      </div>
    </form>
  );
}
