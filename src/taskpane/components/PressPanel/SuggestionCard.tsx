import { Badge, Card, CardHeader, Checkbox, Field, Input, Text, Textarea, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { columnSpec, type ColumnKey } from "../../../schema";
import { useLanguage, useStrings } from "../../i18n";
import { AmountField } from "../AmountField/AmountField";
import { CountryField } from "../CountryField/CountryField";
import { CurrencyField } from "../CurrencyField/CurrencyField";
import { DateField } from "../DateField/DateField";
import { EnumField } from "../EnumField/EnumField";
import { EvidenceView } from "./EvidenceView";
import { CARD_FIELDS, type Card as CardData, type PressDraft, type RowOutcome } from "./pressRows";
import { PRESS_STRINGS } from "./pressStrings";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  excluded: { opacity: 0.7 },
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  warnings: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteDarkOrangeForeground1 },
  outcome: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * One suggested commitment: include checkbox, its fields in the entry form's components, its
 * warnings, and the release text with the selected field's evidence marked.
 */
export function SuggestionCard(props: {
  index: number;
  text: string;
  card: CardData;
  outcome: RowOutcome | null;
  disabled: boolean;
  onChange: (card: CardData) => void;
}) {
  const styles = useStyles();
  const language = useLanguage();
  const entry = useStrings().entry;
  const strings = PRESS_STRINGS[language];
  const { suggestion, draft, include } = props.card;
  const [active, setActive] = useState<ColumnKey>("partner");
  const title = draft.partner || `#${props.index + 1}`;
  const headingId = `press-card-${suggestion.key}`;

  const update = (key: ColumnKey) => (value: string) => props.onChange({ ...props.card, draft: { ...draft, [key]: value } satisfies PressDraft });

  const field = (key: ColumnKey): ReactNode => {
    const spec = columnSpec(key);
    const label = spec[language];
    const value = draft[key] ?? "";
    const onChange = update(key);
    switch (spec.type) {
      case "enum":
        return <EnumField label={label} options={spec.options ?? []} value={value} onChange={onChange} language={language} placeholder={entry.choose} required={spec.required} />;
      case "country":
        return <CountryField label={label} value={value} onChange={onChange} language={language} placeholder={entry.countryPlaceholder} noMatch={entry.noCountryMatch} required={spec.required} />;
      case "currency":
        return <CurrencyField label={label} value={value} onChange={onChange} language={language} placeholder={entry.choose} />;
      case "date":
        return <DateField label={label} value={value} onChange={onChange} required={spec.required} />;
      case "number":
        return (
          <AmountField
            label={label}
            value={value}
            onChange={onChange}
            language={language}
            placeholder={entry.amountPlaceholder}
            describeParsed={(parsed, hasCurrency) => (hasCurrency || !draft.currency ? entry.amountParsed(parsed) : entry.amountParsed(`${parsed} ${draft.currency}`))}
          />
        );
      default:
        return (
          <Field label={label} required={spec.required}>
            {key === "notes" ? (
              <Textarea value={value} onChange={(_, data) => onChange(data.value)} resize="vertical" />
            ) : (
              <Input value={value} inputMode={spec.type === "integer" ? "numeric" : undefined} onChange={(_, data) => onChange(data.value)} />
            )}
          </Field>
        );
    }
  };

  const evidence = suggestion.evidence[active] ?? null;
  const outcomeText = (() => {
    const outcome = props.outcome;
    if (!outcome) return null;
    if (outcome.kind === "rejected") return `${strings.outcome.rejected}: ${outcome.reasons.map((r) => r[language]).join(" ")}`;
    return strings.outcome[outcome.kind](outcome.id);
  })();

  return (
    <Card className={mergeClasses(styles.card, !include && styles.excluded)} role="group" aria-labelledby={headingId} data-testid="press-card">
      <CardHeader
        header={
          <Text as="h4" id={headingId} weight="semibold" style={{ margin: 0 }}>
            {title}
          </Text>
        }
        description={
          <Badge appearance="tint" color={suggestion.confidence >= 0.8 ? "success" : suggestion.confidence >= 0.5 ? "warning" : "danger"}>
            {strings.confidence(Math.round(suggestion.confidence * 100))}
          </Badge>
        }
      />
      <Checkbox checked={include} disabled={props.disabled} label={strings.include} onChange={(_, data) => props.onChange({ ...props.card, include: data.checked === true })} />
      {suggestion.warnings.length > 0 && (
        <ul className={styles.warnings}>
          {suggestion.warnings.map((warning, i) => (
            <li key={i}>
              <Text size={200}>{warning[language]}</Text>
            </li>
          ))}
        </ul>
      )}
      {outcomeText && (
        <Text className={styles.outcome} role="status">
          {outcomeText}
        </Text>
      )}
      <EvidenceView
        text={props.text}
        sentence={suggestion.sentence}
        evidence={evidence}
        label={`${strings.evidenceLabel}: ${columnSpec(active)[language]}`}
        emptyNote={evidence ? null : strings.noEvidence}
      />
      <div className={styles.fields}>
        {CARD_FIELDS.map((key) => (
          // Selecting a field (click or Tab) shows its evidence above.
          <div key={key} onFocusCapture={() => setActive(key)} onPointerDownCapture={() => setActive(key)} data-field={key}>
            {field(key)}
          </div>
        ))}
      </div>
    </Card>
  );
}
