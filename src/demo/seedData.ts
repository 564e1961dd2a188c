/**
 * The demo's seed data: commitments from three Korean press releases, written into
 * the project (the demo never reads ../shared at run time), their FxRates quotes and
 * their dated progress. Readable data only; seedWorkbook.ts turns it into cells.
 *
 *   창원시 2019 북미 순방   경남우리신문, 2019-11-18 (허성무 시장, 캐나다·미국 5개 도시)
 *   대전광역시 2024        세계경제과학도시연합 창립, 2024-09-04 보도 (이준희 기자)
 *   성남시 2015 미국 방문   비전성남, 2015-04-10 (이재명 시장)
 *
 * Where a release leaves a fact out (exact signing day, the persimmon buyers, a
 * budget), the row carries a plausible value and its 비고 says so. Tests use
 * SEED_COMMITMENTS and SEED_FX_RATES as fixtures, so keep every row realistic.
 */
import {
  CATEGORIES,
  INSTRUMENTS,
  PARTNER_TYPES,
  STATUSES,
  type ProgressKindValue,
} from "../schema";

type Instrument = (typeof INSTRUMENTS)[number]["value"];
type Category = (typeof CATEGORIES)[number]["value"];
type PartnerType = (typeof PARTNER_TYPES)[number]["value"];
type Status = (typeof STATUSES)[number]["value"];

/** One commitment as readable data: ISO dates, enum keys, amounts as numbers. */
export interface SeedCommitment {
  readonly id: string;
  readonly agency: string;
  readonly signed: string | null;
  readonly instrument: Instrument;
  readonly category: Category;
  readonly partner: string;
  readonly partnerType: PartnerType;
  readonly country: string;
  readonly city: string;
  readonly sector: string;
  readonly product: string | null;
  readonly hsCode: string | null;
  readonly amount: number | null;
  readonly currency: string | null;
  readonly realizedKrw: number | null;
  readonly jobs: number | null;
  readonly status: Status;
  readonly due: string | null;
  readonly owner: string;
  readonly source: string;
  readonly notes: string;
  /** Last edit, ISO local time in Korea (yyyy-mm-ddThh:mm). */
  readonly updated: string;
}

export interface SeedFxRate {
  readonly currency: string;
  /** KRW for `per` units of the currency (JPY is quoted per 100 yen, as Korean banks do). */
  readonly krwPerUnit: number;
  readonly per: number;
  readonly asOf: string;
}

/**
 * Seoul foreign-exchange reference rates on the first day of each trip, so every
 * commitment signed on the trip converts at the trip's rate.
 */
export const SEED_FX_RATES: readonly SeedFxRate[] = [
  { currency: "USD", krwPerUnit: 1087.6, per: 1, asOf: "2015-04-06" },
  { currency: "USD", krwPerUnit: 1158.9, per: 1, asOf: "2019-11-07" },
  { currency: "CAD", krwPerUnit: 879.8, per: 1, asOf: "2019-11-07" },
  { currency: "USD", krwPerUnit: 1340.2, per: 1, asOf: "2024-09-03" },
  { currency: "EUR", krwPerUnit: 1482.3, per: 1, asOf: "2024-09-03" },
  { currency: "JPY", krwPerUnit: 920.5, per: 100, asOf: "2024-09-03" },
];

const CHANGWON_SOURCE = "경남우리신문 2019-11-18";
const DAEJEON_SOURCE = "세계경제과학도시연합 창립 보도(이준희 기자) 2024-09-04";
const SEONGNAM_SOURCE = "비전성남 2015-04-10";

export const SEED_COMMITMENTS: readonly SeedCommitment[] = [
  {
    id: "창원-2019-001",
    agency: "창원시",
    signed: "2019-11-08",
    instrument: "agreement",
    category: "cooperation",
    partner: "워털루시 (City of Waterloo)",
    partnerType: "localGovernment",
    country: "CA",
    city: "워털루",
    sector: "경제·과학·기술",
    product: null,
    hsCode: null,
    amount: null,
    currency: null,
    realizedKrw: null,
    jobs: null,
    status: "inProgress",
    due: null,
    owner: "투자통상과",
    source: CHANGWON_SOURCE,
    notes:
      "경제·과학·기술 분야 협약. AI 기반 스마트도시 글로벌 협업 네트워크의 출발점. 체결일은 순방 일정 기준 추정.",
    updated: "2019-11-19T10:20",
  },
  {
    id: "창원-2019-002",
    agency: "창원시",
    signed: "2019-11-08",
    instrument: "mou",
    category: "cooperation",
    partner: "재캐나다한인과학기술자협회 (AKCSE)",
    partnerType: "association",
    country: "CA",
    city: "토론토",
    sector: "과학기술 인재교류",
    product: null,
    hsCode: null,
    amount: null,
    currency: null,
    realizedKrw: null,
    jobs: null,
    status: "signed",
    due: null,
    owner: "투자통상과",
    source: CHANGWON_SOURCE,
    notes:
      "한인 과학기술자 네트워크와 제조AI 협력. 같은 일정에 IBM Watson 연구소 제조AI 노하우 전수(협약 아님). 체결일 추정.",
    updated: "2019-11-19T10:25",
  },
  {
    id: "창원-2019-003",
    agency: "창원시",
    signed: "2019-11-09",
    instrument: "agreement",
    category: "cooperation",
    partner: "워털루대학교 (University of Waterloo)",
    partnerType: "university",
    country: "CA",
    city: "워털루",
    sector: "AI 공동연구",
    product: null,
    hsCode: null,
    amount: 300000,
    currency: "CAD",
    realizedKrw: 95000000,
    jobs: 6,
    status: "inProgress",
    due: "2020-12-31",
    owner: "신산업정책과",
    source: CHANGWON_SOURCE,
    notes:
      "한국전기연구원(KERI)과 워털루대 내 AI 공동연구센터 개설 협약, 2020년 착수. 금액·집행액·일자리는 데모용 가정치(보도자료에 없음).",
    updated: "2020-06-30T17:40",
  },
  {
    id: "창원-2019-004",
    agency: "창원시",
    signed: "2019-11-13",
    instrument: "mou",
    category: "cooperation",
    partner: "존스홉킨스 병원 (Johns Hopkins Hospital)",
    partnerType: "hospital",
    country: "US",
    city: "볼티모어",
    sector: "스마트헬스케어",
    product: null,
    hsCode: null,
    amount: null,
    currency: null,
    realizedKrw: null,
    jobs: null,
    status: "planned",
    due: "2020-06-30",
    owner: "보건소 건강증진과",
    source: CHANGWON_SOURCE,
    notes:
      "의료 분야 기술 협력 '약속'으로 보도됨: 서명 문서 형태 확인 필요. 고령자·근로자 맞춤형 스마트헬스케어 사업, 2020년 정부 공모 대응.",
    updated: "2019-11-20T09:05",
  },
  {
    id: "창원-2019-005",
    agency: "창원시",
    signed: "2019-11-12",
    instrument: "friendshipCity",
    category: "exchange",
    partner: "볼티모어시 (Baltimore City)",
    partnerType: "localGovernment",
    country: "US",
    city: "볼티모어",
    sector: "문화·관광·경제",
    product: null,
    hsCode: null,
    amount: null,
    currency: null,
    realizedKrw: null,
    jobs: null,
    status: "signed",
    due: null,
    owner: "국제교류담당",
    source: CHANGWON_SOURCE,
    notes:
      "국제 우호도시 협약, 볼티모어 시청 협약식(버나드 잭 영 시장 참석). 투자·무역·기술 분야 기업 간 협력 모색.",
    updated: "2019-11-19T11:00",
  },
  {
    id: "창원-2019-006",
    agency: "창원시",
    signed: "2019-11-12",
    instrument: "mou",
    category: "exchange",
    partner: "메릴랜드 예술대학 (MICA)",
    partnerType: "university",
    country: "US",
    city: "볼티모어",
    sector: "학술교류·청소년 교육",
    product: null,
    hsCode: null,
    amount: null,
    currency: null,
    realizedKrw: null,
    jobs: null,
    status: "planned",
    due: "2020-12-31",
    owner: "교육청소년과",
    source: CHANGWON_SOURCE,
    notes:
      "볼티모어 우호도시 협약 후속: 창원대와 학술교류, 입시설명회 개최 계획. 협약 체결 전 단계.",
    updated: "2019-11-19T11:05",
  },
  {
    id: "창원-2019-007",
    agency: "창원시",
    signed: "2019-11-15",
    instrument: "sisterCity",
    category: "exchange",
    partner: "잭슨빌시 (City of Jacksonville)",
    partnerType: "localGovernment",
    country: "US",
    city: "잭슨빌",
    sector: "인재육성·청소년 학술교류",
    product: null,
    hsCode: null,
    amount: null,
    currency: null,
    realizedKrw: null,
    jobs: null,
    status: "inProgress",
    due: null,
    owner: "국제교류담당",
    source: CHANGWON_SOURCE,
    notes:
      "1983년 자매결연, 36주년 기념식에서 우호관계 재확인과 글로벌 인재육성·청소년 학술교류 협력 약속.",
    updated: "2019-11-19T11:10",
  },
  {
    id: "창원-2019-008",
    agency: "창원시",
    signed: "2019-11-10",
    instrument: "contract",
    category: "export",
    partner: "토론토 한인 식품 수입업체 (가칭)",
    partnerType: "company",
    country: "CA",
    city: "토론토",
    sector: "농식품 수출",
    product: "창원단감 (생과)",
    hsCode: "081070",
    amount: 350000,
    currency: "USD",
    realizedKrw: 405615000,
    jobs: null,
    status: "completed",
    due: "2020-01-31",
    owner: "농산물유통과",
    source: CHANGWON_SOURCE,
    notes:
      "농산물 시장개척단 수출계약 총 70만불 중 일부. 바이어명은 보도자료에 없어 가칭으로 적음.",
    updated: "2020-02-10T14:00",
  },
  {
    id: "창원-2019-009",
    agency: "창원시",
    signed: "2019-11-11",
    instrument: "contract",
    category: "export",
    partner: "밴쿠버 아시아 식품 유통업체 (가칭)",
    partnerType: "company",
    country: "CA",
    city: "밴쿠버",
    sector: "농식품 수출",
    product: "창원단감 (생과)",
    hsCode: "081070",
    amount: 150000,
    currency: "USD",
    realizedKrw: 121684500,
    jobs: null,
    status: "inProgress",
    due: "2020-01-31",
    owner: "농산물유통과",
    source: CHANGWON_SOURCE,
    notes:
      "총 70만불 수출계약 중 일부, 선적 70% 완료. 바이어명은 보도자료에 없어 가칭으로 적음.",
    updated: "2020-01-15T16:30",
  },
  {
    id: "창원-2019-010",
    agency: "창원시",
    signed: "2019-11-14",
    instrument: "contract",
    category: "export",
    partner: "LA 한인마트 유통업체 (가칭)",
    partnerType: "company",
    country: "US",
    city: "로스앤젤레스",
    sector: "농식품 수출",
    product: "단감 가공품 (말랭이·음료)",
    hsCode: "200899",
    amount: 200000,
    currency: "USD",
    realizedKrw: null,
    jobs: null,
    status: "signed",
    due: "2020-03-31",
    owner: "농산물유통과",
    source: CHANGWON_SOURCE,
    notes:
      "미국은 생과일 수입 규제로 가공품 계약. 총 70만불 중 일부, 바이어명은 가칭.",
    updated: "2019-11-19T15:00",
  },
  {
    id: "대전-2024-001",
    agency: "대전광역시",
    signed: "2024-09-03",
    instrument: "agreement",
    category: "cooperation",
    partner: "몽고메리카운티 (Montgomery County)",
    partnerType: "localGovernment",
    country: "US",
    city: "몽고메리카운티",
    sector: "과학기술·바이오헬스",
    product: null,
    hsCode: null,
    amount: null,
    currency: null,
    realizedKrw: null,
    jobs: null,
    status: "signed",
    due: null,
    owner: "국제협력과",
    source: DAEJEON_SOURCE,
    notes:
      "세계경제과학도시연합 창립 합의. 마크 엘리치 시장이 부회장으로 선출. 의약품 시장 협력 관심.",
    updated: "2024-09-05T09:30",
  },
  {
    id: "대전-2024-002",
    agency: "대전광역시",
    signed: "2024-09-03",
    instrument: "agreement",
    category: "cooperation",
    partner: "시애틀시 (City of Seattle)",
    partnerType: "localGovernment",
    country: "US",
    city: "시애틀",
    sector: "스타트업·바이오·우주",
    product: null,
    hsCode: null,
    amount: null,
    currency: null,
    realizedKrw: null,
    jobs: null,
    status: "signed",
    due: null,
    owner: "국제협력과",
    source: DAEJEON_SOURCE,
    notes:
      "도시연합 창립 도시. 대전과 자매도시 37년. 시애틀 경제개발공사(레베카 로벨 부사장) 참여.",
    updated: "2024-09-05T09:35",
  },
  {
    id: "대전-2024-003",
    agency: "대전광역시",
    signed: "2024-09-03",
    instrument: "agreement",
    category: "cooperation",
    partner: "도르트문트시 (Stadt Dortmund)",
    partnerType: "localGovernment",
    country: "DE",
    city: "도르트문트",
    sector: "과학기술·대학교류",
    product: null,
    hsCode: null,
    amount: null,
    currency: null,
    realizedKrw: null,
    jobs: null,
    status: "signed",
    due: null,
    owner: "국제협력과",
    source: DAEJEON_SOURCE,
    notes: "도시연합 창립 도시(마틴 반 데어 퓌텐 국제관계실장).",
    updated: "2024-09-05T09:40",
  },
  {
    id: "대전-2024-004",
    agency: "대전광역시",
    signed: "2024-09-03",
    instrument: "agreement",
    category: "cooperation",
    partner: "말라가시 (Ayuntamiento de Málaga)",
    partnerType: "localGovernment",
    country: "ES",
    city: "말라가",
    sector: "과학기술·혁신",
    product: null,
    hsCode: null,
    amount: null,
    currency: null,
    realizedKrw: null,
    jobs: null,
    status: "signed",
    due: null,
    owner: "국제협력과",
    source: DAEJEON_SOURCE,
    notes: "도시연합 창립 도시(알리시아 이스키에르도 부시장).",
    updated: "2024-09-05T09:45",
  },
  {
    id: "대전-미정-001",
    agency: "대전광역시",
    signed: null,
    instrument: "agreement",
    category: "exchange",
    partner: "몽고메리카운티 (Montgomery County)",
    partnerType: "localGovernment",
    country: "US",
    city: "몽고메리카운티",
    sector: "공무원 인적교류",
    product: null,
    hsCode: null,
    amount: 60000000,
    currency: "KRW",
    realizedKrw: null,
    jobs: null,
    status: "planned",
    due: "2025-12-31",
    owner: "국제협력과",
    source: DAEJEON_SOURCE,
    notes: "2025년 시범사업. 사업비는 데모용 가정치(보도자료에 없음).",
    updated: "2024-09-05T10:00",
  },
  {
    id: "대전-미정-002",
    agency: "대전광역시",
    signed: null,
    instrument: "agreement",
    category: "investment",
    partner: "시애틀 경제개발공사 (Seattle EDC)",
    partnerType: "association",
    country: "US",
    city: "시애틀",
    sector: "딥테크 스타트업 북미 진출",
    product: null,
    hsCode: null,
    amount: 250000,
    currency: "USD",
    realizedKrw: null,
    jobs: 12,
    status: "planned",
    due: "2025-12-31",
    owner: "창업진흥과",
    source: DAEJEON_SOURCE,
    notes:
      "2025년 시범사업: 딥테크 스타트업 북미시장 진출 지원. 금액·일자리는 데모용 가정치.",
    updated: "2024-09-05T10:05",
  },
  {
    id: "대전-미정-003",
    agency: "대전광역시",
    signed: null,
    instrument: "agreement",
    category: "exchange",
    partner: "도르트문트 공과대학교 (TU Dortmund)",
    partnerType: "university",
    country: "DE",
    city: "도르트문트",
    sector: "대학 특성화 분야 교류",
    product: null,
    hsCode: null,
    amount: 40000,
    currency: "EUR",
    realizedKrw: null,
    jobs: null,
    status: "planned",
    due: "2025-12-31",
    owner: "과학산업과",
    source: DAEJEON_SOURCE,
    notes:
      "2025년 시범사업: 대학별 특성화 분야 교류. 상대 대학과 금액은 데모용 가정치.",
    updated: "2024-09-05T10:10",
  },
  {
    id: "성남-2015-001",
    agency: "성남시",
    signed: "2015-04-06",
    instrument: "mou",
    category: "cooperation",
    partner: "한국마이크로소프트 (Microsoft CityNext)",
    partnerType: "company",
    country: "US",
    city: "시애틀",
    sector: "소프트웨어·스마트시티",
    product: null,
    hsCode: null,
    amount: null,
    currency: null,
    realizedKrw: null,
    jobs: null,
    status: "completed",
    due: "2016-12-31",
    owner: "정보통신과",
    source: SEONGNAM_SOURCE,
    notes:
      "시애틀 MS 본사에서 체결한 IㆍCㆍBㆍM R&D 및 시티넥스트(CityNext) 포괄적 업무협약.",
    updated: "2017-01-10T10:00",
  },
  {
    id: "성남-2015-002",
    agency: "성남시",
    signed: "2015-04-08",
    instrument: "loi",
    category: "exchange",
    partner: "밀피타스시 (City of Milpitas)",
    partnerType: "localGovernment",
    country: "US",
    city: "밀피타스",
    sector: "하이테크 산업·문화·교육",
    product: null,
    hsCode: null,
    amount: null,
    currency: null,
    realizedKrw: null,
    jobs: null,
    status: "lapsed",
    due: "2015-12-31",
    owner: "국제교류팀",
    source: SEONGNAM_SOURCE,
    notes:
      "우호교류협력 의향서(호세 에스테베스 시장). 밀피타스시의회 승인 후 본 협약 예정이었으나 기한 내 미체결(데모용 가정).",
    updated: "2016-01-05T09:00",
  },
  {
    id: "성남-2015-003",
    agency: "성남시",
    signed: "2015-04-10",
    instrument: "mou",
    category: "export",
    partner: "세계한인무역협회 LA지회 (OKTA LA)",
    partnerType: "association",
    country: "US",
    city: "로스앤젤레스",
    sector: "중소기업 수출 지원",
    product: null,
    hsCode: null,
    amount: 100000,
    currency: "USD",
    realizedKrw: 54380000,
    jobs: null,
    status: "inProgress",
    due: "2016-04-09",
    owner: "기업지원과",
    source: SEONGNAM_SOURCE,
    notes:
      "관내 기업 해외 진출 지원 업무협약. 금액은 수출상담 지원 목표액, 데모용 가정치.",
    updated: "2015-10-30T15:20",
  },
];

/** One dated follow-up of a seed commitment (schema 2's Progress table). */
export interface SeedProgress {
  readonly id: string;
  readonly commitmentId: string;
  readonly date: string;
  readonly kind: ProgressKindValue;
  readonly amount: number | null;
  readonly currency: string | null;
  readonly jobs: number | null;
  readonly evidence: string;
  readonly notes: string;
  /** Last edit, ISO local time in Korea (yyyy-mm-ddThh:mm). */
  readonly updated: string;
}

/**
 * The seed ledger. Changwon's persimmon shipments under the 70만불 contracts (2019-Q4 and
 * 2020-Q1) and the Waterloo research centre's first tranche; Seongnam's OKTA LA export
 * follow-ups and the Microsoft CityNext workshop. For every commitment, the won value of its
 * progress (converted at the progress date, as the Amount (KRW) formula does) equals its
 * realizedKrw above, so the upgrade-free seed shows the same Realized as before schema 2.
 * Declaration numbers and amounts are demo assumptions; the releases give only the totals.
 */
export const SEED_PROGRESS: readonly SeedProgress[] = [
  {
    id: "창원-2019-008-P01",
    commitmentId: "창원-2019-008",
    date: "2019-12-05",
    kind: "exportShipped",
    amount: 200000,
    currency: "USD",
    jobs: null,
    evidence: "수출신고 41234-19-1205001X",
    notes: "토론토행 생과 1차 선적(데모용 가정).",
    updated: "2019-12-06T09:30",
  },
  {
    id: "창원-2019-009-P01",
    commitmentId: "창원-2019-009",
    date: "2019-12-18",
    kind: "exportShipped",
    amount: 60000,
    currency: "USD",
    jobs: null,
    evidence: "수출신고 41234-19-1218007X",
    notes: "밴쿠버행 생과 1차 선적(데모용 가정).",
    updated: "2019-12-19T14:10",
  },
  {
    id: "창원-2019-008-P02",
    commitmentId: "창원-2019-008",
    date: "2020-01-20",
    kind: "exportShipped",
    amount: 150000,
    currency: "USD",
    jobs: 2,
    evidence: "수출신고 41234-20-0120003X",
    notes:
      "토론토행 2차 선적으로 계약분 완료. 선별장 임시 인력 2명(데모용 가정).",
    updated: "2020-01-21T10:00",
  },
  {
    id: "창원-2019-009-P02",
    commitmentId: "창원-2019-009",
    date: "2020-02-14",
    kind: "exportShipped",
    amount: 45000,
    currency: "USD",
    jobs: null,
    evidence: "수출신고 41234-20-0214002X",
    notes: "밴쿠버행 2차 선적, 계약분의 70%(데모용 가정).",
    updated: "2020-02-15T11:20",
  },
  {
    id: "창원-2019-003-P01",
    commitmentId: "창원-2019-003",
    date: "2020-06-30",
    kind: "investmentMade",
    amount: 95000000,
    currency: "KRW",
    jobs: 3,
    evidence: "KERI 공동연구센터 1차 집행 내역",
    notes: "공동연구센터 개설 1차 집행, 연구인력 3명 채용(데모용 가정).",
    updated: "2020-06-30T17:40",
  },
  {
    id: "성남-2015-001-P01",
    commitmentId: "성남-2015-001",
    date: "2015-09-15",
    kind: "event",
    amount: null,
    currency: null,
    jobs: null,
    evidence: "성남시 보도자료 2015-09-15",
    notes: "시티넥스트 공동 워크숍 개최(데모용 가정).",
    updated: "2015-09-16T09:00",
  },
  {
    id: "성남-2015-003-P01",
    commitmentId: "성남-2015-003",
    date: "2015-07-20",
    kind: "exportShipped",
    amount: 30000,
    currency: "USD",
    jobs: null,
    evidence: "수출상담회 계약 실적 보고 1차",
    notes: "OKTA LA 수출상담회 계약 실적(데모용 가정).",
    updated: "2015-07-22T16:00",
  },
  {
    id: "성남-2015-003-P02",
    commitmentId: "성남-2015-003",
    date: "2015-10-15",
    kind: "exportShipped",
    amount: 20000,
    currency: "USD",
    jobs: null,
    evidence: "수출상담회 계약 실적 보고 2차",
    notes: "OKTA LA 2차 실적(데모용 가정).",
    updated: "2015-10-30T15:20",
  },
];
