/** @jest-environment jsdom */
import "../jsdomShims";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import "@testing-library/jest-dom";
import { isoToSerial, type Language } from "../../../schema";
import { fakeHost } from "../../host/fakeHost";
import type { Host } from "../../host";
import type { TableRowValues } from "../../host/rows";
import { renderInPane } from "../renderInPane";
import { EntryForm } from "./EntryForm";

function renderWith(host: Host, language: Language = "ko"): ReturnType<typeof renderInPane> {
  return renderInPane(<EntryForm />, host, language);
}

function selectionHost(progress: Partial<Host["progress"]> = {}): { host: Host; select: (row: TableRowValues | null) => void; save: jest.Mock } {
  let listener: ((row: TableRowValues | null) => void) | null = null;
  const save = jest.fn();
  const host = fakeHost({
    rows: { save },
    progress,
    selection: {
      onRowSelected: jest.fn((onRow) => {
        listener = onRow;
        return () => (listener = null);
      }),
    },
  });
  return { host, save, select: (row) => act(() => listener?.(row)) };
}

async function pickOption(user: ReturnType<typeof userEvent.setup>, label: RegExp, option: string) {
  await user.click(screen.getByRole("combobox", { name: label }));
  await user.click(await screen.findByRole("option", { name: option }));
}

// Fluent renders many nodes per keystroke; on a shared 2-core machine jsdom needs time.
jest.setTimeout(60_000);

describe("EntryForm", () => {
  it("reads Korean amounts live: 70만불 is 700,000 USD", async () => {
    const user = userEvent.setup();
    renderWith(fakeHost());
    await user.type(screen.getByRole("textbox", { name: "금액" }), "70만불");
    expect(screen.getByText("읽은 값: 700,000 USD")).toBeInTheDocument();
    await user.clear(screen.getByRole("textbox", { name: "금액" }));
    await user.type(screen.getByRole("textbox", { name: "금액" }), "6조7천억 원");
    expect(screen.getByText("읽은 값: 6,700,000,000,000 KRW (6조 7,000억 원)")).toBeInTheDocument();
  });

  it("explains unreadable amounts under the field", async () => {
    const user = userEvent.setup();
    renderWith(fakeHost(), "en");
    await user.type(screen.getByRole("textbox", { name: "Amount" }), "lots");
    expect(screen.getByText(/"lots" is not a number or amount/)).toBeInTheDocument();
  });

  it("shows field messages and does not save an incomplete commitment", async () => {
    const user = userEvent.setup();
    const { host, save } = selectionHost();
    renderWith(host, "en");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByText("Not saved. 6 fields to fix are marked.")).toBeInTheDocument();
    // Focus goes to the first field in error, in form order.
    await waitFor(() => expect(screen.getByRole("textbox", { name: /Agency/ })).toHaveFocus());
    expect(screen.getByText("Agency: required.")).toBeInTheDocument();
    expect(screen.getByText("Partner: required.")).toBeInTheDocument();
  });

  it("saves a new commitment entered with Korean input, finding the country by its Korean name", async () => {
    const user = userEvent.setup();
    const { host, save } = selectionHost();
    save.mockResolvedValue({ mode: "append", rowIndex: 4, sheetRow: 6, id: "창원-2019-005", row: { id: "창원-2019-005", agency: "창원시" } });
    renderWith(host);
    await user.type(screen.getByRole("textbox", { name: /추진기관/ }), "창원시");
    await user.type(screen.getByRole("textbox", { name: /상대기관/ }), "Acme");
    await pickOption(user, /협약형태/, "양해각서(MOU)");
    await pickOption(user, /^구분/, "투자");
    await pickOption(user, /^상태/, "체결");
    await user.type(screen.getByRole("combobox", { name: /국가/ }), "미국");
    await user.click(await screen.findByRole("option", { name: /^미국 · United States/ }));
    await user.type(screen.getByRole("textbox", { name: "금액" }), "70만불");
    await user.click(screen.getByRole("button", { name: "저장" }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const input = save.mock.calls[0][0];
    expect(input.target).toBeNull();
    expect(input.values).toMatchObject({ agency: "창원시", partner: "Acme", instrument: "mou", category: "investment", status: "signed", country: "US", amount: "70만불", id: "" });
    expect(await screen.findByText(/^창원-2019-005을\(를\) 저장했습니다 \(시트 6행\)\./)).toBeInTheDocument();
  });

  it("finds countries by English name too", async () => {
    const user = userEvent.setup();
    renderWith(fakeHost());
    await user.type(screen.getByRole("combobox", { name: /국가/ }), "germ");
    expect(await screen.findByRole("option", { name: /^독일 · Germany \(DE\)/ })).toBeInTheDocument();
  });

  it("loads the row selected in the sheet and saves it back in place", async () => {
    const user = userEvent.setup();
    const { host, save, select } = selectionHost();
    renderWith(host, "en");
    select({
      rowIndex: 2,
      sheetRow: 4,
      id: "CW-2019-003",
      values: { id: "CW-2019-003", agency: "Changwon", signed: isoToSerial("2019-11-18"), instrument: "MOU", category: "Investment", partner: "Acme", country: "US", amount: 700000, currency: "USD", amountKrw: 1029000000, status: "Signed" },
    });
    expect(screen.getByText("Editing CW-2019-003 (sheet row 4)")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /Partner/ })).toHaveValue("Acme");
    expect(screen.getByLabelText(/^Signed/)).toHaveValue("2019-11-18");
    expect(screen.getByRole("textbox", { name: /Amount \(KRW\)/ })).toHaveValue("1,029,000,000");
    expect(screen.getByRole("textbox", { name: "Amount" })).toHaveValue("700,000");
    await pickOption(user, /^Status/, "Completed");
    save.mockResolvedValue({ mode: "update", rowIndex: 2, sheetRow: 4, id: "CW-2019-003", row: { id: "CW-2019-003", status: "Completed" } });
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0][0]).toMatchObject({ target: { rowIndex: 2, id: "CW-2019-003", sheetRow: 4 }, values: { status: "completed", amountKrw: 1029000000 } });
    // An edit stays on its row, and says so.
    expect(await screen.findByText("Saved CW-2019-003 (sheet row 4).")).toBeInTheDocument();
    expect(screen.getByTestId("entry-mode")).toHaveTextContent("Editing CW-2019-003 (sheet row 4)");
  });

  const rowX1 = { rowIndex: 0, sheetRow: 2, id: "X-1", values: { id: "X-1", agency: "A", instrument: "MOU", category: "Export", partner: "P", country: "JP", status: "Signed" } };
  const rowX2 = { ...rowX1, rowIndex: 1, sheetRow: 3, id: "X-2", values: { ...rowX1.values, id: "X-2", partner: "Other" } };

  async function editPartner(user: ReturnType<typeof userEvent.setup>, text: string) {
    await user.clear(screen.getByRole("textbox", { name: /Partner/ }));
    await user.type(screen.getByRole("textbox", { name: /Partner/ }), text);
  }

  it("keeps unsaved edits when the same row is selected again", async () => {
    const user = userEvent.setup();
    const { host, select } = selectionHost();
    renderWith(host, "en");
    select(rowX1);
    await editPartner(user, "Edited");
    select(rowX1);
    expect(screen.getByRole("textbox", { name: /Partner/ })).toHaveValue("Edited");
    expect(screen.queryByRole("button", { name: "Keep editing" })).not.toBeInTheDocument();
  });

  it("loads another row directly when the form has no unsaved edits", () => {
    const { host, select } = selectionHost();
    renderWith(host, "en");
    select(rowX1);
    select(rowX2);
    expect(screen.getByRole("textbox", { name: /Partner/ })).toHaveValue("Other");
    expect(screen.getByText("Editing X-2 (sheet row 3)")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Load X-2" })).not.toBeInTheDocument();
  });

  it("asks before another row replaces unsaved edits, keeping the edits meanwhile", async () => {
    const user = userEvent.setup();
    const { host, select } = selectionHost();
    renderWith(host, "en");
    select(rowX1);
    await editPartner(user, "Edited");
    select(rowX2);
    expect(screen.getByText("You selected row X-2 (sheet row 3). Loading it would discard your unsaved changes.")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /Partner/ })).toHaveValue("Edited");
    expect(screen.getByText("Editing X-1 (sheet row 2)")).toBeInTheDocument();
  });

  it("asks in Korean too", async () => {
    const user = userEvent.setup();
    const { host, select } = selectionHost();
    renderWith(host, "ko");
    await user.type(screen.getByRole("textbox", { name: /상대기관/ }), "새 기관");
    select(rowX2);
    expect(screen.getByText("X-2 행(시트 3행)을 선택했습니다. 이 행을 불러오면 저장하지 않은 변경 내용이 사라집니다.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "X-2 불러오기" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "계속 편집" })).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /상대기관/ })).toHaveValue("새 기관");
    expect(screen.getByText("새 약정")).toBeInTheDocument();
  });

  it("loads the selected row, discarding the edits, when the user chooses Load", async () => {
    const user = userEvent.setup();
    const { host, select } = selectionHost();
    renderWith(host, "en");
    select(rowX1);
    await editPartner(user, "Edited");
    select(rowX2);
    await user.click(screen.getByRole("button", { name: "Load X-2" }));
    expect(screen.getByRole("textbox", { name: /Partner/ })).toHaveValue("Other");
    expect(screen.getByText("Editing X-2 (sheet row 3)")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Load X-2" })).not.toBeInTheDocument();
  });

  it("dismisses the question and keeps editing the current row when the user chooses Keep editing", async () => {
    const user = userEvent.setup();
    const { host, save, select } = selectionHost();
    renderWith(host, "en");
    select(rowX1);
    await editPartner(user, "Edited");
    select(rowX2);
    await user.click(screen.getByRole("button", { name: "Keep editing" }));
    expect(screen.queryByRole("button", { name: "Load X-2" })).not.toBeInTheDocument();
    expect(screen.queryByText(/You selected row X-2/)).not.toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /Partner/ })).toHaveValue("Edited");
    expect(screen.getByText("Editing X-1 (sheet row 2)")).toBeInTheDocument();
    // Saving still targets the row being edited, not the one that was selected.
    save.mockResolvedValue({ mode: "update", rowIndex: 0, sheetRow: 2, id: "X-1", row: { id: "X-1", partner: "Edited" } });
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0][0]).toMatchObject({ target: { rowIndex: 0, id: "X-1" }, values: { partner: "Edited" } });
  });

  it("shows adapter errors instead of swallowing them", async () => {
    const user = userEvent.setup();
    const { host, save, select } = selectionHost();
    save.mockRejectedValue(Object.assign(new Error("boom"), { localized: { ko: "표가 없습니다", en: "There is no table" } }));
    renderWith(host, "en");
    select({ rowIndex: 0, sheetRow: 2, id: "X", values: { id: "X", agency: "A", instrument: "MOU", category: "Export", partner: "P", country: "JP", status: "Signed" } });
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("There is no table")).toBeInTheDocument();
    expect(screen.getByText("Could not save")).toBeInTheDocument();
  });

  async function fillNew(user: ReturnType<typeof userEvent.setup>, partner: string) {
    await user.type(screen.getByRole("textbox", { name: /상대기관/ }), partner);
    await pickOption(user, /협약형태/, "양해각서(MOU)");
    await pickOption(user, /^구분/, "투자");
    await pickOption(user, /^상태/, "체결");
    await user.type(screen.getByRole("combobox", { name: /국가/ }), "US");
    await user.click(await screen.findByRole("option", { name: /United States/ }));
  }

  it("offers the next blank entry after saving a new one, so two saves give two rows", async () => {
    const user = userEvent.setup();
    const { host, save } = selectionHost();
    save
      .mockResolvedValueOnce({ mode: "update", rowIndex: 0, sheetRow: 2, id: "창원-2019-001", row: {} })
      .mockResolvedValueOnce({ mode: "append", rowIndex: 1, sheetRow: 3, id: "창원-2019-002", row: {} });
    renderWith(host);
    await user.type(screen.getByRole("textbox", { name: /추진기관/ }), "창원시");
    await user.type(screen.getByLabelText(/^체결일/), "2019-11-18");
    await user.type(screen.getByRole("textbox", { name: /출처/ }), "경남우리신문");
    await fillNew(user, "Acme");
    await user.click(screen.getByRole("button", { name: "저장" }));
    expect(await screen.findByText(/창원-2019-001을\(를\) 저장했습니다 \(시트 2행\)\. 다음 약정을 입력하세요/)).toBeInTheDocument();
    // The new entry keeps Agency, Signed and Source, and is new: not the row just saved.
    expect(screen.getByTestId("entry-mode")).toHaveTextContent("새 약정");
    expect(screen.getByRole("textbox", { name: /추진기관/ })).toHaveValue("창원시");
    expect(screen.getByLabelText(/^체결일/)).toHaveValue("2019-11-18");
    expect(screen.getByRole("textbox", { name: /출처/ })).toHaveValue("경남우리신문");
    expect(screen.getByRole("textbox", { name: /상대기관/ })).toHaveValue("");
    await fillNew(user, "Beta");
    await user.click(screen.getByRole("button", { name: "저장" }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    expect(save.mock.calls[1][0]).toMatchObject({ target: null, values: { agency: "창원시", partner: "Beta", source: "경남우리신문" } });
  });

  it("shows a loaded row's existing problems at once", () => {
    const { host, select } = selectionHost();
    renderWith(host, "en");
    select({ ...rowX1, values: { ...rowX1.values, country: "Atlantis" } });
    expect(screen.getByText(/Country: "Atlantis"/)).toBeInTheDocument();
  });

  it("asks before New discards unsaved edits, in a dialog", async () => {
    const user = userEvent.setup();
    const { host, select } = selectionHost();
    renderWith(host, "en");
    select(rowX1);
    await editPartner(user, "Edited");
    await user.click(screen.getByRole("button", { name: "New" }));
    const dialog = await screen.findByRole("alertdialog", {}, { timeout: 10_000 });
    expect(dialog).toHaveTextContent("Starting a new entry would discard your unsaved changes.");
    await user.click(screen.getByRole("button", { name: "Keep editing" }));
    expect(screen.getByRole("textbox", { name: /Partner/ })).toHaveValue("Edited");
    await user.click(screen.getByRole("button", { name: "New" }));
    await user.click(await screen.findByRole("button", { name: "Discard changes and start new" }));
    expect(screen.getByRole("textbox", { name: /Partner/ })).toHaveValue("");
    expect(screen.getByTestId("entry-mode")).toHaveTextContent("New commitment");
  });

  it("warns before saving a likely duplicate, and saves only when told to", async () => {
    const user = userEvent.setup();
    const save = jest.fn().mockResolvedValue({ mode: "append", rowIndex: 5, sheetRow: 7, id: "창원-2019-006", row: {} });
    const findLikelyDuplicates = jest.fn().mockResolvedValue([{ id: "창원-2019-001", sheetRow: 2, partner: "Acme Inc." }]);
    renderWith(fakeHost({ rows: { save, findLikelyDuplicates } }));
    await user.type(screen.getByRole("textbox", { name: /추진기관/ }), "창원시");
    await fillNew(user, "Acme");
    await user.click(screen.getByRole("button", { name: "저장" }));
    // jsdom: Tabster marks a dialog opened after an await aria-hidden until focus settles, so it is
    // found by its text here; the browser test checks it by role.
    const title = await screen.findByText("비슷한 약정이 이미 있습니다", {}, { timeout: 10_000 });
    const dialog = title.closest('[role="alertdialog"]') as HTMLElement;
    expect(dialog).toHaveTextContent("창원-2019-001 · 시트 2행 · Acme Inc.");
    expect(save).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole("button", { name: "저장하지 않기", hidden: true }));
    await waitFor(() => expect(screen.queryByText("비슷한 약정이 이미 있습니다")).not.toBeInTheDocument());
    expect(save).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "저장" }));
    const again = (await screen.findByText("비슷한 약정이 이미 있습니다", {}, { timeout: 10_000 })).closest('[role="alertdialog"]') as HTMLElement;
    await user.click(within(again).getByRole("button", { name: "그래도 저장", hidden: true }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(findLikelyDuplicates.mock.calls[0]).toEqual([expect.objectContaining({ agency: "창원시", partner: "Acme" }), null]);
  });

  it("shows the new Realized (KRW) and Jobs created, and the bar, right after Add progress", async () => {
    const user = userEvent.setup();
    const record = {
      progressId: "창원-2019-010-P01",
      date: isoToSerial("2019-12-20"),
      kind: "exportShipped" as const,
      kindText: "수출선적",
      amount: 50000,
      currency: "USD",
      amountKrw: 57_945_000,
      jobs: 3,
      evidence: "수출신고 1",
      notes: "",
    };
    // The sheet's SUMIFS cells before and after the record: what the host reads with the timeline.
    const read = jest
      .fn()
      .mockResolvedValueOnce({ records: [], totals: { realizedKrw: 0, jobsCreated: 0 } })
      .mockResolvedValue({ records: [record], totals: { realizedKrw: 57_945_000, jobsCreated: 3 } });
    const add = jest.fn().mockResolvedValue({ progressId: record.progressId, warnings: [] });
    const { host, select } = selectionHost({ read, add });
    renderWith(host);
    select({
      rowIndex: 9,
      sheetRow: 11,
      id: "창원-2019-010",
      values: { id: "창원-2019-010", agency: "창원시", signed: isoToSerial("2019-11-14"), instrument: "MOU", category: "Export", partner: "Acme", country: "US", amount: 200000, currency: "USD", amountKrw: 231_780_000, realizedKrw: 0, jobsCreated: 0, status: "Signed" },
    });
    expect(await screen.findByText("아직 기록된 이행실적이 없습니다.")).toBeInTheDocument();
    expect(read).toHaveBeenCalledWith("창원-2019-010", 9);
    expect(screen.getByRole("textbox", { name: /^집행액/ })).toHaveValue("0");

    const form = screen.getByRole("form", { name: "실적 추가" });
    fireEvent.change(within(form).getByLabelText(/실적일/), { target: { value: "2019-12-20" } });
    await pickOption(user, /실적구분/, "수출선적");
    await user.type(within(form).getByRole("textbox", { name: "실적 금액" }), "5만불");
    await user.type(within(form).getByRole("textbox", { name: "창출 일자리" }), "3");
    await user.click(within(form).getByRole("button", { name: "실적 추가" }));
    expect(await screen.findByText("창원-2019-010-P01을(를) 추가했습니다.")).toBeInTheDocument();

    // The form's read-only Realized (KRW) and Jobs created follow the sheet at once, and the bar with them.
    await waitFor(() => expect(screen.getByRole("textbox", { name: /^집행액/ })).toHaveValue("57,945,000"));
    expect(screen.getByRole("textbox", { name: /^창출일자리/ })).toHaveValue("3");
    expect(screen.getByRole("meter")).toHaveAttribute("aria-valuenow", "25");
    expect(read).toHaveBeenCalledTimes(2);
    // The officer's draft is untouched: the row is still the one being edited, with nothing to save.
    expect(screen.getByTestId("entry-mode")).toHaveTextContent("창원-2019-010");
  });
});
