/** @jest-environment jsdom */
import "../jsdomShims";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import "@testing-library/jest-dom";
import { FileInput } from "./FileInput";

describe("FileInput", () => {
  it("hands over the chosen file and clears itself, so the same file can be chosen again", async () => {
    const user = userEvent.setup();
    const onFile = jest.fn();
    render(<FileInput accept=".csv" label="파일" onFile={onFile} />);
    const input = screen.getByLabelText("파일") as HTMLInputElement;
    const file = new File(["ID\nX-1\n"], "a.csv", { type: "text/csv" });
    await user.upload(input, file);
    await user.upload(input, file);
    expect(onFile).toHaveBeenCalledTimes(2);
    expect(onFile.mock.calls[0][0]).toBe(file);
    expect(input.value).toBe("");
  });
});
