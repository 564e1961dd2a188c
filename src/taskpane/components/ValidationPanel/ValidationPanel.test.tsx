/** @jest-environment jsdom */
import "../jsdomShims";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import "@testing-library/jest-dom";
import type { TableProblem } from "../../../validation";
import { fakeHost } from "../../host/fakeHost";
import { renderInPane } from "../renderInPane";
import { ValidationPanel } from "./ValidationPanel";

jest.setTimeout(30_000);

const PROBLEMS: TableProblem[] = [
  { rowIndex: 0, id: "CW-1", column: "id", columnLabel: "관리번호", code: "duplicateId", message: { ko: "관리번호 중복", en: "Duplicate ID" } },
  { rowIndex: 2, id: "CW-1", column: "id", columnLabel: "관리번호", code: "duplicateId", message: { ko: "관리번호 중복 2", en: "Duplicate ID 2" } },
  { rowIndex: 3, id: "", column: "country", columnLabel: "국가", code: "badCountry", message: { ko: "알 수 없는 국가", en: "Unknown country" } },
];

describe("ValidationPanel", () => {
  it("lists every problem with ID, column, message and counts by kind, and selects a cell on click", async () => {
    const user = userEvent.setup();
    const validate = jest.fn().mockResolvedValue({ problems: PROBLEMS, rowCount: 4, fxCurrencies: ["USD"], firstSheetRow: 2 });
    const selectCell = jest.fn().mockResolvedValue(undefined);
    renderInPane(<ValidationPanel />, fakeHost({ validation: { validate }, selection: { selectCell } }));
    await user.click(screen.getByRole("button", { name: "검증 실행" }));
    expect(await screen.findByText("4개 행에서 문제 3건을 찾았습니다.")).toBeInTheDocument();
    const counts = screen.getByRole("list", { name: "종류별 건수" });
    expect(within(counts).getByText("중복 관리번호: 2")).toBeInTheDocument();
    expect(within(counts).getByText("잘못된 국가: 1")).toBeInTheDocument();
    const list = screen.getByRole("list", { name: "문제 목록" });
    const rows = within(list).getAllByRole("listitem");
    expect(rows).toHaveLength(3);
    // Rows are named by their sheet row: table row 1 is sheet row 2 under the header.
    expect(within(rows[0]).getByText("CW-1 · 관리번호 · 시트 2행")).toBeInTheDocument();
    expect(within(rows[2]).getByText("(관리번호 없음) · 국가 · 시트 5행")).toBeInTheDocument();
    await user.click(within(rows[2]).getByRole("button", { name: "(관리번호 없음) · 국가 · 시트 5행 알 수 없는 국가" }));
    expect(selectCell).toHaveBeenCalledWith(3, "country");
  });

  it("lists at most 500 problems but counts them all", async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 620 }, (_, i): TableProblem => ({ ...PROBLEMS[2], rowIndex: i, id: `R-${i}` }));
    const validate = jest.fn().mockResolvedValue({ problems: many, rowCount: 620, fxCurrencies: [] });
    renderInPane(<ValidationPanel />, fakeHost({ validation: { validate } }), "en");
    await user.click(screen.getByRole("button", { name: "Run validation" }));
    expect(await screen.findByText("Bad country: 620")).toBeInTheDocument();
    expect(within(screen.getByRole("list", { name: "Problems" })).getAllByRole("listitem")).toHaveLength(500);
    expect(screen.getByText("Showing the first 500 of 620 problems. Fix those, then validate again.")).toBeInTheDocument();
  });

  it("speaks English and reports a clean table", async () => {
    const user = userEvent.setup();
    const validate = jest.fn().mockResolvedValue({ problems: [], rowCount: 12, fxCurrencies: [] });
    renderInPane(<ValidationPanel />, fakeHost({ validation: { validate } }), "en");
    await user.click(screen.getByRole("button", { name: "Run validation" }));
    expect(await screen.findByText("Checked 12 rows: no problems.")).toBeInTheDocument();
  });

  it("shows validation and selection errors", async () => {
    const user = userEvent.setup();
    const validate = jest.fn().mockRejectedValueOnce(new Error("Missing column Partner")).mockResolvedValue({ problems: PROBLEMS, rowCount: 4, fxCurrencies: [] });
    const selectCell = jest.fn().mockRejectedValue({ localized: { ko: "행이 없습니다", en: "Row gone" } });
    renderInPane(<ValidationPanel />, fakeHost({ validation: { validate }, selection: { selectCell } }), "en");
    await user.click(screen.getByRole("button", { name: "Run validation" }));
    expect(await screen.findByText("Missing column Partner")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Run validation" }));
    await user.click(await screen.findByRole("button", { name: /Unknown country/ }));
    await waitFor(() => expect(screen.getByText("Row gone")).toBeInTheDocument());
    expect(screen.getByText("Could not select the cell")).toBeInTheDocument();
  });
  it("lists progress records whose Commitment ID no row has, apart from the table's problems (schema 2)", async () => {
    const user = userEvent.setup();
    const orphan = { progressRow: 4, progressId: "창원-2019-009-P01", commitmentId: "창원-2019-009", message: { ko: "관리번호가 약정 표에 없습니다.", en: "No such commitment." } };
    const validate = jest.fn().mockResolvedValue({ problems: [], rowCount: 4, fxCurrencies: [], firstSheetRow: 2, progressOrphans: [orphan] });
    renderInPane(<ValidationPanel />, fakeHost({ validation: { validate } }));
    await user.click(screen.getByRole("button", { name: "검증 실행" }));
    const section = await screen.findByTestId("progress-orphans");
    expect(within(section).getByText("이행실적 표: 없는 관리번호를 가리키는 실적 1건")).toBeInTheDocument();
    expect(within(section).getByText("창원-2019-009-P01 · 관리번호 창원-2019-009")).toBeInTheDocument();
    expect(within(section).getByText(/관리번호가 약정 표에 없습니다/)).toBeInTheDocument();
  });

  it("lists the Progress ledger's own problems, warns instead of saying the workbook is clean, and selects a ledger cell on click (schema 2)", async () => {
    const user = userEvent.setup();
    const ledger = [
      { progressRow: 6, progressId: "", column: "progressId", columnLabel: "실적번호", code: "required", message: { ko: "실적번호가 비어 있습니다.", en: "The Progress ID is blank." } },
      { progressRow: 7, progressId: "창원-2019-008-P77", column: "date", columnLabel: "실적일", code: "badDate", message: { ko: "날짜가 아닙니다.", en: "Not a date." } },
    ];
    const validate = jest.fn().mockResolvedValue({ problems: [], rowCount: 4, fxCurrencies: [], firstSheetRow: 2, progressOrphans: [], progressLedger: ledger });
    const selectProgressCell = jest.fn().mockResolvedValue(undefined);
    renderInPane(<ValidationPanel />, fakeHost({ validation: { validate }, selection: { selectProgressCell } }));
    await user.click(screen.getByRole("button", { name: "검증 실행" }));
    const section = await screen.findByTestId("ledger-problems");
    expect(within(section).getByText("이행실적 표의 문제 2건")).toBeInTheDocument();
    await user.click(within(section).getByRole("button", { name: /창원-2019-008-P77 · 실적일 · 이행실적 표 8번째 행/ }));
    expect(selectProgressCell).toHaveBeenCalledWith(7, "date");
    expect(within(section).getByText("(실적번호 없음) · 실적번호 · 이행실적 표 7번째 행")).toBeInTheDocument();
    // Not "no problems": the summary says where the problems are.
    expect(screen.getByText("약정 표 4개 행에는 문제가 없지만, 이행실적 표에 문제 2건이 있습니다(아래).")).toBeInTheDocument();
    expect(screen.queryByText("4개 행을 검사했습니다. 문제가 없습니다.")).toBeNull();
  });
});
