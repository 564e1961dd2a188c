/** @jest-environment jsdom */
import "../jsdomShims";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import "@testing-library/jest-dom";
import { ProblemButton } from "./ProblemButton";

describe("ProblemButton", () => {
  it("names where the problem is and what it is, and reports a click", async () => {
    const onClick = jest.fn();
    render(<ProblemButton where="CW-1 · 국가 · 시트 4행" message="알 수 없는 국가" onClick={onClick} />);
    const button = screen.getByRole("button", { name: "CW-1 · 국가 · 시트 4행 알 수 없는 국가" });
    await userEvent.setup().click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});
