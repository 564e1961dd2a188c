/** @jest-environment jsdom */
import "../jsdomShims";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import "@testing-library/jest-dom";
import { useState } from "react";
import type { ConflictChoice, PlannedConflict } from "../../../sync";
import { fakeHost } from "../../host/fakeHost";
import { renderInPane } from "../renderInPane";
import { ConflictList } from "./ConflictList";

jest.setTimeout(30_000);

const RECORD = { fp: "0", src: "0" };

function conflict(id: string, otherSource?: string): PlannedConflict {
  return {
    id,
    kind: "edited",
    position: 0,
    sourceRow: 2,
    before: [],
    sheet: { jobs: 1 },
    cells: { jobs: 2 } as PlannedConflict["cells"],
    diffs: [{ column: "jobs", before: 1, after: 2 }],
    originKey: null,
    takeRecord: RECORD,
    keepRecord: RECORD,
    warnings: [],
    ...(otherSource === undefined ? {} : { otherSource }),
  };
}

/** Holds the choices as SyncPanel does, and reports each change. */
function Harness(props: { conflicts: PlannedConflict[]; seen: ReadonlyMap<string, ConflictChoice>[] }) {
  const [choices, setChoices] = useState<ReadonlyMap<string, ConflictChoice>>(new Map());
  return (
    <ConflictList
      conflicts={props.conflicts}
      choices={choices}
      disabled={false}
      onChoose={(next) => {
        props.seen.push(next);
        setChoices(next);
      }}
    />
  );
}

describe("ConflictList", () => {
  it("counts conflicts on IDs named like Object.prototype members as undecided until chosen (issue 9 item 4)", async () => {
    const user = userEvent.setup();
    const names = ["constructor", "toString", "__proto__", "valueOf"];
    const seen: ReadonlyMap<string, ConflictChoice>[] = [];
    renderInPane(<Harness conflicts={names.map((id) => conflict(id))} seen={seen} />, fakeHost());
    expect(screen.getByRole("status")).toHaveTextContent("4");
    for (const id of names) {
      const item = screen.getByRole("listitem", { name: id });
      for (const radio of within(item).getAllByRole("radio")) expect(radio).not.toBeChecked();
    }
    await user.click(within(screen.getByRole("listitem", { name: "__proto__" })).getByRole("radio", { name: "시트 유지" }));
    expect(seen.at(-1)).toEqual(new Map([["__proto__", "keepSheet"]]));
    expect(screen.getByRole("status")).toHaveTextContent("3");
    expect(within(screen.getByRole("listitem", { name: "constructor" })).getByRole("radio", { name: "원본 적용" })).not.toBeChecked();
  });

  it("names the other source of a two-source conflict and offers to trust this source for the row (issue 9 item 7)", async () => {
    const user = userEvent.setup();
    const seen: ReadonlyMap<string, ConflictChoice>[] = [];
    renderInPane(<Harness conflicts={[conflict("A-1", "a.csv"), conflict("A-2")]} seen={seen} />, fakeHost());
    const twoSources = screen.getByRole("listitem", { name: "A-1" });
    expect(twoSources).toHaveTextContent('다른 원본("a.csv")');
    expect(within(screen.getByRole("listitem", { name: "A-2" })).getAllByRole("radio")).toHaveLength(2);
    await user.click(within(twoSources).getByRole("radio", { name: /이 원본을 따름/ }));
    expect(seen.at(-1)).toEqual(new Map([["A-1", "trustSource"]]));
  });
});
