/**
 * What extraction accepts: a string of at most MAX_TEXT_LENGTH characters. Characters that are
 * not text (NUL and other controls, unpaired surrogates) become spaces of the same length, so
 * every span still indexes the text the officer pasted.
 */
import { ExtractError, type LocalizedMessage } from "./types";

/** Far above any press release (the longest seed is 8 kB); bounds the work on a mistaken paste. */
export const MAX_TEXT_LENGTH = 1_000_000;

const NOT_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A plain scan first: pasted releases almost never hold such characters, and the regex's lookbehind costs more. */
function hasNonText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f || (c >= 0xd800 && c <= 0xdfff)) {
      // A well-formed pair is text.
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
      }
      return true;
    }
  }
  return false;
}

export function checkedText(text: unknown): { text: string; warnings: LocalizedMessage[] } {
  if (typeof text !== "string") {
    throw new ExtractError({
      ko: `보도자료는 글(문자열)이어야 합니다. 받은 값: ${text === null ? "null" : typeof text}.`,
      en: `The press release must be text (a string); got ${text === null ? "null" : typeof text}.`,
    });
  }
  if (text.length > MAX_TEXT_LENGTH) {
    throw new ExtractError({
      ko: `글이 너무 깁니다 (${text.length.toLocaleString("en-US")}자, 최대 ${MAX_TEXT_LENGTH.toLocaleString("en-US")}자). 보도자료 본문만 붙여 넣으세요.`,
      en: `The text is too long (${text.length.toLocaleString("en-US")} characters, at most ${MAX_TEXT_LENGTH.toLocaleString("en-US")}). Paste the release's article only.`,
    });
  }
  if (!hasNonText(text)) return { text, warnings: [] };
  let replaced = 0;
  const cleaned = text.replace(NOT_TEXT, () => {
    replaced++;
    return " ";
  });
  const warnings: LocalizedMessage[] = [];
  if (replaced > 0) {
    warnings.push({
      ko: `글자가 아닌 문자 ${replaced}개(NUL·제어 문자·짝 없는 서로게이트)를 빈칸으로 읽었습니다.`,
      en: `Read ${replaced} character(s) that are not text (NUL, control characters, unpaired surrogates) as spaces.`,
    });
  }
  return { text: cleaned, warnings };
}
