import { errorText } from "./errorText";

describe("errorText", () => {
  it("prefers the localized text, then the message", () => {
    const localized = Object.assign(new Error("both"), { localized: { ko: "표가 없습니다", en: "No table" } });
    expect(errorText(localized, "ko")).toBe("표가 없습니다");
    expect(errorText(localized, "en")).toBe("No table");
    expect(errorText(new Error("RichApi.Error: boom"), "ko")).toBe("RichApi.Error: boom");
    expect(errorText("plain", "en")).toBe("plain");
  });
});
