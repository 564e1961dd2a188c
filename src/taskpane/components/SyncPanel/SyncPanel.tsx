import { Button, Divider, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, useRef, useState } from "react";
import { COLUMNS } from "../../../schema";
import { autoMap, checkMapping, planSync, resolveConflicts, sourceHeaders, type ColumnMapping, type ConflictChoice, type SyncPlan } from "../../../sync";
import { useHost } from "../../host/HostContext";
import type { CurrentSnapshot, SyncProgress, SyncResult } from "../../host/sync";
import { useLanguage } from "../../i18n";
import { ErrorMessage } from "../ErrorMessage/ErrorMessage";
import { ApplyProgress } from "./ApplyProgress";
import { ChangeList } from "./ChangeList";
import { ConflictList } from "./ConflictList";
import { MappingTable } from "./MappingTable";
import { PreviewCounts } from "./PreviewCounts";
import { RejectedList } from "./RejectedList";
import { resultMessage } from "./resultMessage";
import { SourcePicker } from "./SourcePicker";
import { SYNC_STRINGS } from "./syncStrings";
import type { SyncSource } from "./syncSource";
import { UndoSection } from "./UndoSection";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

/** Conflict choices by row ID (a Map: IDs are data, and "constructor" must not read as decided). */
const NO_CHOICES: ReadonlyMap<string, ConflictChoice> = new Map();

type Planned = { plan: SyncPlan; error: null } | { plan: null; error: unknown };

/**
 * The sync tab: pick a source → map columns → preview (counts, diffs, conflicts,
 * rejected rows) → apply with progress and cancel → result; undo the last sync.
 * Planning is pure and runs here on every mapping change; only reading and
 * applying go through the host.
 */
export function SyncPanel() {
  const styles = useStyles();
  const language = useLanguage();
  const strings = SYNC_STRINGS[language];
  const host = useHost();
  const [source, setSource] = useState<SyncSource | null>(null);
  const [snapshot, setSnapshot] = useState<CurrentSnapshot | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [choices, setChoices] = useState<ReadonlyMap<string, ConflictChoice>>(NO_CHOICES);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<SyncProgress | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [result, setResult] = useState<SyncResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const abort = useRef<AbortController | null>(null);
  const [applied, setApplied] = useState(0);

  const headers = useMemo(() => (source ? sourceHeaders(source.rows[0] ?? [], language) : []), [source, language]);

  /** Reads the table and records, and the remembered mapping, for a source. */
  const preview = useCallback(
    async (next: SyncSource, keepMapping: ColumnMapping | null) => {
      setBusy(true);
      setError(null);
      try {
        const [current, remembered] = await Promise.all([host.sync.readCurrent(), keepMapping ? Promise.resolve(keepMapping) : host.sync.loadMapping(next.name)]);
        setSnapshot(current);
        setSource(next);
        setMapping(keepMapping ?? autoMap(sourceHeaders(next.rows[0] ?? [], language), remembered).mapping);
        setChoices(NO_CHOICES);
      } catch (failure) {
        setError(failure);
      } finally {
        setBusy(false);
      }
    },
    [host, language],
  );

  const planned: Planned | null = useMemo(() => {
    if (!source || !snapshot || !mapping) return null;
    try {
      const plan = planSync(snapshot.values, source.rows, {
        state: snapshot.merged.state,
        sourceName: source.name,
        mapping,
        sourceRowNumbers: source.lineOf ?? undefined,
      });
      return { plan, error: null };
    } catch (failure) {
      return { plan: null, error: failure };
    }
  }, [source, snapshot, mapping]);

  const missingRequired = useMemo(() => {
    if (!mapping) return [];
    try {
      return checkMapping(headers, mapping).missingRequired;
    } catch {
      return [];
    }
  }, [headers, mapping]);

  const plan = planned?.plan ?? null;
  const resolved = useMemo(() => (plan ? resolveConflicts(plan, choices) : null), [plan, choices]);
  const rowsToWrite = resolved ? resolved.inserts.length + resolved.updates.length : 0;

  const apply = async () => {
    if (!source || !snapshot || !resolved || !mapping) return;
    const controller = new AbortController();
    abort.current = controller;
    setBusy(true);
    setCancelling(false);
    setProgress(null);
    setResult(null);
    setError(null);
    try {
      await host.sync.saveMapping(source.name, mapping);
      const outcome = await host.sync.apply(snapshot, resolved, { signal: controller.signal, onProgress: setProgress });
      setResult(outcome);
      setApplied((n) => n + 1);
      // Show what is left (nothing, after a completed sync) and refresh the undo state.
      const current = await host.sync.readCurrent();
      setSnapshot(current);
      setChoices(NO_CHOICES);
    } catch (failure) {
      setError(failure);
    } finally {
      abort.current = null;
      setBusy(false);
      setProgress(null);
    }
  };

  const shownResult = result ? resultMessage(result, language) : null;

  return (
    <div className={styles.root}>
      <Text as="h2" block size={500} weight="semibold">
        {strings.heading}
      </Text>
      <Text as="p" block>{strings.intro}</Text>
      <SourcePicker busy={busy} onLoaded={(next) => void preview(next, null)} onError={setError} />
      {busy && !progress && !abort.current && <Spinner size="tiny" label={strings.reading} />}
      {source && (
        <Text as="p" role="status">
          {strings.loaded(source.name, Math.max(0, source.rows.length - 1), source.encoding ? strings.encodings[source.encoding] : null)}
        </Text>
      )}
      {error !== null && <ErrorMessage title={strings.failed} error={error} onDismiss={() => setError(null)} />}
      {source && mapping && (
        <MappingTable headers={headers} mapping={mapping} disabled={busy} onChange={(next) => setMapping(next)} />
      )}
      {missingRequired.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{strings.missingRequired(missingRequired.map((key) => COLUMNS.find((c) => c.key === key)![language]).join(", "))}</MessageBarBody>
        </MessageBar>
      )}
      {planned?.error !== null && planned?.error !== undefined && <ErrorMessage title={strings.failed} error={planned.error} />}
      {plan && resolved && (
        <section aria-label={strings.previewHeading}>
          <Divider />
          <Text as="h3" block weight="semibold">
            {strings.previewHeading}
          </Text>
          <PreviewCounts plan={plan} />
          {plan.blankRowsSkipped > 0 && <Text as="p" block>{strings.blankSkipped(plan.blankRowsSkipped)}</Text>}
          {plan.conflicts.length > 0 && <ConflictList conflicts={plan.conflicts} choices={choices} onChoose={setChoices} disabled={busy} />}
          <ChangeList plan={resolved} />
          {plan.rejected.length > 0 && <RejectedList plan={plan} />}
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy || resolved.conflicts.length > 0} onClick={() => void apply()}>
              {rowsToWrite > 0 ? strings.apply(rowsToWrite) : strings.applyNothing}
            </Button>
            <Button disabled={busy} onClick={() => source && void preview(source, mapping)}>
              {strings.refresh}
            </Button>
          </div>
        </section>
      )}
      {progress !== null || (busy && abort.current) ? (
        <ApplyProgress
          progress={progress}
          cancelling={cancelling}
          onCancel={() => {
            setCancelling(true);
            abort.current?.abort();
          }}
        />
      ) : null}
      {shownResult && (
        <MessageBar intent={shownResult.intent} layout="multiline" role="status">
          <MessageBarBody>{shownResult.text}</MessageBarBody>
        </MessageBar>
      )}
      <Divider />
      <UndoSection
        refreshKey={applied}
        busy={busy}
        onBusy={setBusy}
        onDone={() => {
          setResult(null);
          if (source) host.sync.readCurrent().then(setSnapshot).catch(setError);
        }}
      />
    </div>
  );
}
