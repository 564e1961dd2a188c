import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { IgnoredColumn } from "../../../sync";
import { useLanguage } from "../../i18n";

/**
 * Source columns the sync reads but does not write (schema 2's Realized (KRW), computed from the
 * Progress ledger): said before the officer syncs, so a figure that is not imported is never a surprise.
 */
export function IgnoredColumns({ columns }: { readonly columns: readonly IgnoredColumn[] }) {
  const language = useLanguage();
  if (columns.length === 0) return null;
  return (
    <>
      {columns.map((column) => (
        <MessageBar key={column.column} intent="warning" layout="multiline">
          <MessageBarBody>{column.message[language]}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
