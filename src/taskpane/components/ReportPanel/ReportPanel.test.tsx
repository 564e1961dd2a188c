/** @jest-environment jsdom */
import "../jsdomShims";
import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import "@testing-library/jest-dom";
import { fakeHost } from "../../host/fakeHost";
import { ReportExistsError, type ReportContext } from "../../host/report";
import type { ReportCheck } from "../../host/reportCheck";
import type { ActiveSheetState } from "../../host/reportFreeze";
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

const REGISTER: ActiveSheetState = {
  name: "협약관리대장",
  shownQuarter: null,
  unreadablePeriod: null,
  suggestedName: null,
  freezeRefusal: { ko: "'협약관리대장' 시트에는 약정·환율 표가 있습니다.", en: "'협약관리대장' holds the Commitments or FxRates table." },
  frozenName: "협약관리대장 (값)",
};
const REPORT: ActiveSheetState = {
  name: "보고서 2019-4분기",
  shownQuarter: "2019-Q4",
  unreadablePeriod: null,
  suggestedName: null,
  freezeRefusal: null,
  frozenName: "보고서 2019-4분기 (값)",
};
const CLEAN: ReportCheck = { problems: [], firstSheetRow: 2, rowCount: 50 };

/** A host whose active-sheet feed the test can fire, as Excel's activation event would. */
function reportHost(overrides: Record<string, jest.Mock> = {}) {
  const listeners = new Set<() => void>();
  const host = fakeHost({
    report: {
      context: jest.fn().mockResolvedValue(CONTEXT),
      templates: jest.fn().mockResolvedValue([]),
      check: jest.fn().mockResolvedValue(CLEAN),
      activeSheet: jest.fn().mockResolvedValue(REGISTER),
      onActiveSheetChanged: jest.fn((listener: () => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      }),
      generate: jest.fn().mockResolvedValue({ sheetName: "보고서 2019-4분기", replaced: false, notApplied: [] }),
      generateFromTemplate: jest.fn(),
      markTemplate: jest.fn(),
      unmarkTemplate: jest.fn(),
      renameToShownQuarter: jest.fn(),
      freeze: jest.fn().mockResolvedValue({ sheetName: "보고서 2019-4분기 (값)", replaced: false }),
      ...overrides,
    },
  });
  const fire = () => act(() => listeners.forEach((listener) => listener()));
  return { host, fire };
}

describe("ReportPanel", () => {
  it("defaults to the latest quarter with agreements, says why, and generates the quarter the officer picks", async () => {
    const user = userEvent.setup();
    const { host } = reportHost();
    renderInPane(<ReportPanel now={NOW} />, host);
    const picker = await screen.findByTestId("report-quarter");
    expect(picker).toHaveValue("2024-Q3");
    expect(screen.getByText("2024-Q3: 체결 실적이 있는 가장 최근 분기라서 기본으로 골랐습니다. ●는 실적이 있는 분기입니다.")).toBeInTheDocument();
    expect(screen.getByRole("option", { name: "2019-Q4 ●" })).toBeInTheDocument();
    await user.selectOptions(picker, "2019-Q4");
    await user.click(screen.getByRole("button", { name: "보고서 만들기" }));
    expect(host.report.check).toHaveBeenCalledTimes(1);
    expect(host.report.generate).toHaveBeenCalledWith({ quarter: "2019-Q4", language: "ko", replaceExisting: false });
    expect(await screen.findByText("'보고서 2019-4분기' 시트를 만들었습니다.")).toBeInTheDocument();
  });

  it("lists the problems that break the report before writing anything; a problem selects its cell; the officer may go on", async () => {
    const user = userEvent.setup();
    const check: ReportCheck = {
      firstSheetRow: 2,
      rowCount: 50,
      problems: [
        {
          rowIndex: 40,
          id: "창원-2015-003",
          column: "category",
          columnLabel: "구분",
          code: "unknownEnum",
          message: { ko: "구분 '교류협력'은(는) 목록에 없습니다.", en: "Category '교류협력' is not in the list." },
        },
      ],
    };
    const { host } = reportHost({ check: jest.fn().mockResolvedValue(check) });
    renderInPane(<ReportPanel now={NOW} />, host);
    await user.click(await screen.findByRole("button", { name: "보고서 만들기" }));
    expect(await screen.findByText("보고서 수식을 깨뜨리거나 수치를 빠뜨릴 문제가 1건 있습니다")).toBeInTheDocument();
    expect(host.report.generate).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: /42행 · 창원-2015-003 · 구분/ }));
    expect(host.selection.selectCell).toHaveBeenCalledWith(40, "category");
    await user.click(screen.getByRole("button", { name: "그래도 보고서 만들기" }));
    await waitFor(() => expect(host.report.generate).toHaveBeenCalledTimes(1));
    // The list stays for fixing; the choice is gone.
    expect(screen.getByTestId("report-problems")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "그래도 보고서 만들기" })).not.toBeInTheDocument();
  });

  it("lists progress recorded for an unknown commitment (the progress block would be #VALUE!) before writing anything", async () => {
    const user = userEvent.setup();
    const check: ReportCheck = {
      firstSheetRow: 2,
      rowCount: 20,
      problems: [],
      progressOrphans: [
        {
          progressRow: 3,
          progressId: "창원-2099-001-P01",
          commitmentId: "창원-2099-001",
          message: { ko: "관리번호 '창원-2099-001'인 협약이 없습니다.", en: "No commitment has the ID '창원-2099-001'." },
        },
      ],
    };
    const { host } = reportHost({ check: jest.fn().mockResolvedValue(check) });
    renderInPane(<ReportPanel now={NOW} />, host);
    await user.click(await screen.findByRole("button", { name: "보고서 만들기" }));
    expect(await screen.findByText("보고서 수식을 깨뜨리거나 수치를 빠뜨릴 문제가 1건 있습니다")).toBeInTheDocument();
    expect(screen.getByText("이행실적 창원-2099-001-P01 · 관리번호 창원-2099-001")).toBeInTheDocument();
    expect(screen.getByText(/관리번호 '창원-2099-001'인 협약이 없습니다/)).toBeInTheDocument();
    expect(host.report.generate).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "그래도 보고서 만들기" }));
    await waitFor(() => expect(host.report.generate).toHaveBeenCalledTimes(1));
  });

  it("'먼저 고치기' writes nothing and keeps the list for fixing", async () => {
    const user = userEvent.setup();
    const check: ReportCheck = {
      firstSheetRow: 2,
      rowCount: 3,
      problems: [{ rowIndex: 0, id: "", column: "signed", columnLabel: "체결일", code: "badDate", message: { ko: "날짜가 아닙니다.", en: "Not a date." } }],
    };
    const { host } = reportHost({ check: jest.fn().mockResolvedValue(check) });
    renderInPane(<ReportPanel now={NOW} />, host);
    await user.click(await screen.findByRole("button", { name: "보고서 만들기" }));
    await user.click(await screen.findByRole("button", { name: "먼저 고치기" }));
    expect(host.report.generate).not.toHaveBeenCalled();
    expect(screen.getByRole("button", { name: /2행 · 체결일/ })).toBeInTheDocument();
  });

  it("says when no quarter has agreements that the default is the last completed quarter", async () => {
    const { host } = reportHost({ context: jest.fn().mockResolvedValue({ ...CONTEXT, quartersWithData: [] }) });
    renderInPane(<ReportPanel now={NOW} />, host);
    expect(await screen.findByTestId("report-quarter")).toHaveValue("2026-Q3");
    expect(screen.getByText("체결 실적이 있는 분기가 아직 없어 마지막으로 끝난 분기(2026-Q3)를 골랐습니다.")).toBeInTheDocument();
  });

  it("asks before replacing an existing report, and replaces only after confirmation", async () => {
    const user = userEvent.setup();
    const generate = jest
      .fn()
      .mockRejectedValueOnce(new ReportExistsError("Report 2024-Q3"))
      .mockResolvedValueOnce({ sheetName: "Report 2024-Q3", replaced: true, notApplied: [] });
    const { host } = reportHost({ generate });
    renderInPane(<ReportPanel now={NOW} />, host, "en");
    await user.click(await screen.findByRole("radio", { name: "English" }));
    await user.click(screen.getByRole("button", { name: "Generate report" }));
    expect(await screen.findByText(/The sheet 'Report 2024-Q3' already exists/)).toBeInTheDocument();
    expect(generate).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole("button", { name: "Replace", hidden: true }));
    await waitFor(() => expect(generate).toHaveBeenCalledTimes(2));
    expect(generate).toHaveBeenLastCalledWith({ quarter: "2024-Q3", language: "en", replaceExisting: true });
    expect(await screen.findByText("Rebuilt the sheet 'Report 2024-Q3'. No other sheet was changed.")).toBeInTheDocument();
  });

  it("cancelling the confirmation replaces nothing", async () => {
    const user = userEvent.setup();
    const generate = jest.fn().mockRejectedValue(new ReportExistsError("보고서 2024-3분기"));
    const { host } = reportHost({ generate });
    renderInPane(<ReportPanel now={NOW} />, host);
    await user.click(await screen.findByRole("button", { name: "보고서 만들기" }));
    await user.click(await screen.findByRole("button", { name: "취소", hidden: true }));
    expect(generate).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/시트를 만들었습니다/)).not.toBeInTheDocument();
  });

  it("says which cosmetic steps could not be applied", async () => {
    const user = userEvent.setup();
    const generate = jest.fn().mockResolvedValue({
      sheetName: "보고서 2019-4분기",
      replaced: false,
      notApplied: [{ step: "merges", what: { ko: "셀 병합", en: "cell merges" }, reason: "InvalidOperation" }],
    });
    const { host } = reportHost({ generate });
    renderInPane(<ReportPanel now={NOW} />, host);
    await user.click(await screen.findByRole("button", { name: "보고서 만들기" }));
    expect(await screen.findByText(/수치는 모두 작성했지만 다음은 적용하지 못했습니다/)).toBeInTheDocument();
    expect(screen.getByText("셀 병합: InvalidOperation")).toBeInTheDocument();
  });

  it("tracks the active sheet live: refuses the register, then freezes the report the officer switched to", async () => {
    const user = userEvent.setup();
    const activeSheet = jest.fn().mockResolvedValue(REGISTER);
    const { host, fire } = reportHost({ activeSheet });
    renderInPane(<ReportPanel now={NOW} />, host);
    expect(await screen.findByTestId("report-freeze-refused")).toHaveTextContent("약정·환율 표");
    expect(screen.queryByRole("button", { name: /공유용 값 복사본/ })).not.toBeInTheDocument();
    activeSheet.mockResolvedValue(REPORT);
    fire();
    const freeze = await screen.findByRole("button", { name: "공유용 값 복사본 만들기 ('보고서 2019-4분기' → '보고서 2019-4분기 (값)')" });
    await user.click(freeze);
    expect(host.report.freeze).toHaveBeenCalledWith({ sheetName: "보고서 2019-4분기", language: "ko", replaceExisting: false });
    expect(await screen.findByText("값만 담은 '보고서 2019-4분기 (값)' 시트를 만들었습니다. 이 시트를 공유하세요.")).toBeInTheDocument();
  });

  it("offers to rename a retargeted report", async () => {
    const user = userEvent.setup();
    const retargeted: ActiveSheetState = { ...REPORT, shownQuarter: "2024-Q3", suggestedName: "보고서 2024-3분기", frozenName: "보고서 2024-3분기 (값)" };
    const renameToShownQuarter = jest.fn().mockResolvedValue({ sheetName: "보고서 2024-3분기", replaced: false });
    const { host } = reportHost({ activeSheet: jest.fn().mockResolvedValue(retargeted), renameToShownQuarter });
    renderInPane(<ReportPanel now={NOW} />, host);
    expect(await screen.findByText(/'보고서 2019-4분기' 시트는 지금 2024-Q3 수치를 보여 주지만/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /'보고서 2019-4분기' → '보고서 2024-3분기 \(값\)'/ })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "'보고서 2024-3분기'(으)로 이름 바꾸기" }));
    expect(renameToShownQuarter).toHaveBeenCalledWith("보고서 2019-4분기", "ko");
    expect(await screen.findByText("시트 이름을 '보고서 2024-3분기'(으)로 바꾸고 인쇄 머리글을 맞췄습니다.")).toBeInTheDocument();
  });

  it("marks the active sheet as a template and generates from it", async () => {
    const user = userEvent.setup();
    const template = { sheetId: "{S4}", sheetName: "우리 서식", periodCell: "C3" };
    const context = jest
      .fn()
      .mockResolvedValueOnce({ ...CONTEXT, activeSheet: "우리 서식", activeCell: "C3" })
      .mockResolvedValue({ ...CONTEXT, activeSheet: "우리 서식", activeCell: "C3", templates: [template] });
    const markTemplate = jest.fn().mockResolvedValue(template);
    const generateFromTemplate = jest.fn().mockResolvedValue({ sheetName: "우리 서식 2024-Q3", replaced: false });
    const { host } = reportHost({ context, markTemplate, generateFromTemplate });
    renderInPane(<ReportPanel now={NOW} />, host);
    expect(await screen.findByDisplayValue("C3")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "현재 시트를 서식으로 지정" }));
    expect(markTemplate).toHaveBeenCalledWith("C3");
    expect(await screen.findByText("'우리 서식' 시트를 서식으로 지정했습니다 (기간 셀 C3).")).toBeInTheDocument();
    expect(screen.getByTestId("report-template")).toHaveValue("{S4}");
    await user.click(screen.getByRole("button", { name: "보고서 만들기" }));
    await waitFor(() => expect(generateFromTemplate).toHaveBeenCalledWith({ templateSheetId: "{S4}", quarter: "2024-Q3", replaceExisting: false }));
    expect(await screen.findByText("'우리 서식 2024-Q3' 시트를 만들었습니다.")).toBeInTheDocument();
  });

  it("shows why the report cannot be made", async () => {
    const user = userEvent.setup();
    const generate = jest.fn().mockRejectedValue(new LocalizedError({ ko: "약정 표가 없습니다.", en: "There is no Commitments table." }));
    const { host } = reportHost({ generate });
    renderInPane(<ReportPanel now={NOW} />, host, "en");
    await user.click(await screen.findByRole("button", { name: "Generate report" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("There is no Commitments table.");
  });
});
