/**
 * Korean local governments, to tell a Korean body from a foreign one (a Korean province or
 * city as partner means country KR) and to find the issuing agency when none is given.
 * Names are stems: a match needs the stem followed by its level (시, 군, 도, 광역시, …).
 */

/** Metropolitan and provincial governments: full names and the short forms releases use. */
const PROVINCES: readonly string[] = [
  "서울특별시", "부산광역시", "대구광역시", "인천광역시", "광주광역시", "대전광역시", "울산광역시", "세종특별자치시",
  "경기도", "강원특별자치도", "강원도", "충청북도", "충청남도", "전북특별자치도", "전라북도", "전라남도",
  "경상북도", "경상남도", "제주특별자치도", "제주도",
];

/** Short forms that name a province on their own ("경남도", "충남도청"). */
const PROVINCE_SHORT: readonly string[] = ["경남", "경북", "전남", "전북", "충남", "충북", "경기", "강원", "제주"];

/** Stems of the metropolitan cities, written with 시 ("부산시", "대전시"). */
const METRO_STEMS: readonly string[] = ["서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종"];

/** Cities (시) and counties (군). */
const CITY_STEMS: readonly string[] = [
  "수원", "성남", "고양", "용인", "부천", "안산", "안양", "남양주", "화성", "평택", "의정부", "시흥", "파주", "김포", "광명",
  "군포", "하남", "오산", "이천", "안성", "의왕", "양주", "구리", "포천", "동두천", "과천", "여주", "춘천", "원주", "강릉",
  "동해", "태백", "속초", "삼척", "청주", "충주", "제천", "천안", "공주", "보령", "아산", "서산", "논산", "계룡", "당진",
  "전주", "군산", "익산", "정읍", "남원", "김제", "목포", "여수", "순천", "나주", "광양", "포항", "경주", "김천", "안동",
  "구미", "영주", "영천", "상주", "문경", "경산", "창원", "진주", "통영", "사천", "김해", "밀양", "거제", "양산", "서귀포",
  "양평", "가평", "연천", "홍천", "횡성", "평창", "정선", "철원", "화천", "양구", "인제", "고성", "양양", "영월", "괴산",
  "음성", "진천", "단양", "보은", "옥천", "영동", "증평", "금산", "부여", "서천", "청양", "홍성", "예산", "태안", "완주",
  "진안", "무주", "장수", "임실", "순창", "고창", "부안", "담양", "곡성", "구례", "고흥", "보성", "화순", "장흥", "강진",
  "해남", "영암", "무안", "함평", "영광", "장성", "완도", "진도", "신안", "군위", "의성", "청송", "영양", "영덕", "청도",
  "고령", "성주", "칠곡", "예천", "봉화", "울진", "울릉", "의령", "함안", "창녕", "남해", "하동", "산청", "함양", "거창", "합천",
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const longestFirst = (names: readonly string[]) => [...names].sort((a, b) => b.length - a.length).map(escape).join("|");

/**
 * A Korean local government named in text: a province by its full name, "경남도", or a city or
 * county stem with its level ("성남시", "창원특례시", "홍성군"). Not preceded by a Hangul letter,
 * so "미성남시" is not 성남시. Global: callers reset lastIndex or use matchAll.
 */
export const KOREAN_GOVERNMENT = new RegExp(
  `(?<![가-힣])(?:${longestFirst(PROVINCES)}|(?:${longestFirst(PROVINCE_SHORT)})도(?:청)?|(?:${longestFirst([...METRO_STEMS, ...CITY_STEMS])})(?:특례시|광역시|시청|시|군청|군))`,
  "g",
);

/** Whether the text names a Korean local government anywhere. */
export function namesKoreanGovernment(text: string): boolean {
  KOREAN_GOVERNMENT.lastIndex = 0;
  return KOREAN_GOVERNMENT.test(text);
}

/** Provinces by their full names → the short form ("충청북도" and "충북도" are the same body). */
const PROVINCE_KEYS: ReadonlyMap<string, string> = new Map([
  ["충청북", "충북"], ["충청남", "충남"], ["경상북", "경북"], ["경상남", "경남"], ["전라북", "전북"], ["전라남", "전남"],
]);

/** "창원시청" and "창원특례시" are 창원시; "경남도청" and "경상남도" are 경남도. For comparing an agency with a partner. */
export function governmentKey(name: string): string {
  const key = name
    .replace(/\s+/g, "")
    .replace(/(특례시|광역시|특별시|특별자치시|특별자치도)$/, "")
    .replace(/(시청|군청|도청)$/, "")
    .replace(/(시|군|도)$/, "");
  return PROVINCE_KEYS.get(key) ?? key;
}

/**
 * Korean public bodies by their own names: "한국무역협회", "KOTRA", "경기도경제과학진흥원".
 * A partner named like this is Korean even when the sentence is about a trip abroad.
 */
export const KOREAN_PUBLIC_BODY = /^(?:(?:한국|대한|국립|재단법인|\(재\)|\(사\))\S*(?:공사|공단|진흥원|협회|연구원|재단|원|청|부|위원회|센터|조합|연합회)|KOTRA|코트라|KITA|aT|한국무역협회|중소벤처기업진흥공단)$/;
