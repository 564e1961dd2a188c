import { canonicalJson, fingerprint, fnv1a64 } from "./fingerprint";

describe("fnv1a64", () => {
  it("matches the published FNV-1a 64-bit test vectors", () => {
    expect(fnv1a64("")).toBe("cbf29ce484222325");
    expect(fnv1a64("a")).toBe("af63dc4c8601ec8c");
    expect(fnv1a64("foobar")).toBe("85944171f73967e8");
  });

  it("is stable and sensitive to one character", () => {
    expect(fnv1a64("창원시")).toBe(fnv1a64("창원시"));
    expect(fnv1a64("창원시")).not.toBe(fnv1a64("창원군"));
  });
});

describe("fingerprint", () => {
  it("does not depend on key order in the object, only on the given key order", () => {
    expect(fingerprint({ a: 1, b: "x" }, ["a", "b"])).toBe(fingerprint({ b: "x", a: 1 }, ["a", "b"]));
  });

  it("treats blank, null and missing alike", () => {
    expect(canonicalJson({ a: "", b: null }, ["a", "b", "c"])).toBe("[null,null,null]");
    expect(fingerprint({ a: "", b: null }, ["a", "b", "c"])).toBe(fingerprint({}, ["a", "b", "c"]));
  });

  it("keeps fields apart (no run-together) and applies overrides", () => {
    expect(fingerprint({ a: "ab", b: "" }, ["a", "b"])).not.toBe(fingerprint({ a: "a", b: "b" }, ["a", "b"]));
    expect(fingerprint({ a: 1, b: 2 }, ["a", "b"], { b: 3 })).toBe(fingerprint({ a: 1, b: 3 }, ["a", "b"]));
  });

  it("tells a number from its text", () => {
    expect(fingerprint({ a: 1 }, ["a"])).not.toBe(fingerprint({ a: "1" }, ["a"]));
  });
});
