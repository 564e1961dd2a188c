import { Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import { withChoice, type ColumnMapping, type MappingVocabulary, type SyncKey } from "../../../sync";
import { useLanguage } from "../../i18n";
import { SYNC_STRINGS } from "./syncStrings";

const useStyles = makeStyles({
  unmapped: { backgroundColor: tokens.colorPaletteYellowBackground1 },
});

const NONE = "";

/** One dropdown per source column, offering the target table's columns; unmapped columns are highlighted. */
export function MappingTable(props: {
  headers: readonly string[];
  mapping: ColumnMapping;
  columns: MappingVocabulary["columns"];
  /** The heading of the target column: which table the columns are of. */
  columnHeading: string;
  onChange: (mapping: ColumnMapping) => void;
  disabled: boolean;
}) {
  const styles = useStyles();
  const language = useLanguage();
  const strings = SYNC_STRINGS[language];
  const unmapped = props.headers.filter((h) => !props.mapping.get(h));
  return (
    <section aria-label={strings.mappingHeading}>
      <Text as="h3" block weight="semibold">
        {strings.mappingHeading}
      </Text>
      <Text as="p" block size={200}>
        {strings.mappingHint}
      </Text>
      {unmapped.length > 0 && (
        <Text as="p" block size={200}>
          {strings.unmapped(unmapped.length)}
        </Text>
      )}
      <Table size="extra-small" aria-label={strings.mappingHeading}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.sourceColumn}</TableHeaderCell>
            <TableHeaderCell>{props.columnHeading}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.headers.map((header) => (
            <TableRow key={header} className={props.mapping.get(header) ? undefined : styles.unmapped}>
              <TableCell>{header}</TableCell>
              <TableCell>
                <Select
                  size="small"
                  aria-label={`${header} → ${props.columnHeading}`}
                  value={props.mapping.get(header) ?? NONE}
                  disabled={props.disabled}
                  onChange={(_, data) => props.onChange(withChoice(props.mapping, header, data.value === NONE ? null : (data.value as SyncKey)))}
                >
                  <option value={NONE}>{strings.dontImport}</option>
                  {props.columns.map((column) => (
                    <option key={column.key} value={column.key}>
                      {language === "ko" ? `${column.ko} (${column.en})` : `${column.en} (${column.ko})`}
                    </option>
                  ))}
                </Select>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
