import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { COLUMNS, type ColumnKey } from "../../../schema";
import type { CellValue } from "../../../validation";
import { useHost } from "../../host/HostContext";
import {
  RowProblemsError,
  type DuplicateMatch,
  type RowTarget,
  type TableRowValues,
} from "../../host/rows";
import type { CommitmentTotals } from "../../host/progress";
import { useLanguage, useStrings } from "../../i18n";
import { errorText } from "../ErrorMessage/errorText";
import { ErrorMessage } from "../ErrorMessage/ErrorMessage";
import { usePaneToast } from "../PaneToaster/usePaneToast";
import { ProgressPanel } from "../ProgressPanel/ProgressPanel";
import { ConfirmDialog } from "./ConfirmDialog";
import { EntryFields } from "./EntryFields";
import {
  draftFromRow,
  draftToRaw,
  emptyDraft,
  nextEntryDraft,
  type Draft,
} from "./draft";
import { draftProblems, isBlocking, messagesByField } from "./fieldProblems";
import { focusField } from "./focusField";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  flush: { margin: 0, display: "block" },
  // The save bar stays in view at the bottom of the pane: the mode (new or editing which row),
  // the outcome of the last save and the buttons are where the officer looks.
  bar: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  buttons: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    flexWrap: "wrap",
  },
});

interface Loaded {
  readonly target: RowTarget;
  readonly values: Partial<Record<ColumnKey, CellValue>>;
}

/** What the discard question is about: a row selected in the sheet, or the New button. */
type Discard =
  | { readonly kind: "row"; readonly row: TableRowValues }
  | { readonly kind: "new" };

type Outcome =
  | { readonly kind: "saved"; readonly text: string }
  | { readonly kind: "notSaved"; readonly text: string };

/**
 * Enters commitments one after another, or edits the row selected in the sheet. Saving a new
 * entry offers the next blank one (keeping Agency, Signed and Source, as one trip's agreements
 * share them); saving an edit stays on that row, and the save bar says which row it is.
 */
export function EntryForm() {
  const host = useHost();
  const language = useLanguage();
  const strings = useStrings();
  const styles = useStyles();
  const toast = usePaneToast();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [touched, setTouched] = useState<ReadonlySet<ColumnKey>>(new Set());
  // Every problem is shown once a save was attempted, and at once for a row loaded from the sheet.
  const [showAll, setShowAll] = useState(false);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [selectionError, setSelectionError] = useState<unknown>(null);
  const [discard, setDiscard] = useState<Discard | null>(null);
  const [duplicates, setDuplicates] = useState<
    readonly DuplicateMatch[] | null
  >(null);
  // A field to focus after the next render (the first in error, or the first of a new entry).
  const [focusTarget, setFocusTarget] = useState<{ key: ColumnKey } | null>(
    null,
  );
  const errorBox = useRef<HTMLDivElement>(null);

  const dirty = touched.size > 0;
  // The selection handler is registered once; it reads the latest form state through this ref.
  const current = useRef({ loaded, dirty });
  current.current = { loaded, dirty };

  useLayoutEffect(() => {
    if (focusTarget) focusField(form.current, focusTarget.key);
  }, [focusTarget]);

  const reset = (next: Draft, nextLoaded: Loaded | null) => {
    setDraft(next);
    setLoaded(nextLoaded);
    setTouched(new Set());
    setShowAll(nextLoaded !== null);
    setError(null);
    setDiscard(null);
    setDuplicates(null);
  };

  const loadRow = (row: TableRowValues) => {
    reset(draftFromRow(row.values), {
      target: { rowIndex: row.rowIndex, id: row.id, sheetRow: row.sheetRow },
      values: row.values,
    });
    setOutcome(null);
    setSelectionError(null);
  };

  const startNew = () => {
    reset(emptyDraft(), null);
    setOutcome(null);
  };

  useEffect(
    () =>
      host.selection.onRowSelected(
        (row) => {
          if (!row) return;
          const { loaded: open, dirty: unsaved } = current.current;
          const sameRow =
            open !== null &&
            open.target.rowIndex === row.rowIndex &&
            open.target.id === row.id;
          if (!unsaved) loadRow(row);
          // Another row waits for the officer's answer instead of silently replacing the edits;
          // clicking around inside the row being edited keeps them.
          else if (!sameRow) setDiscard({ kind: "row", row });
        },
        (caught) => setSelectionError(caught),
      ),
    // Registered once per host: loadRow only calls state setters, which React keeps stable.
    [host],
  );

  const problems = useMemo(
    () => draftProblems(draft, loaded?.values ?? null, language),
    [draft, loaded, language],
  );
  const blocking = problems.filter(isBlocking);
  const messages = messagesByField(
    problems.filter((p) => showAll || touched.has(p.column)),
    language,
  );

  const update = (key: ColumnKey) => (value: string) => {
    setDraft((before) => ({ ...before, [key]: value }));
    setTouched((before) => new Set(before).add(key));
    setOutcome(null);
  };

  /** The first field, in form order, that has one of these problems. */
  const firstField = (columns: readonly ColumnKey[]): ColumnKey | undefined =>
    COLUMNS.find((c) => columns.includes(c.key))?.key;

  const refuse = (columns: readonly ColumnKey[], count: number) => {
    const text = strings.entry.notSaved(count);
    setOutcome({ kind: "notSaved", text });
    toast("warning", text);
    const key = firstField(columns);
    if (key) setFocusTarget({ key });
  };

  const write = async () => {
    setDuplicates(null);
    setSaving(true);
    const wasNew = loaded === null;
    try {
      const result = await host.rows.save({
        values: draftToRaw(draft, loaded?.values ?? null),
        target: loaded?.target ?? null,
      });
      const text = strings.entry.saved(result.id, result.sheetRow);
      if (wasNew) {
        // The next entry of the same trip: the row just saved is not kept open, so the next
        // save appends a new row instead of overwriting this one.
        reset(nextEntryDraft(draft), null);
        setOutcome({
          kind: "saved",
          text: `${text} ${strings.entry.savedNext}`,
        });
        toast("success", text, strings.entry.savedNext);
        const next = nextEntryDraft(draft);
        setFocusTarget({
          key:
            COLUMNS.find(
              (c) => c.required && c.key !== "id" && next[c.key] === "",
            )?.key ?? "partner",
        });
      } else {
        const values = {
          ...loaded?.values,
          ...(result.row as Partial<Record<ColumnKey, CellValue>>),
        };
        reset(draftFromRow(values), {
          target: {
            rowIndex: result.rowIndex,
            id: result.id,
            sheetRow: result.sheetRow,
          },
          values,
        });
        setOutcome({ kind: "saved", text });
        toast("success", text);
      }
    } catch (caught) {
      setError(caught);
      if (caught instanceof RowProblemsError && caught.problems.length > 0) {
        setShowAll(true);
        refuse(
          caught.problems.map((p) => p.column),
          caught.problems.length,
        );
      } else {
        toast("error", strings.entry.failed, errorText(caught, language));
        setOutcome(null);
        // The reason is shown above the save bar; bring it into view.
        requestAnimationFrame(() =>
          errorBox.current?.scrollIntoView?.({ block: "nearest" }),
        );
      }
    } finally {
      setSaving(false);
    }
  };

  const save = async () => {
    setShowAll(true);
    setOutcome(null);
    setError(null);
    if (blocking.length > 0) {
      refuse(
        blocking.map((p) => p.column),
        new Set(blocking.map((p) => p.column)).size,
      );
      return;
    }
    setSaving(true);
    let matches: readonly DuplicateMatch[] = [];
    try {
      matches = await host.rows.findLikelyDuplicates(
        draftToRaw(draft, loaded?.values ?? null),
        loaded?.target.id || null,
      );
    } catch {
      // The duplicate check is advice: if it cannot read the table, saving explains why.
      matches = [];
    } finally {
      setSaving(false);
    }
    if (matches.length > 0) setDuplicates(matches);
    else await write();
  };

  const askNew = () => {
    if (dirty) setDiscard({ kind: "new" });
    else startNew();
  };

  // The row's Realized (KRW) and Jobs created as the sheet now computes them (after a progress
  // record is added): only the read-only cells change, never the officer's edits in the draft.
  const showTotals = (id: string, totals: CommitmentTotals) =>
    setLoaded((open) =>
      open !== null && open.target.id === id
        ? { ...open, values: { ...open.values, ...totals } }
        : open,
    );

  const pendingRow = discard?.kind === "row" ? discard.row : null;
  return (
    <section aria-labelledby="entry-heading">
      <form
        ref={form}
        className={styles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Text
          className={styles.flush}
          as="h2"
          id="entry-heading"
          weight="semibold"
          size={500}
        >
          {strings.entry.heading}
        </Text>
        <Text className={styles.flush} as="p" size={200}>
          {strings.entry.selectHint}
        </Text>
        {selectionError !== null && (
          <ErrorMessage
            title={strings.entry.selectionFailed}
            error={selectionError}
            onDismiss={() => setSelectionError(null)}
          />
        )}
        <EntryFields
          draft={draft}
          loadedValues={loaded?.values ?? null}
          messages={messages}
          language={language}
          onChange={update}
        />
        <div ref={errorBox}>
          {error !== null && (
            <ErrorMessage
              title={strings.entry.failed}
              error={error}
              onDismiss={() => setError(null)}
            />
          )}
        </div>
        <div className={styles.bar}>
          <div>
            {loaded ? (
              <Badge
                appearance="tint"
                color="brand"
                size="large"
                data-testid="entry-mode"
              >
                {strings.entry.editing(
                  loaded.target.id,
                  loaded.target.sheetRow,
                )}
              </Badge>
            ) : (
              <Badge
                appearance="tint"
                color="informative"
                size="large"
                data-testid="entry-mode"
              >
                {strings.entry.creating}
              </Badge>
            )}
          </div>
          <div role="status" aria-live="polite">
            {outcome && (
              <MessageBar
                intent={outcome.kind === "saved" ? "success" : "warning"}
                layout="multiline"
              >
                <MessageBarBody>{outcome.text}</MessageBarBody>
              </MessageBar>
            )}
          </div>
          <div className={styles.buttons}>
            {/* disabledFocusable: focus stays on the button while saving, so the dialogs that may
                follow open from it (a focus dropped to <body> leaves Fluent's modal aria-hidden). */}
            <Button
              appearance="primary"
              type="submit"
              disabledFocusable={saving}
            >
              {saving ? strings.entry.saving : strings.entry.save}
            </Button>
            <Button type="button" onClick={askNew} disabledFocusable={saving}>
              {strings.entry.newEntry}
            </Button>
          </div>
        </div>
      </form>
      {/* Schema 2: the selected commitment's dated progress (ProgressPanel owns its reads and writes). */}
      {loaded && (
        <ProgressPanel
          commitmentId={loaded.target.id}
          rowIndex={loaded.target.rowIndex}
          committedKrw={typeof loaded.values.amountKrw === "number" ? loaded.values.amountKrw : null}
          onTotals={showTotals}
        />
      )}
      {discard !== null && (
        <ConfirmDialog
          open
          title={strings.entry.discardTitle}
          confirmLabel={
            pendingRow
              ? strings.entry.loadPending(pendingRow.id, pendingRow.sheetRow)
              : strings.entry.discardAndStartNew
          }
          cancelLabel={strings.entry.keepEditing}
          onConfirm={() => (pendingRow ? loadRow(pendingRow) : startNew())}
          onCancel={() => setDiscard(null)}
        >
          {pendingRow
            ? strings.entry.pendingRow(pendingRow.id, pendingRow.sheetRow)
            : strings.entry.newEntryDiscards}
        </ConfirmDialog>
      )}
      {duplicates !== null && (
        <ConfirmDialog
          open
          title={strings.entry.duplicateTitle}
          confirmLabel={strings.entry.saveAnyway}
          cancelLabel={strings.entry.dontSave}
          onConfirm={() => void write()}
          onCancel={() => setDuplicates(null)}
        >
          <Text as="p" className={styles.flush}>
            {strings.entry.duplicateIntro}
          </Text>
          <ul>
            {(duplicates ?? []).map((match) => (
              <li key={`${match.sheetRow}-${match.id}`}>
                {strings.entry.duplicateRow(
                  match.id,
                  match.sheetRow,
                  match.partner,
                )}
              </li>
            ))}
          </ul>
        </ConfirmDialog>
      )}
    </section>
  );
}
