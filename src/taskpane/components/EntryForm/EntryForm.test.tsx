/** @jest-environment jsdom */
import "../jsdomShims";
import { act, screen, waitFor } from "@testing-library/react";
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

function selectionHost(): { host: Host; select: (row: TableRowValues | null) => void; save: jest.Mock } {
  let listener: ((row: TableRowValues | null) => void) | null = null;
  const save = jest.fn();
  const host = fakeHost({
    rows: { save },
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
    expect(screen.getByText("Fix the marked fields before saving.")).toBeInTheDocument();
    expect(screen.getByText("Agency: required.")).toBeInTheDocument();
    expect(screen.getByText("Partner: required.")).toBeInTheDocument();
  });

  it("saves a new commitment entered with Korean input, finding the country by its Korean name", async () => {
    const user = userEvent.setup();
    const { host, save } = selectionHost();
    save.mockResolvedValue({ mode: "append", rowIndex: 4, id: "창원-2019-005", row: { id: "창원-2019-005", agency: "창원시" } });
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
    expect(await screen.findByText("창원-2019-005을(를) 저장했습니다 (표의 5번째 행).")).toBeInTheDocument();
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
      id: "CW-2019-003",
      values: { id: "CW-2019-003", agency: "Changwon", signed: isoToSerial("2019-11-18"), instrument: "MOU", category: "Investment", partner: "Acme", country: "US", amount: 700000, currency: "USD", amountKrw: 1029000000, status: "Signed" },
    });
    expect(screen.getByText("Editing CW-2019-003 (table row 3)")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /Partner/ })).toHaveValue("Acme");
    expect(screen.getByLabelText(/^Signed/)).toHaveValue("2019-11-18");
    expect(screen.getByRole("textbox", { name: /Amount \(KRW\)/ })).toHaveValue("1,029,000,000");
    await pickOption(user, /^Status/, "Completed");
    save.mockResolvedValue({ mode: "update", rowIndex: 2, id: "CW-2019-003", row: { id: "CW-2019-003", status: "Completed" } });
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0][0]).toMatchObject({ target: { rowIndex: 2, id: "CW-2019-003" }, values: { status: "completed", amountKrw: 1029000000 } });
  });

  const rowX1 = { rowIndex: 0, id: "X-1", values: { id: "X-1", agency: "A", instrument: "MOU", category: "Export", partner: "P", country: "JP", status: "Signed" } };
  const rowX2 = { ...rowX1, rowIndex: 1, id: "X-2", values: { ...rowX1.values, id: "X-2", partner: "Other" } };

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
    expect(screen.getByText("Editing X-2 (table row 2)")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Load X-2" })).not.toBeInTheDocument();
  });

  it("asks before another row replaces unsaved edits, keeping the edits meanwhile", async () => {
    const user = userEvent.setup();
    const { host, select } = selectionHost();
    renderWith(host, "en");
    select(rowX1);
    await editPartner(user, "Edited");
    select(rowX2);
    expect(screen.getByText("You selected row X-2 (table row 2). Loading it would discard your unsaved changes.")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /Partner/ })).toHaveValue("Edited");
    expect(screen.getByText("Editing X-1 (table row 1)")).toBeInTheDocument();
  });

  it("asks in Korean too", async () => {
    const user = userEvent.setup();
    const { host, select } = selectionHost();
    renderWith(host, "ko");
    await user.type(screen.getByRole("textbox", { name: /상대기관/ }), "새 기관");
    select(rowX2);
    expect(screen.getByText("X-2 행(표의 2번째 행)을 선택했습니다. 이 행을 불러오면 저장하지 않은 변경 내용이 사라집니다.")).toBeInTheDocument();
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
    expect(screen.getByText("Editing X-2 (table row 2)")).toBeInTheDocument();
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
    expect(screen.getByText("Editing X-1 (table row 1)")).toBeInTheDocument();
    // Saving still targets the row being edited, not the one that was selected.
    save.mockResolvedValue({ mode: "update", rowIndex: 0, id: "X-1", row: { id: "X-1", partner: "Edited" } });
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0][0]).toMatchObject({ target: { rowIndex: 0, id: "X-1" }, values: { partner: "Edited" } });
  });

  it("shows adapter errors instead of swallowing them", async () => {
    const user = userEvent.setup();
    const { host, save, select } = selectionHost();
    save.mockRejectedValue(Object.assign(new Error("boom"), { localized: { ko: "표가 없습니다", en: "There is no table" } }));
    renderWith(host, "en");
    select({ rowIndex: 0, id: "X", values: { id: "X", agency: "A", instrument: "MOU", category: "Export", partner: "P", country: "JP", status: "Signed" } });
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("There is no table")).toBeInTheDocument();
    expect(screen.getByText("Could not save")).toBeInTheDocument();
  });
});
