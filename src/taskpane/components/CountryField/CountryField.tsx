import { Combobox, Field, Option } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { normalizeCountry, type Language } from "../../../schema";
import { findCountry, searchCountries } from "./countryOptions";

/** Country picker searchable in Korean, English or ISO code; the value is the ISO alpha-2 code. */
export function CountryField(props: {
  label: string;
  /** ISO code, or text from the sheet that names no known country. */
  value: string;
  onChange: (value: string) => void;
  language: Language;
  placeholder: string;
  noMatch: string;
  required?: boolean;
  error?: string;
}) {
  const selected = findCountry(props.value);
  const shownFor = (code: string) => {
    const country = findCountry(code);
    return country ? country[props.language] : code;
  };
  const [query, setQuery] = useState(shownFor(props.value));
  useEffect(() => setQuery(shownFor(props.value)), [props.value, props.language]);
  const matches = searchCountries(selected && query === selected[props.language] ? "" : query);
  return (
    <Field label={props.label} required={props.required} validationState={props.error ? "error" : "none"} validationMessage={props.error}>
      <Combobox
        value={query}
        selectedOptions={selected ? [selected.code] : []}
        placeholder={props.placeholder}
        freeform
        onChange={(event) => setQuery(event.target.value)}
        onOptionSelect={(_, data) => {
          if (data.optionValue) props.onChange(data.optionValue);
        }}
        onBlur={() => {
          // Typed but not picked: keep the text so the field message can explain it.
          if (!selected || query !== selected[props.language]) {
            const matches = searchCountries(query, 2);
            props.onChange(normalizeCountry(query) ?? (matches.length === 1 ? matches[0].code : query.trim()));
          }
        }}
      >
        {matches.length === 0 ? (
          <Option key="none" value="" disabled>
            {props.noMatch}
          </Option>
        ) : (
          matches.map((country) => (
            <Option key={country.code} value={country.code} text={country[props.language]}>
              {`${country[props.language]} · ${props.language === "ko" ? country.en : country.ko} (${country.code})`}
            </Option>
          ))
        )}
      </Combobox>
    </Field>
  );
}
