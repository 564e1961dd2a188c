import { ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../../schema";
import { STRINGS } from "../../i18n";

const CHOICES: readonly { language: Language; label: string }[] = [
  { language: "ko", label: "한국어" },
  { language: "en", label: "English" },
];

const useStyles = makeStyles({ group: { display: "flex", gap: tokens.spacingHorizontalXS } });

/** 한국어 / English: each label is written in its own language so either reader can find it. */
export function LanguageSwitch(props: { language: Language; onChange: (language: Language) => void }) {
  const styles = useStyles();
  return (
    <div role="group" aria-label={STRINGS[props.language].languageLabel} className={styles.group}>
      {CHOICES.map((choice) => (
        <ToggleButton
          key={choice.language}
          size="small"
          lang={choice.language}
          checked={props.language === choice.language}
          appearance={props.language === choice.language ? "primary" : "subtle"}
          onClick={() => props.onChange(choice.language)}
        >
          {choice.label}
        </ToggleButton>
      ))}
    </div>
  );
}
