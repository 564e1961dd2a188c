import { CATEGORIES, INSTRUMENTS, PARTNER_TYPES, STATUSES } from "./columns";
import { enumLabels, matchEnum } from "./enums";

describe("matchEnum", () => {
  it.each([
    [STATUSES, "취소", "cancelled"],
    [STATUSES, " CANCELLED ", "cancelled"],
    [STATUSES, "canceled", "cancelled"],
    [STATUSES, "in progress", "inProgress"],
    [STATUSES, "이행 중", "inProgress"],
    [CATEGORIES, "수출", "export"],
    [CATEGORIES, "export", "export"],
    [INSTRUMENTS, "양해각서(MOU)", "mou"],
    [INSTRUMENTS, "mou", "mou"],
    [INSTRUMENTS, "양해각서", "mou"],
    [INSTRUMENTS, "Sister City", "sisterCity"],
    [INSTRUMENTS, "우호교류", "friendshipCity"],
    [PARTNER_TYPES, "대학교", "university"],
  ])("reads %#: %s as %s", (options, raw, expected) => {
    expect(matchEnum(options, raw)?.value).toBe(expected);
  });

  it("returns null for values outside the enum", () => {
    expect(matchEnum(STATUSES, "보류")).toBeNull();
    expect(matchEnum(CATEGORIES, "")).toBeNull();
  });

  it("round-trips every label of every enum in both languages", () => {
    for (const options of [INSTRUMENTS, CATEGORIES, PARTNER_TYPES, STATUSES]) {
      for (const language of ["ko", "en"] as const) {
        const labels = enumLabels(options, language);
        expect(labels.map((label) => matchEnum(options, label)?.value)).toEqual(options.map((o) => o.value));
      }
    }
  });
});
