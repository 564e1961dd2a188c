/** Renders a component the way App does (Fluent theme, host, language), for component tests. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import type { Language } from "../../schema";
import type { Host } from "../host";
import { HostProvider } from "../host/HostContext";
import { LanguageProvider } from "../i18n";

export function renderInPane(element: ReactElement, host: Host, language: Language = "ko"): ReturnType<typeof render> {
  return render(
    <FluentProvider theme={webLightTheme}>
      <HostProvider host={host}>
        <LanguageProvider language={language}>{element}</LanguageProvider>
      </HostProvider>
    </FluentProvider>,
  );
}
