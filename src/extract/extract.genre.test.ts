/**
 * The genre beyond the seeds: releases written the way Korean local governments and news agencies
 * write them (개조식 □/○ bullets, bylines at the top or the bottom, 「A-B 간」 titles, English
 * releases), with the page furniture, talks, awards, forecasts and anniversaries they carry.
 */
import { extractCommitments, type ExtractResult } from ".";

const fields = (result: ExtractResult) => result.suggestions.map((s) => s.fields);

describe("Korean government releases (개조식)", () => {
  const text = [
    "경남도, 베트남 하노이시와 농식품 수출 MOU",
    "입력 2023.05.04 10:12",
    "김철수 기자",
    "□ 경상남도는 4일 도청 대회의실에서 베트남 하노이시와 농식품 수출 확대를 위한 업무협약을 체결했다고 밝혔다.",
    "○ 이번 협약에 따라 양 기관은 ▲농식품 수출 판로 개척 ▲현지 판촉 행사 ▲바이어 발굴 등에 협력하기로 했다.",
    "□ 한편, 충청남도는 12일 도청에서 독일 BASF사와 500억 원 규모의 투자협약(MOA)을 체결했다. 이번 투자로 200명의 신규 일자리가 창출될 전망이다.",
    "○ 도는 이번 협약으로 약 3000억원의 경제효과가 기대된다고 설명했다.",
    "○ 박완수 지사는 지난달 28일 일본 후쿠오카현 지사와 면담하고 자매결연 체결 방안을 논의했다.",
    "○ 또한 도는 오는 6월 중국 광저우시와 우호협력도시 협약을 체결할 예정이다.",
    "경남도는 올해 우수 지자체 표창에서 MOU 실적으로 대상을 수상했다.",
    "저작권자 © 경남신문 무단전재 및 재배포 금지",
    "관련기사",
    "부산시, 일본 후쿠오카와 MOU 체결",
    "울산시, 호주 퍼스시와 5억 달러 수출 계약",
  ].join("\n");
  const result = extractCommitments(text, { agency: "경상남도" });

  it("finds the signed MOU, the investment MOA with its amount, and the planned friendship city", () => {
    expect(result.documentDate).toBe("2023-05-04");
    expect(fields(result)).toEqual([
      expect.objectContaining({ partner: "하노이시", instrument: "mou", category: "export", country: "VN", city: "하노이", signed: "2023-05-04", status: "signed" }),
      expect.objectContaining({ partner: "BASF사", instrument: "moa", category: "investment", country: "DE", amount: 50_000_000_000, currency: "KRW", signed: "2023-04-12" }),
      expect.objectContaining({ partner: "광저우시", instrument: "friendshipCity", category: "exchange", country: "CN", status: "planned" }),
    ]);
  });

  it("never takes the forecast (경제효과 3000억원), the talks (자매결연 체결 방안을 논의), the award or the headline list", () => {
    const amounts = result.suggestions.map((s) => s.fields.amount).filter((a) => a !== undefined);
    expect(amounts).toEqual([50_000_000_000]);
    const partners = result.suggestions.map((s) => String(s.fields.partner));
    expect(partners.some((p) => /후쿠오카|퍼스/.test(p))).toBe(false);
  });

  it("keeps the ▲ clauses of the Hanoi agreement out of its category", () => {
    expect(result.suggestions[0].fields.category).toBe("export");
  });
});

describe("「A-B 간」 titles, two-word company names, province short names", () => {
  const text = [
    "부산시, 베트남 호찌민시와 경제협력 업무협약 체결",
    "2024-03-14 09:00 부산일보",
    "부산시는 오늘(14일) 오후 3시 시청 국제의전실에서 박형준 시장과 베트남 호찌민시 인민위원회 판 반 마이 위원장이 참석한 가운데 「부산시-호찌민시 간 경제협력 업무협약」을 체결한다고 밝혔다.",
    "경기도는 지난 13일 미국 캘리포니아주 어바인시에서 에이블 테크와 3억 달러 규모의 투자 양해각서(MOU)를 체결했다. 이번 투자로 일자리 300개가 생길 전망이다.",
    "충청북도와 LG에너지솔루션은 15일 도청 대회의실에서 이차전지 공장 증설을 위한 투자협약을 체결했다.",
    "부산시는 오는 20일 일본 후쿠오카시와 자매도시 결연 30주년 기념식을 갖는다.",
  ].join("\n");

  it("reads the other side of 「부산시-호찌민시 간 … 업무협약」 and a company named in two words", () => {
    const result = extractCommitments(text, { agency: "부산시" });
    expect(fields(result)[0]).toMatchObject({ partner: "호찌민시", instrument: "mou", country: "VN", signed: "2024-03-14" });
    expect(fields(result)[1]).toMatchObject({ partner: "에이블 테크", instrument: "mou", category: "investment", country: "US", amount: 300_000_000, currency: "USD" });
  });

  it("suggests nothing for an anniversary of an existing sister city", () => {
    const result = extractCommitments(text, { agency: "부산시" });
    expect(result.suggestions.some((s) => s.fields.instrument === "sisterCity")).toBe(false);
  });

  it("takes the partner after the agency when the agency signs with a company (충청북도와 LG에너지솔루션은 …)", () => {
    const result = extractCommitments([
    "충북도, LG에너지솔루션과 4조원 규모 투자협약",
    "등록 2023.06.16 14:20",
    "□ 충청북도는 15일 도청 대회의실에서 LG에너지솔루션과 이차전지 공장 증설을 위한 4조원 규모의 투자협약을 체결했다.",
    "□ 이번 투자로 1,200명의 신규 고용이 창출될 것으로 기대되며, 도는 약 6조원의 경제적 파급효과를 예상했다.",
  ].join("\n"), { agency: "충청북도" });
    expect(fields(result)).toEqual([expect.objectContaining({ partner: "LG에너지솔루션", instrument: "moa", category: "investment", amount: 4_000_000_000_000, signed: "2023-06-15" })]);
    // A Korean company and no place named: the country is left to the officer, with a warning.
    expect(result.suggestions[0].fields.country).toBeUndefined();
    expect(result.suggestions[0].warnings.map((w) => w.en)).toContain("The release does not say which country: choose it.");
  });

  it("finds the issuing province when no agency is given, whatever spelling the release uses", () => {
    expect(extractCommitments([
    "충북도, LG에너지솔루션과 4조원 규모 투자협약",
    "등록 2023.06.16 14:20",
    "□ 충청북도는 15일 도청 대회의실에서 LG에너지솔루션과 이차전지 공장 증설을 위한 4조원 규모의 투자협약을 체결했다.",
    "□ 이번 투자로 1,200명의 신규 고용이 창출될 것으로 기대되며, 도는 약 6조원의 경제적 파급효과를 예상했다.",
  ].join("\n")).suggestions[0].fields.agency).toBe("충청북도");
  });
});

describe("bylines at the bottom, dates across the new year, visited partners", () => {
  const result = extractCommitments([
    "인천시, 미국 LA카운티와 우호협력 의향서 교환",
    "[인천=뉴시스] 홍길동 기자 = 인천시는 지난 12월 28일(현지시간) 미국 로스앤젤레스카운티를 방문해 우호협력 의향서(LOI)를 교환했다고 3일 밝혔다.",
    "기사입력 2024.01.03 10:00",
    "시는 앞으로 LA카운티와 자매결연 체결을 추진할 계획이다.",
  ].join("\n"));

  it("dates 지난 12월 28일 in the previous year and takes the visited county as partner", () => {
    expect(result.documentDate).toBe("2024-01-03");
    expect(fields(result)).toEqual([
      expect.objectContaining({ partner: "로스앤젤레스카운티", instrument: "loi", country: "US", signed: "2023-12-28", status: "signed", agency: "인천시" }),
      expect.objectContaining({ partner: "LA카운티", instrument: "sisterCity", country: "US", status: "planned" }),
    ]);
  });
});

describe("follow-up sentences about the agreement just reported", () => {
  it("adds the investment and jobs of '이번 협약으로 …' to that agreement instead of suggesting another, and never the forecast", () => {
    const text = [
      "경북도, 미국 배터리 기업 A사와 5억 달러 투자 MOU",
      "승인 2024.05.20 11:00",
      "경상북도는 20일 도청에서 미국 배터리 기업 에이블에너지와 투자 양해각서(MOU)를 체결했다.",
      "이번 협약으로 에이블에너지는 2027년까지 포항에 5억 달러를 투자해 일자리 300개를 창출할 계획이다.",
      "도는 이번 투자로 약 2조원의 경제적 파급효과를 기대하고 있다.",
    ].join("\n");
    const result = extractCommitments(text, { agency: "경상북도" });
    expect(fields(result)).toEqual([
      expect.objectContaining({ partner: "에이블에너지", instrument: "mou", category: "investment", country: "US", amount: 500_000_000, currency: "USD", jobs: 300, signed: "2024-05-20" }),
    ]);
    const evidence = result.suggestions[0].evidence;
    expect(text.slice(evidence.amount!.start, evidence.amount!.end)).toBe("5억 달러");
    expect(text.slice(evidence.jobs!.start, evidence.jobs!.end)).toBe("일자리 300개");
  });
});

describe("relative dates", () => {
  it("puts '지난달 28일' in the month before the release, even when the day is earlier than the release's", () => {
    const text = ["울산시, 호주 퍼스시와 우호도시 협약", "입력 2024.06.30 09:00", "울산시는 지난달 28일 호주 퍼스시와 우호도시 협약을 체결했다."].join("\n");
    expect(extractCommitments(text, { agency: "울산시" }).suggestions[0].fields).toMatchObject({ partner: "퍼스시", country: "AU", signed: "2024-05-28" });
  });
});

describe("개조식 schedules", () => {
  it("reads '보도일 2024. 3. 15.' as the dateline and '3. 14.(목)' as the signing date", () => {
    const text = ["전라남도, 일본 사가현과 우호교류 협정 체결", "보도일 2024. 3. 15.", "□ 전라남도는 3. 14.(목) 도청 왕인실에서 일본 사가현과 우호교류 협정을 체결했다."].join("\n");
    const result = extractCommitments(text, { agency: "전라남도" });
    expect(result.documentDate).toBe("2024-03-15");
    expect(fields(result)).toEqual([expect.objectContaining({ partner: "사가현", instrument: "friendshipCity", country: "JP", signed: "2024-03-14", status: "signed" })]);
  });
});

describe("English releases", () => {
  it("reads 'signed a memorandum of understanding with …', planned sister cities and export contracts", () => {
    const result = extractCommitments([
    "Changwon signs MOU with University of Waterloo",
    "Posted: November 9, 2019",
    "CHANGWON — The City of Changwon signed a memorandum of understanding with the University of Waterloo on November 8 to set up a joint AI research centre.",
    "Mayor Heo also visited Johns Hopkins Hospital in Baltimore, where the two sides discussed medical cooperation.",
    "The city plans to sign a sister city agreement with Jacksonville, Florida in 2020.",
    "Persimmon exporters signed export contracts worth US$700,000 with buyers in Toronto and Vancouver.",
    "Share this article",
  ].join("\n"));
    expect(fields(result)).toEqual([
      expect.objectContaining({ partner: "University of Waterloo", instrument: "mou", country: "CA", signed: "2019-11-08", status: "signed" }),
      expect.objectContaining({ partner: "Jacksonville", instrument: "sisterCity", country: "US", status: "planned" }),
      expect.objectContaining({ instrument: "contract", category: "export", amount: 700_000, currency: "USD", country: "CA" }),
    ]);
    // Talks at Johns Hopkins agreed nothing.
    expect(result.suggestions.some((s) => String(s.fields.partner ?? "").includes("Hopkins"))).toBe(false);
  });

  it("reads 'A and B signed …' and '… signed between A and B', taking the foreign side as partner", () => {
    const text = [
      "Daejeon and Seattle renew ties",
      "Posted: September 5, 2024",
      "Daejeon Metropolitan City and the City of Seattle signed a friendship city agreement on September 3 at Daejeon City Hall.",
      "An MOU on startup exchange was also signed between Daejeon and the Seattle Economic Development Council.",
    ].join("\n");
    expect(fields(extractCommitments(text))).toEqual([
      expect.objectContaining({ partner: "City of Seattle", instrument: "friendshipCity", country: "US", signed: "2024-09-03" }),
      expect.objectContaining({ partner: "Seattle Economic Development Council", instrument: "mou", country: "US", status: "signed" }),
    ]);
  });

  it("prefers the country written after the partner to a same-named city elsewhere (Victoria, Australia)", () => {
    const result = extractCommitments([
    "Gyeongnam signs sister-state agreement with Victoria",
    "Published 12 May 2023",
    "Gyeongsangnam-do Province signed a sister-state agreement with the State of Victoria, Australia on May 10 in Melbourne.",
    "The two sides also agreed to explore an MOU on hydrogen cooperation next year.",
    "Governor Park met the Mayor of Melbourne to discuss tourism.",
  ].join("\n"));
    expect(fields(result)).toEqual([expect.objectContaining({ partner: "State of Victoria", instrument: "sisterCity", country: "AU", signed: "2023-05-10" })]);
    expect(result.suggestions[0].fields.city).toBeUndefined();
  });
});
