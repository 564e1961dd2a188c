import { Button, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../../schema";
import type { ConflictChoice, PlannedConflict } from "../../../sync";
import { useLanguage } from "../../i18n";
import { cellText, columnName } from "./cellText";
import { SYNC_STRINGS } from "./syncStrings";

const useStyles = makeStyles({
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  list: { listStyle: "none", padding: 0, margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  item: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteMarigoldBorder2}`, paddingLeft: tokens.spacingHorizontalS },
  grid: { display: "grid", gridTemplateColumns: "auto 1fr 1fr", columnGap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200 },
  head: { fontWeight: tokens.fontWeightSemibold },
});

/** Wording for conflicts between two sources (a row another source wrote last). */
const SOURCE_STRINGS: Readonly<Record<Language, { otherSource: (name: string) => string; trustSource: string }>> = {
  ko: {
    otherSource: (name) => `마지막으로 다른 원본("${name}")이 쓴 행`,
    trustSource: "원본 적용 · 이 행은 앞으로 이 원본을 따름",
  },
  en: {
    otherSource: (name) => `Last written by another source ("${name}")`,
    trustSource: "Take incoming · trust this source for the row",
  },
};

/**
 * Each conflict with the sheet's and the source's values side by side, decided per row or for all.
 * Choices are a Map keyed by row ID: an ID such as "constructor" or "__proto__" must read as
 * undecided until the officer decides it, never as an inherited object property.
 */
export function ConflictList(props: {
  conflicts: readonly PlannedConflict[];
  choices: ReadonlyMap<string, ConflictChoice>;
  onChoose: (choices: ReadonlyMap<string, ConflictChoice>) => void;
  disabled: boolean;
}) {
  const styles = useStyles();
  const language = useLanguage();
  const strings = SYNC_STRINGS[language];
  const sourceStrings = SOURCE_STRINGS[language];
  const all = (choice: ConflictChoice) => props.onChoose(new Map(props.conflicts.map((c) => [c.id, choice])));
  const undecided = props.conflicts.filter((c) => !props.choices.has(c.id)).length;
  const choose = (id: string, choice: ConflictChoice) => {
    const next = new Map(props.choices);
    next.set(id, choice);
    props.onChoose(next);
  };
  return (
    <section aria-label={strings.conflictsHeading}>
      <Text as="h3" block weight="semibold">
        {strings.conflictsHeading}
      </Text>
      <div className={styles.actions}>
        <Button size="small" disabled={props.disabled} onClick={() => all("keepSheet")}>
          {strings.keepAllSheet}
        </Button>
        <Button size="small" disabled={props.disabled} onClick={() => all("takeIncoming")}>
          {strings.takeAllIncoming}
        </Button>
        {undecided > 0 && <Text role="status">{strings.undecided(undecided)}</Text>}
      </div>
      <ul className={styles.list}>
        {props.conflicts.map((conflict) => (
          <li key={conflict.id} className={styles.item} aria-label={conflict.id}>
            <Text weight="semibold">
              {conflict.id} · {strings.sourceRow(conflict.sourceRow)}
              {conflict.kind === "deletedInSheet" ? ` · ${strings.conflictDeleted}` : ""}
              {conflict.otherSource !== undefined ? ` · ${sourceStrings.otherSource(conflict.otherSource)}` : ""}
            </Text>
            <div className={styles.grid}>
              <span />
              <span className={styles.head}>{strings.sheetValue}</span>
              <span className={styles.head}>{strings.incomingValue}</span>
              {conflict.diffs.map((diff) => (
                <div key={diff.column} style={{ display: "contents" }}>
                  <span>{columnName(diff.column, language)}</span>
                  <span>{cellText(diff.column, diff.before, language)}</span>
                  <span>{cellText(diff.column, diff.after, language)}</span>
                </div>
              ))}
            </div>
            <RadioGroup
              layout="horizontal"
              aria-label={`${conflict.id}`}
              value={props.choices.get(conflict.id) ?? ""}
              disabled={props.disabled}
              onChange={(_, data) => choose(conflict.id, data.value as ConflictChoice)}
            >
              <Radio value="keepSheet" label={strings.keepSheet} />
              <Radio value="takeIncoming" label={strings.takeIncoming} />
              {conflict.otherSource !== undefined && <Radio value="trustSource" label={sourceStrings.trustSource} />}
            </RadioGroup>
          </li>
        ))}
      </ul>
    </section>
  );
}
