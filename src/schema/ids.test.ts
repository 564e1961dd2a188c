import { agencyPrefix, nextId } from "./ids";

describe("commitment IDs", () => {
  it("derives a short prefix from the agency name", () => {
    expect(agencyPrefix("창원시")).toBe("창원");
    expect(agencyPrefix("대전광역시")).toBe("대전");
    expect(agencyPrefix("경상남도")).toBe("경상남");
    expect(agencyPrefix("Seongnam City")).toBe("SEONGNAM");
    expect(agencyPrefix("")).toBe("CT");
  });

  it("numbers IDs per agency and year after the highest in use", () => {
    const taken = new Set(["창원-2019-001", "창원-2019-007", "창원-2020-009"]);
    expect(nextId("창원시", 2019, taken)).toBe("창원-2019-008");
    expect(nextId("창원시", 2021, taken)).toBe("창원-2021-001");
    expect(nextId("창원시", null, taken)).toBe("창원-미정-001");
  });
});
