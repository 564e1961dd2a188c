/** @jest-environment jsdom */
import "../jsdomShims";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import "@testing-library/jest-dom";
import { COLUMNS, headerRow, progressHeaderRow, PROGRESS_COLUMNS, type ColumnKey } from "../../../schema";
import { commitmentIndex, mergeState, progressSyncTable } from "../../../sync";
import { fakeHost } from "../../host/fakeHost";
import type { CurrentSnapshot } from "../../host/sync";
import { renderInPane } from "../renderInPane";
import { SyncPanel } from "./SyncPanel";

jest.setTimeout(30_000);

const row = (values: Partial<Record<ColumnKey, unknown>>) => COLUMNS.map((c) => values[c.key] ?? "");
const COMMITMENTS = [headerRow("ko"), row({ id: "창원-2019-003", agency: "창원시", signed: 43787, status: "체결" })];

function commitmentsSnapshot(): CurrentSnapshot {
  return { values: COMMITMENTS, merged: mergeState([]), amountKrwFormula: null, language: "ko" };
}

function progressSnapshot(): CurrentSnapshot {
  return {
    target: "progress",
    table: progressSyncTable(commitmentIndex(COMMITMENTS)),
    values: [progressHeaderRow("ko"), PROGRESS_COLUMNS.map(() => "")],
    merged: mergeState([]),
    amountKrwFormula: "=1",
    language: "ko",
  };
}

async function pasteShipments(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("radio", { name: "붙여넣기" }));
  await user.click(screen.getByRole("textbox"));
  await user.paste(["관리번호\t선적일\t구분\t금액", "창원-2019-003\t2019-12-05\t수출선적\t5만불", "창원-2019-999\t2019-12-06\t수출선적\t1만불"].join("\n"));
  await user.click(screen.getByRole("button", { name: "붙여넣은 표 읽기" }));
}

describe("SyncPanel into the Progress ledger", () => {
  it("reads the ledger, maps the source to Progress columns, and lists a record of an unknown commitment as rejected", async () => {
    const user = userEvent.setup();
    const readCurrent = jest.fn((target?: string) => Promise.resolve(target === "progress" ? progressSnapshot() : commitmentsSnapshot()));
    const lastSync = jest.fn().mockResolvedValue(null);
    const host = fakeHost({
      settings: { schemaVersion: jest.fn().mockResolvedValue(2) },
      sync: { readCurrent, lastSync },
      syncMappings: { find: jest.fn().mockResolvedValue(null), remember: jest.fn().mockResolvedValue(undefined) },
    });
    renderInPane(<SyncPanel />, host);
    const progress = await screen.findByRole("radio", { name: "이행실적 · Progress" });
    await waitFor(() => expect(progress).toBeEnabled());
    await user.click(progress);
    expect(screen.getByText(/관리번호로 약정에 연결됩니다/)).toBeInTheDocument();
    expect(lastSync).toHaveBeenLastCalledWith("progress");

    await pasteShipments(user);
    expect(readCurrent).toHaveBeenLastCalledWith("progress");
    const select = await screen.findByRole("combobox", { name: "선적일 → 이행실적 표 열" });
    expect(select).toHaveValue("date");
    // The dropdowns offer the ledger's columns, not the Commitments table's.
    expect(within(select).getByRole("option", { name: "증빙 (Evidence)" })).toBeInTheDocument();
    expect(within(select).queryByRole("option", { name: "상대기관 (Partner)" })).toBeNull();
    expect(screen.getByTestId("count-inserts")).toHaveTextContent("추가 1");
    expect(await screen.findByText(/관리번호 "창원-2019-999"인 협약이 약정 표에 없습니다/)).toBeInTheDocument();
  });

  it("offers the Progress ledger only on a workbook that has one, and says how to get it", async () => {
    const host = fakeHost({
      settings: { schemaVersion: jest.fn().mockResolvedValue(1) },
      sync: { readCurrent: jest.fn().mockResolvedValue(commitmentsSnapshot()), lastSync: jest.fn().mockResolvedValue(null) },
    });
    renderInPane(<SyncPanel />, host);
    expect(await screen.findByText(/이행실적 표가 없습니다. '설정' 탭에서 통합 문서를 업그레이드하면/)).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "이행실적 · Progress" })).toBeDisabled();
    expect(screen.getByRole("radio", { name: "약정 · Commitments" })).toBeChecked();
  });
});
