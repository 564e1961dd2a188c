import { Combobox, Field, Option } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { normalizeCurrency, type Language } from "../../../schema";
import { currencyOptionText, searchCurrencies } from "./currencyOptions";

/** Currency as an ISO code, picked from common ones or typed (USD, 달러, 엔, 유로…). */
export function CurrencyField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  language: Language;
  placeholder: string;
  error?: string;
}) {
  const [query, setQuery] = useState(props.value);
  useEffect(() => setQuery(props.value), [props.value]);
  const matches = searchCurrencies(query === props.value ? "" : query);
  return (
    <Field label={props.label} validationState={props.error ? "error" : "none"} validationMessage={props.error}>
      <Combobox
        value={query}
        selectedOptions={props.value ? [props.value] : []}
        placeholder={props.placeholder}
        freeform
        onChange={(event) => setQuery(event.target.value)}
        onOptionSelect={(_, data) => {
          if (data.optionValue) props.onChange(data.optionValue);
        }}
        onBlur={() => {
          if (query !== props.value) props.onChange(normalizeCurrency(query) ?? query.trim());
        }}
      >
        {matches.map((code) => (
          <Option key={code} value={code} text={code}>
            {currencyOptionText(code, props.language)}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}
