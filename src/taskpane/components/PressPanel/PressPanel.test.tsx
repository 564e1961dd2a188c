/** @jest-environment jsdom */
import "../jsdomShims";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import "@testing-library/jest-dom";
import { commitmentTableValues } from "../../../demo/seedWorkbook";
import { mergeState, type SyncPlan } from "../../../sync";
import { fakeHost } from "../../host/fakeHost";
import type { CurrentSnapshot, SyncResult } from "../../host/sync";
import { renderInPane } from "../renderInPane";
import { PressPanel } from "./PressPanel";

jest.setTimeout(30_000);
Object.assign(globalThis, { TextDecoder: globalThis.TextDecoder ?? NodeTextDecoder, TextEncoder: globalThis.TextEncoder ?? NodeTextEncoder });

function snapshot(): CurrentSnapshot {
  return { values: commitmentTableValues("ko") as unknown[][], merged: mergeState([]), amountKrwFormula: null, language: "ko" };
}

const COMPLETED: SyncResult = { outcome: "completed", inserted: 2, updated: 0, chunksDone: 1, chunksTotal: 1, message: null, logged: true };

function setup() {
  const apply = jest.fn<Promise<SyncResult>, [CurrentSnapshot, SyncPlan]>().mockResolvedValue(COMPLETED);
  const readCurrent = jest.fn().mockResolvedValue(snapshot());
  const host = fakeHost({ sync: { readCurrent, apply } });
  renderInPane(<PressPanel />, host);
  return { apply, readCurrent, user: userEvent.setup() };
}

describe("PressPanel", () => {
  it("defaults the agency to the table's most used one and writes nothing before Add selected", async () => {
    const { apply } = setup();
    expect(await screen.findByDisplayValue("창원시")).toBeInTheDocument();
    expect(screen.getByText("표에서 가장 많이 쓰인 기관: 창원시")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "제안" })).toBeDisabled();
    expect(apply).not.toHaveBeenCalled();
  });

  it("suggests three cards for the Seongnam example, marks evidence, and adds the two kept with the edited partner", async () => {
    const { apply, user } = setup();
    await screen.findByDisplayValue("창원시");
    await user.selectOptions(screen.getByLabelText("예시 보도자료"), "seongnam");
    expect(screen.getByLabelText("추진기관")).toHaveValue("성남시");
    await user.click(screen.getByRole("button", { name: "제안" }));
    expect(screen.getByText(/약정 3건을 찾았습니다/)).toBeInTheDocument();
    const cards = screen.getAllByTestId("press-card");
    expect(cards).toHaveLength(3);
    expect(apply).not.toHaveBeenCalled();

    // The partner field is selected first: its evidence is marked in the release text.
    const first = within(cards[0]);
    expect(first.getByText("한국마이크로소프트", { selector: "mark" })).toBeInTheDocument();
    // Selecting another field marks its evidence instead.
    await user.click(first.getByLabelText("체결일"));
    expect(first.getByText("4월 6일", { selector: "mark" })).toBeInTheDocument();

    // Uncheck the third card, edit the first partner, add.
    await user.click(within(cards[2]).getByRole("checkbox", { name: "표에 추가" }));
    const partner = first.getByLabelText(/상대기관/);
    await user.type(partner, "(주)");
    await user.click(screen.getByRole("button", { name: "선택한 2건 추가" }));

    await waitFor(() => expect(apply).toHaveBeenCalledTimes(1));
    const plan = apply.mock.calls[0][1];
    expect(plan.inserts.map((i) => i.cells.partner)).toEqual(["한국마이크로소프트(주)", "밀피타스 시"]);
    expect(plan.inserts.map((i) => i.cells.agency)).toEqual(["성남시", "성남시"]);
    expect(plan.updates).toEqual([]);
    expect(await screen.findByText(/추가 2행 · 이미 있음 0행/)).toBeInTheDocument();
    expect(within(cards[0]).getByText(/^추가됨: 성남-2015-/)).toBeInTheDocument();
  });

  it("says so when the text holds no agreement, with no cards", async () => {
    const { user } = setup();
    await screen.findByDisplayValue("창원시");
    await user.type(screen.getByLabelText("보도자료 본문"), "오늘은 맑음");
    await user.click(screen.getByRole("button", { name: "제안" }));
    expect(screen.getByText("제안할 약정을 찾지 못했습니다.", { exact: false })).toBeInTheDocument();
    expect(screen.queryAllByTestId("press-card")).toHaveLength(0);
  });

  it("reads an opened HTML file as text, without running or rendering its markup", async () => {
    const { user } = setup();
    await screen.findByDisplayValue("창원시");
    const html =
      '<html><head><title>부산시, 일본 후쿠오카시와 MOU 체결</title><link rel="canonical" href="https://example.go.kr/news/1"><script>window.__pwned = 1</script></head>' +
      "<body><p>부산시는 4일 일본 후쿠오카시와 관광 교류 업무협약을 체결했다.</p><img src=x onerror=\"window.__pwned=2\"></body></html>";
    const file = new File([html], "release.html", { type: "text/html" });
    await user.upload(screen.getByLabelText("파일 열기 (.txt, .html)"), file);
    await waitFor(() => expect(screen.getByLabelText("보도자료 본문")).toHaveValue("부산시, 일본 후쿠오카시와 MOU 체결\n부산시는 4일 일본 후쿠오카시와 관광 교류 업무협약을 체결했다."));
    expect(screen.getByLabelText("원문 주소 (선택)")).toHaveValue("https://example.go.kr/news/1");
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
