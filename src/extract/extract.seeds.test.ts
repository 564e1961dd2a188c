/**
 * The three shared seed releases (raw web captures, page furniture included): every suggested
 * field and the text it stands on.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { extractCommitments, type ExtractResult, type Suggestion } from ".";

const fixture = (name: string) => readFileSync(path.join(__dirname, "../../test/fixtures/press", name), "utf8");

const SEONGNAM = fixture("seongnam-2015-us-trip.txt");
const CHANGWON = fixture("changwon-2019-north-america-trip.txt");
const DAEJEON = fixture("daejeon-2024-science-cities-alliance.txt");

/** The text each field's evidence points at. */
function evidenceOf(text: string, suggestion: Suggestion): Record<string, string> {
  return Object.fromEntries(Object.entries(suggestion.evidence).map(([key, span]) => [key, text.slice(span!.start, span!.end)]));
}

function find(result: ExtractResult, partner: string | undefined, instrument: string): Suggestion {
  const found = result.suggestions.find((s) => s.fields.partner === partner && s.fields.instrument === instrument);
  if (!found) throw new Error(`no ${instrument} with ${partner}: ${JSON.stringify(result.suggestions.map((s) => s.fields))}`);
  return found;
}

/** Every evidence span sits inside the text and inside (or is) the headline or the suggestion's sentence region. */
function expectSpansInside(text: string, result: ExtractResult): void {
  for (const suggestion of result.suggestions) {
    expect(text.slice(suggestion.sentence.start, suggestion.sentence.end)).toBe(suggestion.sentence.text);
    for (const span of Object.values(suggestion.evidence)) {
      expect(span!.start).toBeGreaterThanOrEqual(0);
      expect(span!.end).toBeLessThanOrEqual(text.length);
      expect(span!.start).toBeLessThan(span!.end);
    }
  }
}

describe("Seongnam 2015 US trip (비전성남)", () => {
  const result = extractCommitments(SEONGNAM, { agency: "성남시" });

  it("dates the release from its byline and finds exactly the three agreements", () => {
    expect(result.documentDate).toBe("2015-04-10");
    expect(result.suggestions.map((s) => [s.fields.partner, s.fields.instrument])).toEqual([
      ["한국마이크로소프트", "mou"],
      ["밀피타스 시", "loi"],
      ["세계한인무역협회(OKTA) LA지회", "mou"],
    ]);
    expectSpansInside(SEONGNAM, result);
  });

  it("reads the Microsoft MOU: signed in Seattle, US, on 4월 6일", () => {
    const ms = find(result, "한국마이크로소프트", "mou");
    expect(ms.fields).toMatchObject({
      agency: "성남시",
      instrument: "mou",
      category: "cooperation",
      country: "US",
      city: "시애틀",
      signed: "2015-04-06",
      status: "signed",
      sector: "IㆍCㆍBㆍM R&D 및 시티넥스트(CityNext) 사업",
      source: "이재명 성남시장, 글로벌 네트워크 구축",
    });
    expect(evidenceOf(SEONGNAM, ms)).toMatchObject({
      partner: "한국마이크로소프트",
      instrument: "업무협약(MOU)",
      country: "미국",
      city: "시애틀",
      signed: "4월 6일",
      status: "체결했",
      source: "이재명 성남시장, 글로벌 네트워크 구축",
    });
    expect(ms.sentence.text).toMatch(/^4월 6일 이재명 성남시장은 미국 시애틀 MS본사를 찾아/);
    expect(ms.warnings).toEqual([]);
  });

  it("reads the Milpitas letter of intent (우호교류협력 의향서) as an LOI in the Exchange category", () => {
    const loi = find(result, "밀피타스 시", "loi");
    expect(loi.fields).toMatchObject({ category: "exchange", country: "US", city: "밀피타스", signed: "2015-04-08", status: "signed" });
    expect(evidenceOf(SEONGNAM, loi)).toMatchObject({
      partner: "밀피타스 시",
      instrument: "우호교류 협력 의향서",
      category: "우호교류",
      signed: "8일",
      status: "공동 서명",
    });
  });

  it("reads the OKTA LA MOU with Los Angeles as the city", () => {
    const okta = find(result, "세계한인무역협회(OKTA) LA지회", "mou");
    expect(okta.fields).toMatchObject({ country: "US", city: "로스앤젤레스", signed: "2015-04-10", status: "signed", category: "cooperation" });
    expect(evidenceOf(SEONGNAM, okta)).toMatchObject({ city: "LA", signed: "10일", instrument: "업무협약", status: "체결한" });
  });

  it("suggests nothing from the visits, lectures and meetings where nothing was agreed", () => {
    const sentences = result.suggestions.map((s) => s.sentence.text).join("\n");
    expect(sentences).not.toMatch(/총영사|스탠퍼드|어바인/);
  });

  it("finds the issuing city itself when no agency is given, and never makes it a partner", () => {
    const inferred = extractCommitments(SEONGNAM);
    expect(inferred.suggestions.map((s) => s.fields.agency)).toEqual(["성남시", "성남시", "성남시"]);
    expect(inferred.suggestions.map((s) => s.fields.partner)).not.toContain("성남시");
  });
});

describe("Changwon 2019 North America trip (경남우리신문)", () => {
  const result = extractCommitments(CHANGWON, { agency: "창원시" });

  it("finds the city agreement, the MOU, the research-centre agreement, the export contracts and the friendship city", () => {
    expect(result.documentDate).toBe("2019-11-18");
    expect(result.suggestions.map((s) => [s.fields.partner, s.fields.instrument])).toEqual([
      ["워털루 시", "agreement"],
      ["AKCSE", "mou"],
      ["워털루 대학", "agreement"],
      [undefined, "contract"],
      ["볼티모어", "friendshipCity"],
    ]);
    expectSpansInside(CHANGWON, result);
  });

  it("reads the Waterloo city agreement (경제·과학·기술 분야 협약) in Canada", () => {
    const waterloo = find(result, "워털루 시", "agreement");
    expect(waterloo.fields).toMatchObject({ country: "CA", city: "워털루", category: "cooperation", status: "signed", sector: "경제·과학·기술" });
    expect(evidenceOf(CHANGWON, waterloo)).toMatchObject({ partner: "워털루 시", country: "캐나다", instrument: "협약", status: "형성했다" });
    // The release gives no day for it: blank, with a warning, never a guess.
    expect(waterloo.fields.signed).toBeUndefined();
    expect(waterloo.warnings.map((w) => w.en)).toContain("The release does not give the signing date: enter it.");
  });

  it("reads the AKCSE MOU", () => {
    const akcse = find(result, "AKCSE", "mou");
    expect(akcse.fields).toMatchObject({ country: "CA", status: "signed", category: "cooperation" });
    expect(evidenceOf(CHANGWON, akcse)).toMatchObject({ partner: "AKCSE", instrument: "MOU", status: "체결" });
  });

  it("reads the persimmon export contracts: 70만불 is 700,000 USD, product 단감, partner and country left blank with warnings", () => {
    const contract = find(result, undefined, "contract");
    expect(contract.fields).toMatchObject({ category: "export", amount: 700000, currency: "USD", product: "단감", status: "signed" });
    expect(contract.fields.country).toBeUndefined();
    expect(evidenceOf(CHANGWON, contract)).toMatchObject({ amount: "70만불", currency: "70만불", product: "단감", instrument: "수출 계약", category: "수출" });
    expect(contract.warnings.map((w) => w.en)).toEqual(
      expect.arrayContaining(["The release does not name the partner: enter it.", "The release does not say which country: choose it."]),
    );
  });

  it("reads the Baltimore friendship city (국제 우호도시 협약) as Exchange in the US", () => {
    const baltimore = find(result, "볼티모어", "friendshipCity");
    expect(baltimore.fields).toMatchObject({ category: "exchange", country: "US", city: "볼티모어", status: "signed" });
    expect(evidenceOf(CHANGWON, baltimore)).toMatchObject({ partner: "볼티모어", instrument: "우호도시 협약", status: "체결했" });
  });

  it("never takes the export-logistics subsidy (1,000원 → 2,250원) or the clauses of the Baltimore agreement as commitments", () => {
    const amounts = result.suggestions.map((s) => s.fields.amount).filter((a) => a !== undefined);
    expect(amounts).toEqual([700000]);
    // "투자·무역·기술 영역" is in the Baltimore agreement's list of contents, not its own sentence.
    expect(find(result, "볼티모어", "friendshipCity").fields.category).toBe("exchange");
  });

  it("does not suggest the Johns Hopkins promise or the Jacksonville anniversary (no agreement signed)", () => {
    const partners = result.suggestions.map((s) => String(s.fields.partner ?? ""));
    expect(partners.some((p) => /존스홉킨스|잭슨빌/.test(p))).toBe(false);
  });
});

describe("Daejeon 2024 science cities alliance", () => {
  const result = extractCommitments(DAEJEON, { agency: "대전광역시" });

  it("finds the alliance and the three 2025 pilot projects", () => {
    expect(result.documentDate).toBe("2024-09-04");
    expect(result.suggestions.map((s) => [s.fields.partner, s.fields.status])).toEqual([
      ["세계경제과학도시연합", "signed"],
      ["몽고메리카운티", "planned"],
      ["시애틀", "planned"],
      ["도르트문트", "planned"],
    ]);
    expectSpansInside(DAEJEON, result);
  });

  it("dates the alliance from the sentence that dates its founding ceremony (3일 창립식)", () => {
    const alliance = result.suggestions[0];
    expect(alliance.fields).toMatchObject({ instrument: "agreement", category: "cooperation", signed: "2024-09-03", agency: "대전광역시" });
    expect(evidenceOf(DAEJEON, alliance)).toMatchObject({ partner: "세계경제과학도시연합", signed: "3일", instrument: "창립" });
    // Members in three countries: no single country, so blank with a warning.
    expect(alliance.fields.country).toBeUndefined();
    expect(alliance.warnings.length).toBeGreaterThan(0);
  });

  it("reads each pilot project as a planned item with its partner, country and programme", () => {
    const [, montgomery, seattle, dortmund] = result.suggestions;
    expect(montgomery.fields).toMatchObject({ country: "US", status: "planned", category: "exchange", sector: "공무원 인적교류", due: "2025-12-31" });
    expect(seattle.fields).toMatchObject({ country: "US", city: "시애틀", status: "planned", sector: "딥테크 스타트업의 북미시장 진출 지원사업" });
    expect(dortmund.fields).toMatchObject({ country: "DE", city: "도르트문트", status: "planned", category: "exchange", sector: "대학별 특성화 분야의 교류사업" });
    expect(evidenceOf(DAEJEON, montgomery)).toMatchObject({ partner: "몽고메리카운티", sector: "공무원 인적교류", status: "추진할 계획", due: "2025년" });
    expect(evidenceOf(DAEJEON, dortmund)).toMatchObject({ partner: "도르트문트", country: "도르트문트" });
  });

  it("ignores the photo captions, the comment widget and the quotes about the 37-year sister-city tie", () => {
    const captionLines = DAEJEON.split("\n").filter((line) => line.includes("사진="));
    for (const suggestion of result.suggestions) {
      for (const line of captionLines) {
        const at = DAEJEON.indexOf(line);
        expect(suggestion.sentence.start >= at && suggestion.sentence.end <= at + line.length).toBe(false);
      }
    }
    expect(result.suggestions.some((s) => s.fields.instrument === "sisterCity")).toBe(false);
  });
});

describe("page furniture around the seeds", () => {
  const FURNITURE_BEFORE = ["광고", "오늘의 날씨 서울 맑음 23℃ 미세먼지 보통", "페이스북 트위터 카카오톡 URL복사", "로그인 회원가입", ""].join("\n");
  const FURNITURE_AFTER = [
    "",
    "저작권자 © 경남우리신문 무단전재 및 재배포 금지",
    "관련기사",
    "부산시, 일본 후쿠오카시와 MOU 체결",
    "울산시, 호주 퍼스시와 5억 달러 수출 계약 맺었다.",
    "김해시, 베트남 다낭시와 자매결연 협약을 체결했다.",
    "많이 본 뉴스",
    "○○군, 올해 MOU 실적 우수 지자체 대상 수상",
    "댓글 0",
  ].join("\n");

  it.each([
    ["seongnam", SEONGNAM],
    ["changwon", CHANGWON],
    ["daejeon", DAEJEON],
  ])("adds nothing from weather, widgets, ads and the headline list under the article (%s)", (_, seed) => {
    const plain = extractCommitments(seed);
    const wrapped = extractCommitments(FURNITURE_BEFORE + seed + FURNITURE_AFTER);
    const fieldsOf = (r: ExtractResult) => r.suggestions.map((s) => ({ ...s.fields, source: undefined }));
    expect(fieldsOf(wrapped)).toEqual(fieldsOf(plain));
    expect(wrapped.suggestions.map((s) => s.fields.amount)).not.toContain(500000000);
  });

  it("suggests nothing from page furniture alone", () => {
    const result = extractCommitments(FURNITURE_BEFORE + "\n본문\n" + FURNITURE_AFTER);
    expect(result.suggestions).toEqual([]);
  });
});
