import { FluentProvider, Tab, TabList, Text, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useState, type ComponentType } from "react";
import type { Language } from "../schema";
import type { LocalizedMessage } from "../validation";
import { EntryForm } from "./components/EntryForm/EntryForm";
import { LanguageSwitch } from "./components/LanguageSwitch/LanguageSwitch";
import { ReportPanel } from "./components/ReportPanel/ReportPanel";
import { SetupPanel } from "./components/SetupPanel/SetupPanel";
import { SyncPanel } from "./components/SyncPanel/SyncPanel";
import { ValidationPanel } from "./components/ValidationPanel/ValidationPanel";
import { HostProvider } from "./host/HostContext";
import type { Host } from "./host";
import { LanguageProvider, STRINGS } from "./i18n";

interface TabDefinition {
  readonly id: string;
  readonly label: LocalizedMessage;
  readonly Panel: ComponentType;
}

/** The pane's tabs, in order. Adding a tab is one import and one line here. */
const TABS: readonly TabDefinition[] = [
  { id: "setup", label: { ko: "설정", en: "Setup" }, Panel: SetupPanel },
  { id: "entry", label: { ko: "입력", en: "Entry" }, Panel: EntryForm },
  { id: "validate", label: { ko: "검증", en: "Validate" }, Panel: ValidationPanel },
  { id: "sync", label: { ko: "동기화", en: "Sync" }, Panel: SyncPanel },
  { id: "report", label: { ko: "보고서", en: "Report" }, Panel: ReportPanel },
];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  panel: { padding: tokens.spacingHorizontalM },
});

export function App(props: { host: Host; initialLanguage: Language }) {
  const styles = useStyles();
  const [language, setLanguage] = useState<Language>(props.initialLanguage);
  const [selected, setSelected] = useState<string>(TABS[0].id);
  const strings = STRINGS[language];
  return (
    <FluentProvider theme={webLightTheme} lang={language}>
      <HostProvider host={props.host}>
        <LanguageProvider language={language}>
          <div className={styles.root}>
            <header className={styles.header}>
              <Text as="h1" weight="semibold" size={400}>
                {strings.appTitle}
              </Text>
              <LanguageSwitch language={language} onChange={setLanguage} />
            </header>
            <TabList selectedValue={selected} onTabSelect={(_, data) => setSelected(String(data.value))} aria-label={strings.tabsLabel}>
              {TABS.map((tab) => (
                <Tab key={tab.id} id={`tab-${tab.id}`} value={tab.id} aria-controls={`panel-${tab.id}`}>
                  {tab.label[language]}
                </Tab>
              ))}
            </TabList>
            {/* Every panel stays mounted so a half-filled form survives a tab switch. */}
            <main>
              {TABS.map(({ id, Panel }) => (
                <div key={id} id={`panel-${id}`} role="tabpanel" aria-labelledby={`tab-${id}`} hidden={id !== selected} className={styles.panel}>
                  <Panel />
                </div>
              ))}
            </main>
          </div>
        </LanguageProvider>
      </HostProvider>
    </FluentProvider>
  );
}
