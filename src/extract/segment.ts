/**
 * A raw capture of a press release, cut into the parts extraction reads: the headline, the
 * body's sentences, and everything around them that is page furniture (ads, bylines, share and
 * comment widgets, weather, photo captions, the headline lists under the article).
 * Offsets always index the original text, so every span found later is a span of the input.
 */

export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Index of the line (paragraph) the sentence sits in. */
  readonly line: number;
}

export interface Segmented {
  readonly headline: Sentence | null;
  /** Sentences of the article body, in order, each once (captures repeat captions and leads). */
  readonly body: readonly Sentence[];
  /** Short lines inside the article (section heads like "○ OKTA LA지회 업무협약 체결"): context, never a suggestion. */
  readonly headings: readonly Sentence[];
  /** Lines before the article (bylines, datelines): where the document date is found. */
  readonly preamble: readonly Sentence[];
}

/** Lines that are widgets or chrome whatever they contain, when short. */
const WIDGET = /(광고|advertisement|sponsored|공유|페이스북|facebook|트위터|twitter|카카오|밴드|블로그|url\s*복사|스크랩|인쇄|프린트|글자\s*크기|본문\s*듣기|기사\s*듣기|음성|댓글|로그인|구독|좋아요|추천|sns|share|tweet|print|comment|subscribe|상태바|바로가기|닫기|메뉴|검색|이전\s*기사|다음\s*기사|top$)/i;
const BYLINE = /(기자|특파원|통신원|reporter|correspondent|편집|작성자|기사\s*입력|입력|승인|수정|등록|최종\s*편집|발행|보도\s*일|배포\s*일|보도\s*시점|엠바고|담당\s*부서|담당자|문의|posted|published|updated|by\s+[A-Z])/i;
const WEATHER = /(날씨|기온|℃|°c|미세먼지|초미세|강수|맑음|흐림|구름|황사|weather|forecast)/i;
const CAPTION = /(사진\s*=|사진\s*제공|\/\s*사진|\(사진|©|ⓒ|\[사진|photo\s*[:=]|photo by|courtesy of|게티이미지|연합뉴스\s*자료)/i;
/** A line after which nothing belongs to the article: lists of other headlines, copyright, comments. */
const TAIL = /^(관련\s*기사|주요\s*기사|많이\s*본|인기\s*기사|최신\s*기사|추천\s*기사|이\s*시각|포토\s*뉴스|다른\s*기사|함께\s*보면|related|most\s*(read|viewed|popular)|trending|more\s*stories|댓글\s*(삭제|쓰기|\d)|저작권자|<\s*저작권자|copyright|무단\s*전재|재배포\s*금지|ⓒ|©)/i;
/** The tail markers that head a list of other articles' headlines (which can also sit above the article). */
const HEADLINE_LIST = /^(관련\s*기사|주요\s*기사|많이\s*본|인기\s*기사|최신\s*기사|추천\s*기사|이\s*시각|포토\s*뉴스|다른\s*기사|함께\s*보면|related|most\s*(read|viewed|popular)|trending|more\s*stories)/i;
/** How a sentence of running prose ends: a Korean predicate or terminal punctuation, maybe closed by quotes. */
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0xfeff;
const PROSE_END = /(?:[다요음함임됨니까][.!?]?|[.!?。])["'”’)\]]*$/;

function isFurniture(line: string): boolean {
  const short = line.length <= 60;
  if (/^[|·•\-–—=_*#>]+$/.test(line)) return true;
  if (CAPTION.test(line)) return true;
  if (short && !PROSE_END.test(line) && (WIDGET.test(line) || BYLINE.test(line) || WEATHER.test(line))) return true;
  // "보도일 2024. 3. 15.", "입력 2024.09.04.": a dated byline, even when it ends in a period.
  if (short && BYLINE.test(line) && /\d{4}\s*[./\-년]/.test(line) && !/[다요]\.?$/.test(line)) return true;
  if (short && /^[•·\-*]\s/.test(line) && (WIDGET.test(line) || BYLINE.test(line))) return true;
  // A line that is a date, a time or an e-mail address and little else.
  if (short && /^[\d\s./:\-[\]()년월일시분]+$/.test(line)) return true;
  if (short && /[\w.+-]+@[\w-]+\.[\w.]+/.test(line)) return true;
  return false;
}

/** Cuts a line into sentences at terminal punctuation followed by a space (or the line's end). */
function sentencesOf(text: string, start: number, end: number, line: number, out: Sentence[]): void {
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // . ! ? 。
    if (c !== 46 && c !== 33 && c !== 63 && c !== 0x3002) continue;
    let j = i + 1;
    while (j < end && /["'”’)\]]/.test(text[j])) j++;
    if (j < end && !/\s/.test(text[j])) continue;
    // "U.S. " or "St. ": a capital letter, a period and a space is an abbreviation, not a sentence end.
    if (c === 46 && i > from && /(?:^|[^A-Za-z])[A-Z]$/.test(text.slice(Math.max(from, i - 2), i))) continue;
    // "2024. 3. 14.(목)": a date written with periods, not a sentence end.
    if (c === 46 && i > from && /\d/.test(text[i - 1]) && j < end && /[\s]/.test(text[j]) && /^\s*[\d(]/.test(text.slice(j, j + 3))) continue;
    push(text, from, j, line, out);
    from = j;
  }
  push(text, from, end, line, out);
}

function push(text: string, start: number, end: number, line: number, out: Sentence[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end), line });
}

export function segment(text: string): Segmented {
  const body: Sentence[] = [];
  const headings: Sentence[] = [];
  const preamble: Sentence[] = [];
  let headline: Sentence | null = null;
  const seen = new Set<string>();
  let lineStart = 0;
  let lineIndex = 0;
  let inList = false;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    const line = text.slice(start, end);
    const index = lineIndex++;
    lineStart = lineEnd + 1;
    if (line === "") continue;
    if (line.length <= 80 && TAIL.test(line)) {
      if (body.length > 0) break;
      if (!HEADLINE_LIST.test(line)) {
        preamble.push({ start, end, text: line, line: index });
        continue;
      }
      // A list of other headlines above the article: its short lines are skipped until prose starts.
      inList = true;
      preamble.push({ start, end, text: line, line: index });
      continue;
    }
    if (inList && line.length <= 80) continue;
    inList = false;
    if (isFurniture(line)) {
      if (body.length === 0) preamble.push({ start, end, text: line, line: index });
      continue;
    }
    // The first line of the article with no closing period is its headline, even when it ends in 다 ("…보따리 푼다").
    if (!headline && body.length === 0 && line.length <= 120 && line.length >= 6 && /[가-힣A-Za-z]/.test(line) && !/[.!?。]["'”’)]*$/.test(line)) {
      headline = { start, end, text: line, line: index };
      continue;
    }
    const sentences: Sentence[] = [];
    sentencesOf(text, start, end, index, sentences);
    const prose = sentences.filter((s) => s.text.length >= 12 && PROSE_END.test(s.text));
    if (prose.length === 0) {
      const whole = { start, end, text: line, line: index };
      if (body.length === 0) {
        if (!headline && line.length >= 6 && /[가-힣A-Za-z]/.test(line)) headline = whole;
        else preamble.push(whole);
      } else headings.push(whole);
      continue;
    }
    for (const sentence of sentences) {
      // Captures repeat the lead as a caption and a summary: the same sentence counts once.
      if (seen.has(sentence.text)) continue;
      seen.add(sentence.text);
      body.push(sentence);
    }
  }
  return { headline, body, headings, preamble };
}
