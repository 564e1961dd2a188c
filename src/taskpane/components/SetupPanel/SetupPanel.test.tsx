/** @jest-environment jsdom */
import "../jsdomShims";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import "@testing-library/jest-dom";
import { headerRow } from "../../../schema";
import { fakeHost } from "../../host/fakeHost";
import { planSetup, type WorkbookState } from "../../host/setupPlan";
import { renderInPane } from "../renderInPane";
import { SetupPanel } from "./SetupPanel";

jest.setTimeout(30_000);

const EMPTY: WorkbookState = { sheetNames: ["Sheet1"], commitments: null, fx: null, schemaVersion: null };
const LEGACY: WorkbookState = {
  sheetNames: ["약정"],
  commitments: { sheetName: "약정", headers: headerRow("ko").slice(0, 10), bodyRowCount: 3 },
  fx: null,
  schemaVersion: null,
};

function inspector(state: WorkbookState) {
  return jest.fn(async (language: "ko" | "en") => {
    try {
      return { state, plan: planSetup(state, language), planError: null };
    } catch (error) {
      return { state, plan: null, planError: error as Error };
    }
  });
}

describe("SetupPanel", () => {
  it("offers to create the table on an empty workbook and reports what it did", async () => {
    const user = userEvent.setup();
    const inspect = inspector(EMPTY);
    const run = jest.fn().mockResolvedValue({ kind: "create", language: "ko", sheetName: "약정", addedColumns: [], fxSheetName: "환율", fxSeedAsOf: "2025-01-02" });
    renderInPane(<SetupPanel />, fakeHost({ setup: { inspect, run } }));
    expect(await screen.findByText("이 통합 문서에는 아직 약정 표가 없습니다.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "약정 표 만들기" }));
    expect(run).toHaveBeenCalledWith("ko");
    expect(await screen.findByText("'약정' 시트에 약정 표를 만들었습니다.")).toBeInTheDocument();
    expect(screen.getByText(/2025-01-02 기준 참고값/)).toBeInTheDocument();
  });

  it("lists the columns an upgrade adds, in English", async () => {
    const inspect = inspector(LEGACY);
    renderInPane(<SetupPanel />, fakeHost({ setup: { inspect } }), "en");
    expect(await screen.findByText(/The Commitments table lacks: 품목, HS코드/)).toBeInTheDocument();
    expect(screen.getByText("There is no FxRates table. Upgrading creates it.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Upgrade the table" })).toBeEnabled();
  });

  it("explains why ambiguous headers cannot be upgraded", async () => {
    const inspect = inspector({ ...LEGACY, commitments: { sheetName: "약정", headers: ["관리번호", "금액", "Amount"], bodyRowCount: 1 } });
    renderInPane(<SetupPanel />, fakeHost({ setup: { inspect } }));
    expect(await screen.findByText(/열 이름이 모호해서 업그레이드할 수 없습니다/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "표 업그레이드" })).not.toBeInTheDocument();
  });

  it("shows setup failures", async () => {
    const user = userEvent.setup();
    const run = jest.fn().mockRejectedValue(new Error("The workbook is protected."));
    renderInPane(<SetupPanel />, fakeHost({ setup: { inspect: inspector(EMPTY), run } }), "en");
    await user.click(await screen.findByRole("button", { name: "Create the Commitments table" }));
    await waitFor(() => expect(screen.getByText("The workbook is protected.")).toBeInTheDocument());
    expect(screen.getByText("Setup failed")).toBeInTheDocument();
  });
});
