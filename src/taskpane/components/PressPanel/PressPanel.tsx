import { Button, Divider, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { extractCommitments, type ExtractResult } from "../../../extract";
import { planSync, resolveConflicts } from "../../../sync";
import { useHost } from "../../host/HostContext";
import { planContext } from "../../host/syncRead";
import { useLanguage } from "../../i18n";
import { ErrorMessage } from "../ErrorMessage/ErrorMessage";
import { PressInputs, type PressInput } from "./PressInputs";
import { draftOf, incomingRows, insertsOnly, mostUsedAgency, outcomes, type Card, type RowOutcome } from "./pressRows";
import { PRESS_STRINGS } from "./pressStrings";
import { SuggestionCard } from "./SuggestionCard";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  cards: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyleType: "none" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

interface Extracted {
  /** The text the suggestions' spans index (the input may be edited after Suggest). */
  readonly text: string;
  readonly result: ExtractResult;
}

/**
 * The press-release tab: paste or open a 보도자료, Suggest, check and edit one card per
 * suggested commitment, then Add selected. Extraction is pure (src/extract); adding runs the
 * accepted rows through planSync and the sync write path, so IDs, validation, matching of rows
 * the table already has, SyncLog and undo are those of every other write. Nothing is written
 * before Add selected.
 */
export function PressPanel() {
  const styles = useStyles();
  const language = useLanguage();
  const strings = PRESS_STRINGS[language];
  const host = useHost();
  const [input, setInput] = useState<PressInput>({ text: "", url: "", agency: "", referenceDate: "", example: "" });
  const [tableAgency, setTableAgency] = useState("");
  const [extracted, setExtracted] = useState<Extracted | null>(null);
  const [cards, setCards] = useState<Card[]>([]);
  const [rowOutcomes, setRowOutcomes] = useState<ReadonlyMap<string, RowOutcome>>(new Map());
  const [summary, setSummary] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [addError, setAddError] = useState<unknown>(null);

  // The default Agency: the one the table uses most. A workbook without the table just has no default.
  useEffect(() => {
    let live = true;
    host.sync
      .readCurrent()
      .then((snapshot) => {
        if (!live) return;
        const agency = mostUsedAgency(snapshot.values);
        setTableAgency(agency);
        setInput((current) => (current.agency === "" ? { ...current, agency } : current));
      })
      .catch(() => live && setTableAgency(""));
    return () => {
      live = false;
    };
  }, [host]);

  const suggest = () => {
    setError(null);
    setAddError(null);
    setSummary(null);
    setRowOutcomes(new Map());
    try {
      const result = extractCommitments(input.text, {
        agency: input.agency,
        referenceDate: input.referenceDate || undefined,
        // The text's language is detected: the pane's language says nothing about the release's.
        url: input.url || undefined,
      });
      setExtracted({ text: input.text, result });
      setCards(result.suggestions.map((suggestion) => ({ suggestion, draft: draftOf(suggestion), include: true })));
    } catch (failure) {
      setExtracted(null);
      setCards([]);
      setError(failure);
    }
  };

  const accepted = cards.filter((card) => card.include);

  const add = async () => {
    if (!extracted || accepted.length === 0) return;
    setBusy(true);
    setAddError(null);
    setSummary(null);
    try {
      const snapshot = await host.sync.readCurrent();
      const source = String(accepted[0].suggestion.fields.source ?? input.url ?? "");
      const headline = source.split(" · ")[0] || input.url || "";
      const incoming = incomingRows(accepted, { agency: input.agency, source }, snapshot.language);
      const plan = planSync(snapshot.values, incoming, { ...planContext(snapshot), sourceName: strings.sourceName(headline), language: snapshot.language });
      const perRow = outcomes(plan, accepted.length);
      setRowOutcomes(new Map(accepted.map((card, i) => [card.suggestion.key, perRow[i]])));
      // A matching row with other values stays as the table has it (see insertsOnly).
      const writable = insertsOnly(resolveConflicts(plan, "keepSheet"));
      const count = (kind: RowOutcome["kind"]) => perRow.filter((o) => o.kind === kind).length;
      if (writable.inserts.length === 0) {
        setSummary(`${strings.nothingNew} ${strings.added(0, count("unchanged"), count("differs"), count("rejected"))}`);
        return;
      }
      const result = await host.sync.apply(snapshot, writable);
      if (result.outcome !== "completed" && result.message) throw Object.assign(new Error(result.message.en), { localized: result.message });
      setSummary(strings.added(result.inserted, count("unchanged"), count("differs"), count("rejected")));
    } catch (failure) {
      setAddError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.root} aria-labelledby="press-heading">
      <Text as="h2" id="press-heading" block size={500} weight="semibold" style={{ margin: 0 }}>
        {strings.heading}
      </Text>
      <Text as="p" block style={{ margin: 0 }}>
        {strings.intro}
      </Text>
      <PressInputs value={input} tableAgency={tableAgency} disabled={busy} onChange={setInput} onError={setError} />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || input.text.trim() === ""} onClick={suggest}>
          {strings.suggest}
        </Button>
      </div>
      {error !== null && <ErrorMessage title={strings.failed} error={error} onDismiss={() => setError(null)} />}
      {extracted && (
        <section aria-label={strings.cardsLabel}>
          <Divider />
          <Text as="p" block role="status">
            {strings.found(extracted.result.suggestions.length)} {strings.documentDate(extracted.result.documentDate)}
          </Text>
          {extracted.result.warnings.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{extracted.result.warnings.map((w) => w[language]).join(" ")}</MessageBarBody>
            </MessageBar>
          )}
          <Text as="p" block size={200}>
            {strings.evidenceHint}
          </Text>
          <ul className={styles.cards}>
            {cards.map((card, index) => (
              <li key={card.suggestion.key}>
                <SuggestionCard
                  index={index}
                  text={extracted.text}
                  card={card}
                  outcome={rowOutcomes.get(card.suggestion.key) ?? null}
                  disabled={busy}
                  onChange={(next) => setCards((all) => all.map((c) => (c.suggestion.key === next.suggestion.key ? next : c)))}
                />
              </li>
            ))}
          </ul>
          {cards.length > 0 && (
            <div className={styles.actions}>
              <Button appearance="primary" disabled={busy || accepted.length === 0} onClick={() => void add()}>
                {busy ? strings.adding : strings.addSelected(accepted.length)}
              </Button>
            </div>
          )}
        </section>
      )}
      {summary && (
        <MessageBar intent="success" layout="multiline" role="status">
          <MessageBarBody>
            {summary} {strings.undoHint}
          </MessageBarBody>
        </MessageBar>
      )}
      {addError !== null && <ErrorMessage title={strings.addFailed} error={addError} onDismiss={() => setAddError(null)} />}
    </section>
  );
}
