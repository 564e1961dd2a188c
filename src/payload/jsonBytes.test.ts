import fc from "fast-check";
import { jsonBytes, utf8Length } from "./jsonBytes";

describe("payload size", () => {
  it("counts UTF-8 bytes: ASCII 1, Hangul 3, emoji 4", () => {
    expect(utf8Length("abc")).toBe(3);
    expect(utf8Length("단감")).toBe(6);
    expect(utf8Length("é")).toBe(2);
    expect(utf8Length("😀")).toBe(4);
  });

  it("agrees with TextEncoder on any string", () => {
    const encoder = new TextEncoder();
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (text) => utf8Length(text) === encoder.encode(text).length));
  });

  it("measures the JSON Office.js would send", () => {
    expect(jsonBytes([["창원", 1]])).toBe(utf8Length('[["창원",1]]'));
    expect(jsonBytes(undefined)).toBe(0);
  });
});
