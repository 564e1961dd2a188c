/** @jest-environment jsdom */
import "../jsdomShims";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import "@testing-library/jest-dom";
import { COLUMNS, headerRow, isoToSerial, type ColumnKey } from "../../../schema";
import { applyInMemory, buildWritePlan, EMPTY_SYNC_STATE, mergeState, planSync, type SyncPlan } from "../../../sync";
import { fakeHost } from "../../host/fakeHost";
import { EditedSinceSyncError, type CurrentSnapshot, type SyncResult } from "../../host/sync";
import { renderInPane } from "../renderInPane";
import { SyncPanel } from "./SyncPanel";

jest.setTimeout(30_000);

// jsdom has no TextDecoder; browsers and Office do. Without it every decode would fail and the tests would only see errors.
Object.assign(globalThis, { TextDecoder: globalThis.TextDecoder ?? NodeTextDecoder, TextEncoder: globalThis.TextEncoder ?? NodeTextEncoder });

const row = (values: Partial<Record<ColumnKey, unknown>>) => COLUMNS.map((c) => values[c.key] ?? "");
const BASE = { agency: "창원시", signed: isoToSerial("2019-11-18"), instrument: "양해각서(MOU)", category: "투자", country: "US", status: "체결" };
const HEADER = "ID\tAgency\tInstrument\tCategory\tPartner\tCountry\tStatus\tJobs";

/** A table synced once, then edited in the sheet (so the next import conflicts on A-1). */
function snapshotWithHistory(): CurrentSnapshot {
  const table = [headerRow("ko"), row({ ...BASE, id: "A-1", partner: "Acme", jobs: 10 }), row({ ...BASE, id: "A-2", partner: "Busan", jobs: 5 })];
  const incoming = [HEADER.split("\t"), ["A-1", "창원시", "MOU", "투자", "Acme", "US", "체결", 10]];
  const first = planSync(table, incoming, { state: EMPTY_SYNC_STATE, sourceName: "붙여넣기" });
  const after = applyInMemory({ table, state: EMPTY_SYNC_STATE }, buildWritePlan(first, { now: 0, amountKrwFormula: null }));
  after.table[1][COLUMNS.findIndex((c) => c.key === "jobs")] = 12;
  return { values: after.table, merged: { ...mergeState([]), state: after.state }, amountKrwFormula: null, language: "ko" };
}

const PASTED = [
  HEADER,
  "A-1\t창원시\tMOU\t투자\tAcme\tUS\t체결\t25",
  "A-2\t창원시\tMOU\t투자\tBusan\tUS\t완료\t5",
  "\t창원시\tLOI\t수출\t=HYPERLINK(\"http://evil\")\tJapan\t추진중\t",
  "B-9\t창원시\tMOU\t투자\tNowhere\tAtlantis\t체결\t",
].join("\n");

describe("SyncPanel", () => {
  it("previews a pasted table, resolves the conflict, applies, and offers the rejected rows as CSV", async () => {
    const user = userEvent.setup();
    const apply = jest.fn<Promise<SyncResult>, [CurrentSnapshot, SyncPlan, unknown]>().mockResolvedValue({
      outcome: "completed",
      inserted: 1,
      updated: 2,
      chunksDone: 1,
      chunksTotal: 1,
      message: null,
      logged: true,
    });
    const remember = jest.fn().mockResolvedValue(undefined);
    const host = fakeHost({
      sync: {
        readCurrent: jest.fn().mockResolvedValue(snapshotWithHistory()),
        apply,
        lastSync: jest.fn().mockResolvedValue(null),
      },
      syncMappings: { find: jest.fn().mockResolvedValue(null), remember },
    });
    renderInPane(<SyncPanel />, host);

    await user.click(screen.getByRole("radio", { name: "붙여넣기" }));
    await user.click(screen.getByRole("textbox"));
    await user.paste(PASTED);
    await user.click(screen.getByRole("button", { name: "붙여넣은 표 읽기" }));

    expect(await screen.findByTestId("count-inserts")).toHaveTextContent("추가 1");
    expect(screen.getByTestId("count-updates")).toHaveTextContent("수정 1");
    expect(screen.getByTestId("count-conflicts")).toHaveTextContent("충돌 1");
    expect(screen.getByTestId("count-rejected")).toHaveTextContent("제외 1");

    // The conflict shows the sheet's and the source's Jobs side by side.
    const conflicts = screen.getByRole("region", { name: /충돌/ });
    const item = within(conflicts).getByRole("listitem", { name: "A-1" });
    expect(within(item).getByText("12")).toBeInTheDocument();
    expect(within(item).getByText("25")).toBeInTheDocument();

    // The rejected row is listed with its reason next to it.
    const rejected = screen.getByRole("region", { name: /제외된 행/ });
    expect(within(rejected).getByText(/Atlantis/, { selector: "li" })).toBeInTheDocument();

    const applyButton = screen.getByRole("button", { name: /행 적용/ });
    expect(applyButton).toBeDisabled();
    await user.click(within(item).getByRole("radio", { name: "원본 적용" }));
    expect(screen.getByRole("button", { name: "3행 적용" })).toBeEnabled();

    // Rejected rows download as CSV (Blob + object URL, no network).
    const createObjectURL = jest.fn(() => "blob:rejected");
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: HTMLAnchorElement[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    await user.click(within(rejected).getByRole("button", { name: "제외된 행 CSV로 내려받기" }));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(clicked[0].download).toBe("붙여넣기 - 제외된 행.csv");
    expect(clicked[0].href).toBe("blob:rejected");
    click.mockRestore();

    await user.click(screen.getByRole("button", { name: "3행 적용" }));
    await waitFor(() => expect(apply).toHaveBeenCalledTimes(1));
    const plan = apply.mock.calls[0][1];
    expect(plan.conflicts).toEqual([]);
    expect(plan.updates.map((u) => u.id)).toEqual(["A-1", "A-2"]);
    expect(plan.inserts[0].cells.partner).toBe('=HYPERLINK("http://evil")');
    expect(remember).toHaveBeenCalledTimes(1);
    const remembered = remember.mock.calls[0][0];
    expect(remembered.sourceName).toBe("붙여넣기");
    expect(remembered.headers).toEqual(HEADER.split("\t"));
    expect(Object.fromEntries(remembered.mapping)).toMatchObject({ ID: "id", Jobs: "jobs" });
    expect(await screen.findByText(/완료: 1행 추가, 2행 수정/)).toBeInTheDocument();
  });

  it("lets the officer map an unknown column, and speaks English", async () => {
    const user = userEvent.setup();
    const host = fakeHost({
      sync: {
        readCurrent: jest.fn().mockResolvedValue(snapshotWithHistory()),
        lastSync: jest.fn().mockResolvedValue({ source: "dept.csv", at: 0, updated: 3, appended: 2 }),
      },
      syncMappings: { find: jest.fn().mockResolvedValue(null) },
    });
    renderInPane(<SyncPanel />, host, "en");
    expect(await screen.findByText("Sync of 'dept.csv': 3 updated, 2 added")).toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: "Paste" }));
    await user.click(screen.getByRole("textbox"));
    await user.paste("ID\tMemo\nA-2\tcall back\n");
    await user.click(screen.getByRole("button", { name: "Read pasted table" }));
    expect(await screen.findByText("1 column(s) not mapped (not imported)")).toBeInTheDocument();
    expect(screen.getByTestId("count-unchanged")).toHaveTextContent("Unchanged 1");
    await user.selectOptions(screen.getByRole("combobox", { name: "Memo → Commitments column" }), "notes");
    expect(await screen.findByTestId("count-updates")).toHaveTextContent("Update 1");
  });

  it("undoes the last sync, asking again when rows were edited after it", async () => {
    const user = userEvent.setup();
    const undoLast = jest.fn().mockRejectedValueOnce(new EditedSinceSyncError(["A-1"])).mockResolvedValue({ source: "dept.csv", at: 0, updated: 3, appended: 2 });
    const lastSync = jest.fn().mockResolvedValueOnce({ source: "dept.csv", at: 0, updated: 3, appended: 2 }).mockResolvedValue(null);
    renderInPane(<SyncPanel />, fakeHost({ sync: { undoLast, lastSync } }));
    await user.click(await screen.findByRole("button", { name: "마지막 동기화 되돌리기" }));
    expect(await screen.findByText(/마지막 동기화 이후 고친 행이 있습니다\(A-1\)/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "그래도 되돌리기" }));
    expect(undoLast).toHaveBeenLastCalledWith({ force: true, target: "commitments" });
    expect(await screen.findByText("되돌렸습니다: 3행을 예전 값으로, 추가한 2행을 삭제했습니다.")).toBeInTheDocument();
    expect(await screen.findByText("되돌릴 동기화가 없습니다.")).toBeInTheDocument();
  });

  it("shows why a file cannot be read", async () => {
    const user = userEvent.setup();
    renderInPane(<SyncPanel />, fakeHost({ sync: { lastSync: jest.fn().mockResolvedValue(null) } }), "en");
    const input = screen.getByLabelText("CSV or TSV file (UTF-8 or CP949/EUC-KR)");
    const bad = new File([new Uint8Array([0x41, 0xff, 0xff, 0xff])], "bad.csv", { type: "text/csv" });
    Object.defineProperty(bad, "arrayBuffer", { value: () => Promise.resolve(new Uint8Array([0x41, 0xff, 0xff, 0xff]).buffer) });
    await user.upload(input, bad);
    expect(await screen.findByText(/not UTF-8, UTF-16, CP949\/EUC-KR, GBK or Shift-JIS/)).toBeInTheDocument();
  });
});
