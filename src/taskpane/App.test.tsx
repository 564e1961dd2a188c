/** @jest-environment jsdom */
import "./components/jsdomShims";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import "@testing-library/jest-dom";
import { App } from "./App";
import { fakeHost } from "./host/fakeHost";
import { languageFromLocale } from "./i18n";

jest.setTimeout(30_000);

describe("App", () => {
  it("switches language and tabs, keeping every opened panel mounted", async () => {
    const user = userEvent.setup();
    render(<App host={fakeHost()} initialLanguage="ko" />);
    expect(screen.getByRole("heading", { name: "해외 약정 관리" })).toBeInTheDocument();
    const tabNames = () => screen.getAllByRole("tab").map((tab) => tab.querySelector(".fui-Tab__content")?.textContent);
    // Other panes add tabs after these three.
    expect(tabNames().slice(0, 3)).toEqual(["설정", "입력", "검증"]);
    await user.click(screen.getByRole("tab", { name: "입력" }));
    expect(screen.getByRole("tabpanel", { name: "입력" })).toBeVisible();
    // The Entry tab's code loads on first open.
    await user.type(await screen.findByRole("textbox", { name: /상대기관/ }, { timeout: 10_000 }), "Acme");
    await user.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
    expect(tabNames().slice(0, 3)).toEqual(["Setup", "Entry", "Validate"]);
    await user.click(screen.getByRole("tab", { name: "Validate" }));
    await user.click(screen.getByRole("tab", { name: "Entry" }));
    expect(screen.getByRole("textbox", { name: /Partner/ })).toHaveValue("Acme");
  });

  it("picks the pane language from Office's display language", () => {
    expect(languageFromLocale("ko-KR")).toBe("ko");
    expect(languageFromLocale("en-US")).toBe("en");
    expect(languageFromLocale("fr-FR")).toBe("en");
    expect(languageFromLocale(undefined)).toBe("en");
  });
});
