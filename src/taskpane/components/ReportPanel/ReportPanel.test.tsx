/** @jest-environment jsdom */
import "../jsdomShims";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import "@testing-library/jest-dom";
import { fakeHost } from "../../host/fakeHost";
import { ReportExistsError, type ReportContext } from "../../host/report";
import { LocalizedError } from "../../host/LocalizedError";
import { renderInPane } from "../renderInPane";
import { ReportPanel } from "./ReportPanel";

jest.setTimeout(30_000);

const CONTEXT: ReportContext = {
  quartersWithData: ["2024-Q3", "2019-Q4"],
  agency: "창원시",
  templates: [],
  sheetNames: ["협약관리대장"],
  activeSheet: "협약관리대장",
  activeSheetPeriodCell: null,
  activeCell: "A1",
};
const NOW = () => new Date("2026-11-22T00:00:00Z");

function reportHost(overrides: Record<string, jest.Mock> = {}) {
  return fakeHost({
    report: {
      context: jest.fn().mockResolvedValue(CONTEXT),
      templates: jest.fn().mockResolvedValue([]),
      generate: jest.fn().mockResolvedValue({ sheetName: "보고서 2019-4분기", replaced: false }),
      generateFromTemplate: jest.fn(),
      markTemplate: jest.fn(),
      unmarkTemplate: jest.fn(),
      freeze: jest.fn().mockResolvedValue({ sheetName: "보고서 2019-4분기 (값)", replaced: false }),
      ...overrides,
    },
  });
}

describe("ReportPanel", () => {
  it("defaults to the last completed quarter and generates the quarter the officer picks", async () => {
    const user = userEvent.setup();
    const host = reportHost();
    renderInPane(<ReportPanel now={NOW} />, host);
    const picker = await screen.findByTestId("report-quarter");
    expect(picker).toHaveValue("2026-Q3");
    expect(screen.getByRole("option", { name: "2019-Q4 ●" })).toBeInTheDocument();
    await user.selectOptions(picker, "2019-Q4");
    await user.click(screen.getByRole("button", { name: "보고서 만들기" }));
    expect(host.report.generate).toHaveBeenCalledWith({ quarter: "2019-Q4", language: "ko", replaceExisting: false });
    expect(await screen.findByText("'보고서 2019-4분기' 시트를 만들었습니다.")).toBeInTheDocument();
  });

  it("asks before replacing an existing report, and replaces only after confirmation", async () => {
    const user = userEvent.setup();
    const generate = jest
      .fn()
      .mockRejectedValueOnce(new ReportExistsError("Report 2026-Q3"))
      .mockResolvedValueOnce({ sheetName: "Report 2026-Q3", replaced: true });
    const host = reportHost({ generate });
    renderInPane(<ReportPanel now={NOW} />, host, "en");
    await user.click(await screen.findByRole("radio", { name: "English" }));
    await user.click(screen.getByRole("button", { name: "Generate report" }));
    expect(await screen.findByText(/The sheet 'Report 2026-Q3' already exists/)).toBeInTheDocument();
    expect(generate).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole("button", { name: "Replace", hidden: true }));
    await waitFor(() => expect(generate).toHaveBeenCalledTimes(2));
    expect(generate).toHaveBeenLastCalledWith({ quarter: "2026-Q3", language: "en", replaceExisting: true });
    expect(await screen.findByText("Rebuilt the sheet 'Report 2026-Q3'. No other sheet was changed.")).toBeInTheDocument();
  });

  it("cancelling the confirmation replaces nothing", async () => {
    const user = userEvent.setup();
    const generate = jest.fn().mockRejectedValue(new ReportExistsError("보고서 2026-3분기"));
    renderInPane(<ReportPanel now={NOW} />, reportHost({ generate }));
    await user.click(await screen.findByRole("button", { name: "보고서 만들기" }));
    await user.click(await screen.findByRole("button", { name: "취소", hidden: true }));
    expect(generate).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/시트를 만들었습니다/)).not.toBeInTheDocument();
  });

  it("freezes the report it just generated", async () => {
    const user = userEvent.setup();
    const host = reportHost();
    renderInPane(<ReportPanel now={NOW} />, host);
    await user.click(await screen.findByRole("button", { name: "보고서 만들기" }));
    await user.click(await screen.findByRole("button", { name: "공유용 값 복사본 만들기 ('보고서 2019-4분기')" }));
    expect(host.report.freeze).toHaveBeenCalledWith({ sheetName: "보고서 2019-4분기", language: "ko", replaceExisting: false });
    expect(await screen.findByText("값만 담은 '보고서 2019-4분기 (값)' 시트를 만들었습니다. 이 시트를 공유하세요.")).toBeInTheDocument();
  });

  it("marks the active sheet as a template and generates from it", async () => {
    const user = userEvent.setup();
    const template = { sheetId: "{S4}", sheetName: "우리 서식", periodCell: "C3" };
    const context = jest
      .fn()
      .mockResolvedValueOnce({ ...CONTEXT, activeSheet: "우리 서식", activeCell: "C3" })
      .mockResolvedValue({ ...CONTEXT, activeSheet: "우리 서식", activeCell: "C3", templates: [template] });
    const markTemplate = jest.fn().mockResolvedValue(template);
    const generateFromTemplate = jest.fn().mockResolvedValue({ sheetName: "우리 서식 2026-Q3", replaced: false });
    renderInPane(<ReportPanel now={NOW} />, reportHost({ context, markTemplate, generateFromTemplate }));
    expect(await screen.findByDisplayValue("C3")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "현재 시트를 서식으로 지정" }));
    expect(markTemplate).toHaveBeenCalledWith("C3");
    expect(await screen.findByText("'우리 서식' 시트를 서식으로 지정했습니다 (기간 셀 C3).")).toBeInTheDocument();
    expect(screen.getByTestId("report-template")).toHaveValue("{S4}");
    await user.click(screen.getByRole("button", { name: "보고서 만들기" }));
    expect(generateFromTemplate).toHaveBeenCalledWith({ templateSheetId: "{S4}", quarter: "2026-Q3", replaceExisting: false });
    expect(await screen.findByText("'우리 서식 2026-Q3' 시트를 만들었습니다.")).toBeInTheDocument();
  });

  it("shows why the report cannot be made", async () => {
    const user = userEvent.setup();
    const generate = jest.fn().mockRejectedValue(new LocalizedError({ ko: "약정 표가 없습니다.", en: "There is no Commitments table." }));
    renderInPane(<ReportPanel now={NOW} />, reportHost({ generate }), "en");
    await user.click(await screen.findByRole("button", { name: "Generate report" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("There is no Commitments table.");
  });
});
