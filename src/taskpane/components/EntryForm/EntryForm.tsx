import { Button, Field, Input, MessageBar, MessageBarBody, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { COLUMNS, serialToIso, type ColumnKey, type ColumnSpec } from "../../../schema";
import type { CellValue } from "../../../validation";
import { useHost } from "../../host/HostContext";
import type { RowTarget, TableRowValues } from "../../host/rows";
import { useLanguage, useStrings } from "../../i18n";
import { AmountField } from "../AmountField/AmountField";
import { CountryField } from "../CountryField/CountryField";
import { CurrencyField } from "../CurrencyField/CurrencyField";
import { DateField } from "../DateField/DateField";
import { EnumField } from "../EnumField/EnumField";
import { ErrorMessage } from "../ErrorMessage/ErrorMessage";
import { READ_ONLY_COLUMNS, draftFromRow, draftToRaw, emptyDraft, type Draft } from "./draft";
import { draftProblems, isBlocking, messagesByField } from "./fieldProblems";
import { PendingRowNotice } from "./PendingRowNotice";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  flush: { margin: 0 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, position: "sticky", bottom: 0, padding: `${tokens.spacingVerticalS} 0`, backgroundColor: tokens.colorNeutralBackground1 },
});

interface Loaded {
  readonly target: RowTarget;
  readonly values: Partial<Record<ColumnKey, CellValue>>;
}

function readOnlyText(key: ColumnKey, value: CellValue | undefined, locale: string): string {
  if (typeof value !== "number") return value === null || value === undefined ? "" : String(value);
  if (key === "updated") {
    try {
      const whole = Math.floor(value);
      const minutes = Math.round((value - whole) * 24 * 60);
      return `${serialToIso(whole)} ${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
    } catch {
      return String(value);
    }
  }
  return value.toLocaleString(locale, { maximumFractionDigits: 0 });
}

/** Enters a commitment, or edits the row selected in the sheet, and saves it as one table row. */
export function EntryForm() {
  const host = useHost();
  const language = useLanguage();
  const strings = useStrings();
  const styles = useStyles();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [touched, setTouched] = useState<ReadonlySet<ColumnKey>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [selectionError, setSelectionError] = useState<unknown>(null);
  // A different row selected while the form had unsaved edits: held until the user decides.
  const [pendingRow, setPendingRow] = useState<TableRowValues | null>(null);

  // The selection handler is registered once; it reads the latest form state through this ref.
  const current = useRef({ loaded, dirty: false });
  current.current = { loaded, dirty: touched.size > 0 };

  const loadRow = (row: TableRowValues) => {
    setDraft(draftFromRow(row.values));
    setLoaded({ target: { rowIndex: row.rowIndex, id: row.id }, values: row.values });
    setTouched(new Set());
    setAttempted(false);
    setSaved(null);
    setError(null);
    setSelectionError(null);
    setPendingRow(null);
  };

  useEffect(
    () =>
      host.selection.onRowSelected(
        (row) => {
          if (!row) return;
          const { loaded: open, dirty } = current.current;
          if (dirty) {
            // Clicking around inside the row being edited must not throw away unsaved changes;
            // another row waits for the user's choice instead of silently replacing the edits.
            const sameRow = open !== null && open.target.rowIndex === row.rowIndex && open.target.id === row.id;
            setPendingRow(sameRow ? null : row);
            return;
          }
          loadRow(row);
        },
        (caught) => setSelectionError(caught),
      ),
    // Registered once per host: loadRow only calls state setters, which React keeps stable.
    [host],
  );

  const problems = useMemo(() => draftProblems(draft, loaded?.values ?? null, language), [draft, loaded, language]);
  const messages = messagesByField(
    problems.filter((p) => attempted || touched.has(p.column)),
    language,
  );

  const update = (key: ColumnKey) => (value: string) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setTouched((current) => new Set(current).add(key));
    setSaved(null);
  };

  const startNew = () => {
    setDraft(emptyDraft());
    setLoaded(null);
    setTouched(new Set());
    setAttempted(false);
    setSaved(null);
    setError(null);
    setPendingRow(null);
  };

  const save = async () => {
    setAttempted(true);
    setSaved(null);
    setError(null);
    if (problems.some(isBlocking)) return;
    setSaving(true);
    try {
      const result = await host.rows.save({ values: draftToRaw(draft, loaded?.values ?? null), target: loaded?.target ?? null });
      const values = { ...result.row } as Partial<Record<ColumnKey, CellValue>>;
      setDraft(draftFromRow(values));
      setLoaded({ target: { rowIndex: result.rowIndex, id: result.id }, values: { ...loaded?.values, ...values } });
      setTouched(new Set());
      setAttempted(false);
      setSaved(strings.entry.saved(result.id, result.rowIndex + 1));
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  };

  const locale = language === "ko" ? "ko-KR" : "en-US";
  const fieldFor = (spec: ColumnSpec): ReactNode => {
    const label = spec[language];
    const common = { label, value: draft[spec.key], onChange: update(spec.key), error: messages[spec.key] };
    if (READ_ONLY_COLUMNS.has(spec.key)) {
      const value = readOnlyText(spec.key, loaded?.values[spec.key], locale);
      return (
        <Field key={spec.key} label={label} hint={spec.key === "amountKrw" ? strings.entry.amountKrwNote : undefined}>
          <Input value={value} placeholder={spec.key === "amountKrw" ? strings.entry.amountKrwEmpty : ""} readOnly />
        </Field>
      );
    }
    switch (spec.type) {
      case "enum":
        return <EnumField key={spec.key} {...common} options={spec.options ?? []} language={language} placeholder={strings.entry.choose} required={spec.required} />;
      case "country":
        return (
          <CountryField
            key={spec.key}
            {...common}
            language={language}
            placeholder={strings.entry.countryPlaceholder}
            noMatch={strings.entry.noCountryMatch}
            required={spec.required}
          />
        );
      case "currency":
        return <CurrencyField key={spec.key} {...common} language={language} placeholder={strings.entry.choose} />;
      case "date":
        return <DateField key={spec.key} {...common} required={spec.required} />;
      case "number":
        if (spec.key === "amount") {
          return (
            <AmountField
              key={spec.key}
              {...common}
              language={language}
              placeholder={strings.entry.amountPlaceholder}
              describeParsed={(text, hasCurrency) =>
                hasCurrency
                  ? strings.entry.amountParsed(text)
                  : draft.currency
                    ? strings.entry.amountParsed(`${text} ${draft.currency}`)
                    : strings.entry.amountParsedNoCurrency(text)
              }
            />
          );
        }
        return <AmountField key={spec.key} {...common} language={language} placeholder="" describeParsed={(text) => strings.entry.amountParsed(text)} />;
      default:
        return (
          <Field key={spec.key} label={label} required={spec.required} validationState={common.error ? "error" : "none"} validationMessage={common.error}>
            {spec.key === "notes" ? (
              <Textarea value={common.value} onChange={(_, data) => common.onChange(data.value)} resize="vertical" />
            ) : (
              <Input
                value={common.value}
                placeholder={spec.key === "id" ? strings.entry.idPlaceholder : undefined}
                inputMode={spec.type === "integer" ? "numeric" : undefined}
                onChange={(_, data) => common.onChange(data.value)}
              />
            )}
          </Field>
        );
    }
  };

  return (
    <section aria-labelledby="entry-heading">
      <form
        className={styles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Text className={styles.flush} as="h2" id="entry-heading" weight="semibold" size={500}>
          {strings.entry.heading}
        </Text>
        <Text className={styles.flush} as="p" aria-live="polite" weight="semibold">
          {loaded ? strings.entry.editing(loaded.target.id, loaded.target.rowIndex + 1) : strings.entry.creating}
        </Text>
        <Text className={styles.flush} as="p" size={200}>
          {strings.entry.selectHint}
        </Text>
        {selectionError !== null && (
          <ErrorMessage title={strings.entry.selectionFailed} error={selectionError} onDismiss={() => setSelectionError(null)} />
        )}
        {pendingRow && (
          <PendingRowNotice
            target={{ rowIndex: pendingRow.rowIndex, id: pendingRow.id }}
            onLoad={() => loadRow(pendingRow)}
            onKeepEditing={() => setPendingRow(null)}
          />
        )}
        {COLUMNS.map((column) => fieldFor(column as ColumnSpec))}
        {attempted && problems.some(isBlocking) && (
          <MessageBar intent="warning" role="alert">
            <MessageBarBody>{strings.entry.fixFirst}</MessageBarBody>
          </MessageBar>
        )}
        {saved && (
          <MessageBar intent="success" role="status">
            <MessageBarBody>{saved}</MessageBarBody>
          </MessageBar>
        )}
        {error !== null && <ErrorMessage title={strings.entry.failed} error={error} onDismiss={() => setError(null)} />}
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={saving}>
            {saving ? strings.entry.saving : strings.entry.save}
          </Button>
          <Button type="button" onClick={startNew} disabled={saving}>
            {strings.entry.newEntry}
          </Button>
        </div>
      </form>
    </section>
  );
}
