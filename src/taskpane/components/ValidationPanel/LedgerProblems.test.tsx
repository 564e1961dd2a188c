/** @jest-environment jsdom */
import "../jsdomShims";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import "@testing-library/jest-dom";
import type { LedgerProblem } from "../../../validation";
import { LedgerProblems } from "./LedgerProblems";

const problem = (progressRow: number): LedgerProblem => ({
  progressRow,
  progressId: `CW-2019-001-P${String(progressRow + 1).padStart(2, "0")}`,
  column: "kind",
  columnLabel: "Kind",
  code: "unknownEnum",
  message: { ko: "목록에 없는 값", en: "Not in the list" },
});

describe("LedgerProblems", () => {
  it("renders nothing when the ledger has no problems", () => {
    const { container } = render(<LedgerProblems problems={[]} language="en" onSelect={jest.fn()} />);
    expect(container).toBeEmptyDOMElement();
  });

  it("lists each problem in English with its table row, hands the clicked one over, and caps a long list", async () => {
    const user = userEvent.setup();
    const onSelect = jest.fn();
    const problems = Array.from({ length: 203 }, (_, i) => problem(i));
    render(<LedgerProblems problems={problems} language="en" onSelect={onSelect} />);
    const section = screen.getByTestId("ledger-problems");
    expect(within(section).getByText("Progress table: 203 problems")).toBeInTheDocument();
    expect(within(section).getAllByRole("button")).toHaveLength(200);
    expect(within(section).getByText("Showing the first 200 of 203.")).toBeInTheDocument();
    await user.click(within(section).getByRole("button", { name: /CW-2019-001-P03 · Kind · Progress table row 3/ }));
    expect(onSelect).toHaveBeenCalledWith(problems[2]);
  });
});
