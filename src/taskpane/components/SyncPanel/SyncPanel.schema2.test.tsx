/** @jest-environment jsdom */
import "../jsdomShims";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import "@testing-library/jest-dom";
import { COLUMNS, headerRow, isoToSerial, type ColumnKey } from "../../../schema";
import { mergeState } from "../../../sync";
import { fakeHost } from "../../host/fakeHost";
import type { CurrentSnapshot } from "../../host/sync";
import { renderInPane } from "../renderInPane";
import { SyncPanel } from "./SyncPanel";

jest.setTimeout(30_000);

const row = (values: Partial<Record<ColumnKey, unknown>>) => COLUMNS.map((c) => values[c.key] ?? "");
const SUM = "=SUMIFS(Progress[원화환산액],Progress[관리번호],[@관리번호])";

/** A schema-2 table: Realized (KRW) is the SUMIFS over Progress (the host read its formula). */
function schema2Snapshot(): CurrentSnapshot {
  const base = { agency: "창원시", signed: isoToSerial("2019-11-18"), instrument: "양해각서(MOU)", category: "투자", country: "US", status: "체결" };
  const table = [headerRow("ko"), row({ ...base, id: "A-1", partner: "Acme", realizedKrw: 1_000_000 })];
  return { values: table, merged: mergeState([]), amountKrwFormula: null, language: "ko", progressFormulas: new Map([["realizedKrw", SUM]]) };
}

describe("SyncPanel on a schema-2 table", () => {
  it("warns that an incoming Realized column is not imported, pointing to the Progress ledger, and plans no change for it", async () => {
    const user = userEvent.setup();
    const host = fakeHost({
      sync: { readCurrent: jest.fn().mockResolvedValue(schema2Snapshot()), lastSync: jest.fn().mockResolvedValue(null) },
      syncMappings: { find: jest.fn().mockResolvedValue(null), remember: jest.fn().mockResolvedValue(undefined) },
    });
    renderInPane(<SyncPanel />, host);
    await user.click(screen.getByRole("radio", { name: "붙여넣기" }));
    await user.click(screen.getByRole("textbox"));
    await user.paste(["ID\tAgency\tInstrument\tCategory\tPartner\tCountry\tStatus\tRealized (KRW)", "A-1\t창원시\tMOU\t투자\tAcme\tUS\t체결\t9999999"].join("\n"));
    await user.click(screen.getByRole("button", { name: "붙여넣은 표 읽기" }));

    expect(await screen.findByText(/"Realized \(KRW\)" 열\(집행액\)은 가져오지 않습니다/)).toHaveTextContent("이행실적(Progress) 표에 넣으세요");
    expect(screen.getByTestId("count-updates")).toHaveTextContent("수정 0");
  });
});
