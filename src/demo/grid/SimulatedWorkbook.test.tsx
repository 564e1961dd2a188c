/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { ExcelSimulator } from "../../simulator";
import { columnLetters } from "../../simulator/address";
import { SimulatedWorkbook } from "./SimulatedWorkbook";

function seeded(): ExcelSimulator {
  const sim = new ExcelSimulator();
  sim.debug.addTable("Sheet1", "A1", [["관리번호", "상대기관"], ["창원-2019-005", "볼티모어시"], ["창원-2019-007", "잭슨빌시"]], "Commitments");
  sim.debug.setValues("환율", "A1", [["통화"], ["USD"]]);
  return sim;
}

function cell(address: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[role="grid"] [data-address="${address}"]`);
  if (!element) throw new Error(`no grid cell ${address}`);
  return element;
}

describe("SimulatedWorkbook", () => {
  it("renders the active sheet's cells with letters, row numbers and sheet tabs", () => {
    render(<SimulatedWorkbook sim={seeded()} onError={() => undefined} />);
    expect(cell("B2").textContent).toBe("볼티모어시");
    expect(screen.getAllByRole("columnheader")[0].textContent).toBe("A");
    expect(screen.getAllByRole("tab").map((tab) => tab.textContent)).toEqual(["Sheet1", "환율"]);
    expect(cell("A1").getAttribute("aria-selected")).toBe("true");
  });

  it("selects a clicked cell through the simulator, so add-in selection handlers fire", async () => {
    const sim = seeded();
    render(<SimulatedWorkbook sim={sim} onError={() => undefined} />);
    fireEvent.mouseDown(cell("B3"));
    await waitFor(() => expect(sim.selection).toEqual({ sheet: "Sheet1", address: "B3" }));
    await waitFor(() => expect(cell("B3").getAttribute("aria-selected")).toBe("true"));
    expect(cell("A1").getAttribute("aria-selected")).toBe("false");
    expect((screen.getByTestId("name-box") as HTMLInputElement).value).toBe("B3");
    expect((screen.getByTestId("formula-bar") as HTMLInputElement).value).toBe("잭슨빌시");
    fireEvent.mouseDown(cell("A2"), { shiftKey: true });
    await waitFor(() => expect(sim.selection.address).toBe("A2:B3"));
  });

  it("moves with the arrow keys and writes what is typed into the formula bar", async () => {
    const sim = seeded();
    render(<SimulatedWorkbook sim={sim} onError={() => undefined} />);
    const grid = screen.getByRole("grid");
    fireEvent.keyDown(grid, { key: "ArrowDown" });
    fireEvent.keyDown(grid, { key: "ArrowRight" });
    await waitFor(() => expect(sim.selection.address).toBe("B2"));
    const bar = screen.getByTestId("formula-bar") as HTMLInputElement;
    fireEvent.change(bar, { target: { value: "볼티모어시 (Baltimore City)" } });
    await act(async () => {
      fireEvent.keyDown(bar, { key: "Enter" });
    });
    await waitFor(() => expect(sim.debug.cell("Sheet1", "B2")).toBe("볼티모어시 (Baltimore City)"));
    await waitFor(() => expect(sim.selection.address).toBe("B3"));
    // The grid re-renders on the simulator's change notification, which can land after the selection moves.
    await waitFor(() => expect(cell("B2").textContent).toBe("볼티모어시 (Baltimore City)"));
  });

  it("switches sheets with the tabs", async () => {
    const sim = seeded();
    render(<SimulatedWorkbook sim={sim} onError={() => undefined} />);
    fireEvent.click(screen.getByRole("tab", { name: "환율" }));
    await waitFor(() => expect(cell("A2").textContent).toBe("USD"));
    expect(sim.selection.sheet).toBe("환율");
  });

  it("shows a failed action to the user", async () => {
    const errors: string[] = [];
    render(<SimulatedWorkbook sim={seeded()} onError={(message) => errors.push(message)} />);
    const nameBox = screen.getByTestId("name-box");
    fireEvent.change(nameBox, { target: { value: "not an address" } });
    fireEvent.keyDown(nameBox, { key: "Enter" });
    await waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]).toMatch(/Could not select NOT AN ADDRESS/);
  });
});

describe("SimulatedWorkbook editing", () => {
  it("clears the selected cells with Delete", async () => {
    const sim = seeded();
    render(<SimulatedWorkbook sim={sim} onError={() => undefined} />);
    fireEvent.mouseDown(cell("B2"));
    fireEvent.mouseDown(cell("B3"), { shiftKey: true });
    await waitFor(() => expect(sim.selection.address).toBe("B2:B3"));
    fireEvent.keyDown(screen.getByRole("grid"), { key: "Delete" });
    await waitFor(() => expect(sim.debug.cell("Sheet1", "B3")).toBe(""));
    expect(sim.debug.cell("Sheet1", "B2")).toBe("");
    expect(sim.debug.cell("Sheet1", "A2")).toBe("창원-2019-005");
  });

  it("starts editing in the formula bar when a character is typed on the grid", async () => {
    const sim = seeded();
    render(<SimulatedWorkbook sim={sim} onError={() => undefined} />);
    fireEvent.mouseDown(cell("C2"));
    await waitFor(() => expect(sim.selection.address).toBe("C2"));
    fireEvent.keyDown(screen.getByRole("grid"), { key: "7" });
    const bar = screen.getByTestId("formula-bar") as HTMLInputElement;
    await waitFor(() => expect(bar.value).toBe("7"));
    expect(document.activeElement).toBe(bar);
    await act(async () => {
      fireEvent.keyDown(bar, { key: "Enter" });
    });
    await waitFor(() => expect(sim.debug.cell("Sheet1", "C2")).toBe(7));
  });

  it("does not trap the keyboard: Escape and F6 leave the grid, Tab at the last column moves on", async () => {
    const sim = seeded();
    const left: string[] = [];
    render(<SimulatedWorkbook sim={sim} onError={() => undefined} onLeaveGrid={() => left.push("pane")} />);
    const grid = screen.getByRole("grid");
    fireEvent.keyDown(grid, { key: "Escape" });
    fireEvent.keyDown(grid, { key: "F6" });
    expect(left).toEqual(["pane", "pane"]);
    fireEvent.mouseDown(cell("A2"));
    await waitFor(() => expect(sim.selection.address).toBe("A2"));
    // Inside the data Tab moves right, as in Excel; at the last column with data the browser gets it.
    expect(fireEvent.keyDown(grid, { key: "Tab" })).toBe(false);
    // The seeded table's last column is B.
    const lastAddress = `${columnLetters(1)}2`;
    await act(async () => {
      await sim.userSelect("Sheet1", lastAddress);
    });
    await waitFor(() => expect(grid.getAttribute("data-active-address")).toBe(lastAddress));
    expect(fireEvent.keyDown(grid, { key: "Tab" })).toBe(true);
  }, 30_000);

  it("puts typing after a Name-box jump into the cell, not the Name box", async () => {
    const sim = seeded();
    render(<SimulatedWorkbook sim={sim} onError={() => undefined} />);
    const nameBox = screen.getByTestId("name-box");
    nameBox.focus();
    fireEvent.change(nameBox, { target: { value: "B3" } });
    fireEvent.keyDown(nameBox, { key: "Enter" });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("grid")));
    expect(sim.selection.address).toBe("B3");
  }, 30_000);
});
