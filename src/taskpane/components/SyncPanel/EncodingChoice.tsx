import { Field, MessageBar, MessageBarBody, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { isGuess, SOURCE_ENCODINGS, type DecodedText, type SourceEncoding } from "../../../sync";
import { useLanguage } from "../../i18n";
import { SYNC_STRINGS } from "./syncStrings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  rows: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

/** Rows shown so the officer can see whether the text reads right. */
const SHOWN_ROWS = 3;
const SHOWN_CHARACTERS = 160;

function rowText(row: readonly unknown[]): string {
  const text = row.map((cell) => String(cell ?? "")).join(" | ");
  return text.length > SHOWN_CHARACTERS ? `${text.slice(0, SHOWN_CHARACTERS)}…` : text;
}

/**
 * How a file was decoded, said plainly (a guess is called a guess), its first rows
 * as decoded, and a choice of encoding. Encodings that cannot read the file are
 * listed but disabled, so the officer sees what was tried.
 */
export function EncodingChoice(props: { decoded: DecodedText; rows: readonly (readonly unknown[])[]; disabled: boolean; onChoose: (encoding: SourceEncoding) => void }) {
  const styles = useStyles();
  const language = useLanguage();
  const strings = SYNC_STRINGS[language];
  const { decoded } = props;
  const name = strings.encodingNames[decoded.encoding];
  const guessed = isGuess(decoded);
  const others = decoded.readable.filter((e) => e !== decoded.encoding).map((e) => strings.encodingNames[e]);
  const basis = guessed ? strings.encodingGuessed(name, others.join(", ")) : strings.encodingBasis[decoded.basis as Exclude<typeof decoded.basis, "scored">](name);
  return (
    <section aria-label={strings.encodingHeading} className={styles.root}>
      <MessageBar intent={guessed ? "warning" : "info"} layout="multiline">
        <MessageBarBody>{basis}</MessageBarBody>
      </MessageBar>
      <Field label={strings.encodingLabel}>
        <Select value={decoded.encoding} disabled={props.disabled} onChange={(_, data) => props.onChoose(data.value as SourceEncoding)}>
          {SOURCE_ENCODINGS.map((encoding) => {
            const readable = decoded.readable.includes(encoding) || encoding === decoded.encoding;
            return (
              <option key={encoding} value={encoding} disabled={!readable}>
                {readable ? strings.encodingNames[encoding] : `${strings.encodingNames[encoding]} — ${strings.encodingUnreadable}`}
              </option>
            );
          })}
        </Select>
      </Field>
      <Text as="h4" block size={200} weight="semibold">
        {strings.firstRows}
      </Text>
      <ol className={styles.rows} aria-label={strings.firstRows}>
        {props.rows.slice(0, SHOWN_ROWS).map((row, index) => (
          <li key={index}>{rowText(row)}</li>
        ))}
      </ol>
    </section>
  );
}
