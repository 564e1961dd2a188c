import { Field, Input, Textarea } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { COLUMNS, serialToIso, type ColumnKey, type ColumnSpec, type Language } from "../../../schema";
import type { CellValue } from "../../../validation";
import { useStrings } from "../../i18n";
import { AmountField } from "../AmountField/AmountField";
import { CountryField } from "../CountryField/CountryField";
import { CurrencyField } from "../CurrencyField/CurrencyField";
import { DateField } from "../DateField/DateField";
import { EnumField } from "../EnumField/EnumField";
import { READ_ONLY_COLUMNS, type Draft } from "./draft";

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

/**
 * One input per schema column, each wrapped in `data-field` so the form can focus and scroll to
 * the first field in error.
 */
export function EntryFields(props: {
  draft: Draft;
  loadedValues: Partial<Record<ColumnKey, CellValue>> | null;
  messages: Partial<Record<ColumnKey, string>>;
  language: Language;
  onChange: (key: ColumnKey) => (value: string) => void;
}) {
  const strings = useStrings();
  const { draft, language } = props;
  const locale = language === "ko" ? "ko-KR" : "en-US";

  const fieldFor = (spec: ColumnSpec): ReactNode => {
    const label = spec[language];
    const common = { label, value: draft[spec.key] ?? "", onChange: props.onChange(spec.key), error: props.messages[spec.key] };
    if (READ_ONLY_COLUMNS.has(spec.key)) {
      const value = readOnlyText(spec.key, props.loadedValues?.[spec.key], locale);
      return (
        <Field label={label} hint={spec.key === "amountKrw" ? strings.entry.amountKrwNote : undefined}>
          <Input value={value} placeholder={spec.key === "amountKrw" ? strings.entry.amountKrwEmpty : ""} readOnly />
        </Field>
      );
    }
    switch (spec.type) {
      case "enum":
        return <EnumField {...common} options={spec.options ?? []} language={language} placeholder={strings.entry.choose} required={spec.required} />;
      case "country":
        return (
          <CountryField
            {...common}
            language={language}
            placeholder={strings.entry.countryPlaceholder}
            noMatch={strings.entry.noCountryMatch}
            required={spec.required}
          />
        );
      case "currency":
        return <CurrencyField {...common} language={language} placeholder={strings.entry.choose} />;
      case "date":
        return <DateField {...common} required={spec.required} />;
      case "number":
        if (spec.key === "amount") {
          return (
            <AmountField
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
        return <AmountField {...common} language={language} placeholder="" describeParsed={(text) => strings.entry.amountParsed(text)} />;
      default:
        return (
          <Field label={label} required={spec.required} validationState={common.error ? "error" : "none"} validationMessage={common.error}>
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
    <>
      {COLUMNS.map((column) => (
        <div key={column.key} data-field={column.key}>
          {fieldFor(column as ColumnSpec)}
        </div>
      ))}
    </>
  );
}
