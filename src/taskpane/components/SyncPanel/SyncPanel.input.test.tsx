/** @jest-environment jsdom */
import "../jsdomShims";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import "@testing-library/jest-dom";
import { headerRow } from "../../../schema";
import { EMPTY_SYNC_STATE, mergeState, type MappingMatch } from "../../../sync";
import { encodeCp949 } from "../../../sync/encodeCp949";
import { fakeHost } from "../../host/fakeHost";
import type { CurrentSnapshot } from "../../host/sync";
import { renderInPane } from "../renderInPane";
import { SyncPanel } from "./SyncPanel";

jest.setTimeout(30_000);

// jsdom has no TextDecoder; browsers and Office do. Without it every decode would fail and the tests would only see errors.
Object.assign(globalThis, { TextDecoder: globalThis.TextDecoder ?? NodeTextDecoder, TextEncoder: globalThis.TextEncoder ?? NodeTextEncoder });

const EMPTY: CurrentSnapshot = { values: [headerRow("ko")], merged: { ...mergeState([]), state: EMPTY_SYNC_STATE }, amountKrwFormula: null, language: "ko" };

function fileOf(name: string, bytes: Uint8Array): File {
  const file = new File([bytes.slice().buffer], name, { type: "text/csv" });
  Object.defineProperty(file, "arrayBuffer", { value: () => Promise.resolve(bytes.slice().buffer) });
  return file;
}

function host(overrides: { find?: jest.Mock; writeSheet?: jest.Mock } = {}) {
  return fakeHost({
    sync: { readCurrent: jest.fn().mockResolvedValue(EMPTY), lastSync: jest.fn().mockResolvedValue(null) },
    syncMappings: { find: overrides.find ?? jest.fn().mockResolvedValue(null), remember: jest.fn().mockResolvedValue(undefined) },
    rejected: { writeSheet: overrides.writeSheet ?? jest.fn() },
  });
}

async function paste(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(screen.getByRole("radio", { name: "붙여넣기" }));
  await user.click(screen.getByRole("textbox"));
  await user.paste(text);
  await user.click(screen.getByRole("button", { name: "붙여넣은 표 읽기" }));
}

describe("SyncPanel: reading the source", () => {
  it("says the encoding was a guess, shows the first rows, and reads the file again with the officer's choice (issue 9 item 10)", async () => {
    const user = userEvent.setup();
    renderInPane(<SyncPanel />, host());
    // CP949 bytes that are also valid UTF-8: before, they were read as UTF-8 mojibake ("ȫõ") without a word.
    await user.upload(screen.getByLabelText("CSV 또는 TSV 파일 (UTF-8, CP949/EUC-KR)"), fileOf("부서.csv", encodeCp949("Name,City\r\n황,홍천\r\n")));
    const section = await screen.findByRole("region", { name: "글자 인코딩" });
    expect(within(section).getByText(/인코딩을 추정했습니다: CP949\/EUC-KR \(한국어\)\. 이 파일은 .*UTF-8.*\(으\)로도 읽힙니다/)).toBeInTheDocument();
    expect(within(section).getByRole("list", { name: "첫 행 미리 보기" })).toHaveTextContent("황 | 홍천");
    const select = within(section).getByRole("combobox", { name: "인코딩" });
    expect(within(select).getByRole("option", { name: "UTF-16 LE — 읽을 수 없음" })).toBeDisabled();

    await user.selectOptions(select, "utf-8");
    await waitFor(() => expect(within(screen.getByRole("region", { name: "글자 인코딩" })).getByText("직접 고른 인코딩(UTF-8)으로 읽었습니다.")).toBeInTheDocument());
    expect(screen.getByRole("list", { name: "첫 행 미리 보기" })).toHaveTextContent("Ȳ | ȫõ");
  });

  it("applies a mapping remembered for the same header set, and offers one for a similar set (issue 11 item 10)", async () => {
    const user = userEvent.setup();
    const same: MappingMatch = {
      remembered: { headers: ["ID", "Internal code"], mapping: new Map([["ID", "id"], ["Internal code", "source"]]), sourceName: "부서_2024-08.csv", at: 1 },
      exact: true,
      shared: 2,
      union: 2,
    };
    const find = jest.fn().mockResolvedValueOnce(same).mockResolvedValueOnce({ ...same, exact: false, shared: 2, union: 3 });
    renderInPane(<SyncPanel />, host({ find }));
    await paste(user, "ID\tInternal code\nA-1\tX\n");
    expect(await screen.findByText("열 구성이 같은 '부서_2024-08.csv'에서 고른 연결을 적용했습니다.")).toBeInTheDocument();
    expect(find).toHaveBeenLastCalledWith(["ID", "Internal code"]);
    expect(screen.getByRole("combobox", { name: "Internal code → 약정 표 열" })).toHaveValue("source");

    await user.clear(screen.getByRole("textbox"));
    await paste(user, "ID\tInternal code\t담당부서\nA-1\tX\t통상과\n");
    expect(await screen.findByText("'부서_2024-08.csv'와(과) 열 3개 중 2개가 같습니다. 그때 고른 연결을 적용할까요?")).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Internal code → 약정 표 열" })).toHaveValue("");
    expect(screen.getByRole("combobox", { name: "담당부서 → 약정 표 열" })).toHaveValue("owner");
    await user.click(screen.getByRole("button", { name: "그 연결 적용" }));
    expect(screen.getByRole("combobox", { name: "Internal code → 약정 표 열" })).toHaveValue("source");
    expect(screen.getByText("열 구성이 같은 '부서_2024-08.csv'에서 고른 연결을 적용했습니다.")).toBeInTheDocument();
  });

  it("leaves a row counter unmapped and says why (issue 9 item 3)", async () => {
    const user = userEvent.setup();
    renderInPane(<SyncPanel />, host());
    await paste(user, "번호\t관리번호\t상대기관\n1\tA-1\tAcme\n");
    expect(await screen.findByText("번호 열은 행 번호로 보고 가져오지 않습니다. 관리번호라면 직접 연결하세요.")).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "번호 → 약정 표 열" })).toHaveValue("");
    expect(screen.getByRole("combobox", { name: "관리번호 → 약정 표 열" })).toHaveValue("id");
  });

  it("writes the rejected rows to a new sheet (issue 10 item 8)", async () => {
    const user = userEvent.setup();
    const writeSheet = jest.fn().mockResolvedValue({ sheetName: "제외된 행 (2)", rows: 1, truncatedCells: 0 });
    renderInPane(<SyncPanel />, host({ writeSheet }));
    await paste(user, "관리번호\t추진기관\t협약형태\t구분\t상대기관\t국가\t상태\nA-1\t창원시\tMOU\t투자\t=HYPERLINK(\"x\")\tAtlantis\t체결\n");
    const rejected = await screen.findByRole("region", { name: /제외된 행/ });
    await user.click(within(rejected).getByRole("button", { name: "제외된 행을 새 시트에 쓰기" }));
    expect(await within(rejected).findByText("'제외된 행 (2)' 시트에 제외된 1행을 썼습니다.")).toBeInTheDocument();
    const input = writeSheet.mock.calls[0][0];
    expect(input).toMatchObject({ sourceName: "붙여넣기", language: "ko" });
    expect(input.rejected[0].raw[4]).toBe('=HYPERLINK("x")');
  });
});
