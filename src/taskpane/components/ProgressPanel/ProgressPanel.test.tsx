/** @jest-environment jsdom */
import "../jsdomShims";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import "@testing-library/jest-dom";
import type { ProgressRecord } from "../../../progress/progressEntry";
import { isoToSerial } from "../../../schema";
import { fakeHost } from "../../host/fakeHost";
import { renderInPane } from "../renderInPane";
import { ProgressPanel } from "./ProgressPanel";
import { realizedShare } from "./RealizedBar";

jest.setTimeout(30_000);

const RECORD: ProgressRecord = {
  progressId: "창원-2019-008-P01",
  date: isoToSerial("2019-12-05"),
  kind: "exportShipped",
  kindText: "수출선적",
  amount: 200000,
  currency: "USD",
  amountKrw: 231_780_000,
  jobs: 2,
  evidence: "수출신고 41234-19-1205001X",
  notes: "",
};

describe("ProgressPanel", () => {
  it("shows the timeline and committed vs realized in Korean notation", async () => {
    const read = jest.fn().mockResolvedValue({ records: [RECORD], totals: { realizedKrw: 231_780_000, jobsCreated: 2 } });
    renderInPane(<ProgressPanel commitmentId="창원-2019-008" rowIndex={7} committedKrw={405_615_000} />, fakeHost({ progress: { read } }));
    const timeline = await screen.findByRole("list", { name: "이행실적 기록" });
    const items = within(timeline).getAllByRole("listitem");
    expect(items).toHaveLength(1);
    expect(within(items[0]).getByText("2019-12-05")).toBeInTheDocument();
    expect(within(items[0]).getByText("수출선적 · 200,000 USD · 2억 3,178만 원 · 일자리 2명")).toBeInTheDocument();
    expect(screen.getByRole("meter", { name: "집행 2억 3,178만 원 / 약정 4억 561만 5,000 원 (57.1%)" })).toHaveAttribute("aria-valuenow", "57");
    expect(read).toHaveBeenCalledWith("창원-2019-008", 7);
  });

  it("adds progress typed as 5만불, then reads the timeline again", async () => {
    const user = userEvent.setup();
    const read = jest
      .fn()
      .mockResolvedValueOnce({ records: [], totals: { realizedKrw: 0, jobsCreated: 0 } })
      .mockResolvedValue({ records: [RECORD], totals: { realizedKrw: 231_780_000, jobsCreated: 2 } });
    const add = jest.fn().mockResolvedValue({ progressId: "창원-2019-010-P01", warnings: [] });
    const onAdded = jest.fn();
    const onTotals = jest.fn();
    renderInPane(<ProgressPanel commitmentId="창원-2019-010" committedKrw={231_780_000} onAdded={onAdded} onTotals={onTotals} />, fakeHost({ progress: { read, add } }));
    expect(await screen.findByText("아직 기록된 이행실적이 없습니다.")).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText(/실적일/), { target: { value: "2019-12-20" } });
    await user.click(screen.getByRole("combobox", { name: /실적구분/ }));
    await user.click(await screen.findByRole("option", { name: "수출선적" }));
    await user.type(screen.getByRole("textbox", { name: "실적 금액" }), "5만불");
    expect(screen.getByText("읽은 값: 50,000 USD")).toBeInTheDocument();
    await user.type(screen.getByRole("textbox", { name: "증빙" }), "수출신고 1");
    await user.click(screen.getByRole("button", { name: "실적 추가" }));
    await waitFor(() =>
      expect(add).toHaveBeenCalledWith({ commitmentId: "창원-2019-010", date: "2019-12-20", kind: "exportShipped", amount: "5만불", currency: "", jobs: "", evidence: "수출신고 1", notes: "" }),
    );
    expect(await screen.findByText("창원-2019-010-P01을(를) 추가했습니다.")).toBeInTheDocument();
    expect(onAdded).toHaveBeenCalled();
    expect(await screen.findByRole("list", { name: "이행실적 기록" })).toBeInTheDocument();
    expect(read).toHaveBeenCalledTimes(2);
    // The row's totals as the sheet computed them go to the form, and the bar shows them.
    await waitFor(() => expect(onTotals).toHaveBeenLastCalledWith("창원-2019-010", { realizedKrw: 231_780_000, jobsCreated: 2 }));
    expect(screen.getByRole("meter")).toHaveAttribute("aria-valuenow", "100");
  });

  it("shows each problem next to its field and sends nothing when the draft is incomplete", async () => {
    const user = userEvent.setup();
    const add = jest.fn();
    renderInPane(<ProgressPanel commitmentId="X-1" committedKrw={null} />, fakeHost({ progress: { read: jest.fn().mockResolvedValue({ records: [], totals: null }), add } }), "en");
    await screen.findByText("No progress recorded yet.");
    await user.type(screen.getByRole("textbox", { name: "Progress amount" }), "5만");
    await user.click(screen.getByRole("button", { name: "Add progress" }));
    expect(await screen.findByText("Enter the date of the progress.")).toBeInTheDocument();
    expect(screen.getByText(/Choose a kind/)).toBeInTheDocument();
    expect(screen.getByText('"5만" names no currency. Write it like "5만불", "$50,000" or "3억 원".')).toBeInTheDocument();
    expect(add).not.toHaveBeenCalled();
  });

  it("shows the workbook's refusal (a cancelled commitment) in view", async () => {
    const user = userEvent.setup();
    const add = jest.fn().mockRejectedValue(
      Object.assign(new Error("cancelled"), { problems: [{ field: "commitmentId", severity: "error", message: { ko: "X-1은(는) 취소된 협약이라 실적을 기록할 수 없습니다.", en: "X-1 is cancelled, so it takes no progress." } }] }),
    );
    renderInPane(<ProgressPanel commitmentId="X-1" committedKrw={null} />, fakeHost({ progress: { read: jest.fn().mockResolvedValue({ records: [], totals: null }), add } }));
    await screen.findByText("아직 기록된 이행실적이 없습니다.");
    fireEvent.change(screen.getByLabelText(/실적일/), { target: { value: "2020-01-02" } });
    await user.click(screen.getByRole("combobox", { name: /실적구분/ }));
    await user.click(await screen.findByRole("option", { name: "행사" }));
    await user.type(screen.getByRole("textbox", { name: "증빙" }), "보도자료");
    await user.click(screen.getByRole("button", { name: "실적 추가" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("X-1은(는) 취소된 협약이라 실적을 기록할 수 없습니다.");
  });
});

describe("realizedShare", () => {
  it("is realized over committed, and undefined without a committed amount", () => {
    expect(realizedShare(50, 200)).toBe(0.25);
    expect(realizedShare(300, 200)).toBe(1.5);
    expect(realizedShare(5, null)).toBeNull();
    expect(realizedShare(5, 0)).toBeNull();
  });
});
