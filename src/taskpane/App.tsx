import { FluentProvider, Spinner, Tab, TabList, Text, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { Suspense, useState, type ComponentType } from "react";
import type { Language } from "../schema";
import type { LocalizedMessage } from "../validation";
import { LanguageSwitch } from "./components/LanguageSwitch/LanguageSwitch";
import { PaneToaster } from "./components/PaneToaster/PaneToaster";
import { SetupPanel } from "./components/SetupPanel/SetupPanel";
import { HostProvider } from "./host/HostContext";
import type { Host } from "./host";
import { LanguageProvider, STRINGS } from "./i18n";
import { lazyPanel } from "./lazyPanel";

interface TabDefinition {
  readonly id: string;
  readonly label: LocalizedMessage;
  readonly Panel: ComponentType;
}

/**
 * The pane's tabs, in order. Adding a tab is one line here. Only the first tab is in the first
 * load; the others are chunks fetched when first opened (behind a spinner), so the pane is
 * ready at once (bench/bundle.bench.ts measures it).
 */
const TABS: readonly TabDefinition[] = [
  { id: "setup", label: { ko: "설정", en: "Setup" }, Panel: SetupPanel },
  { id: "entry", label: { ko: "입력", en: "Entry" }, Panel: lazyPanel(() => import(/* webpackChunkName: "entry" */ "./components/EntryForm/EntryForm"), "EntryForm") },
  { id: "validate", label: { ko: "검증", en: "Validate" }, Panel: lazyPanel(() => import(/* webpackChunkName: "validate" */ "./components/ValidationPanel/ValidationPanel"), "ValidationPanel") },
  { id: "press", label: { ko: "보도자료", en: "Press" }, Panel: lazyPanel(() => import(/* webpackChunkName: "press" */ "./components/PressPanel/PressPanel"), "PressPanel") },
  { id: "sync", label: { ko: "동기화", en: "Sync" }, Panel: lazyPanel(() => import(/* webpackChunkName: "sync" */ "./components/SyncPanel/SyncPanel"), "SyncPanel") },
  { id: "report", label: { ko: "보고서", en: "Report" }, Panel: lazyPanel(() => import(/* webpackChunkName: "report" */ "./components/ReportPanel/ReportPanel"), "ReportPanel") },
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
  // A tab mounts when first opened and then stays mounted, so a half-filled form survives a tab switch.
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set([TABS[0].id]));
  const strings = STRINGS[language];
  const select = (id: string) => {
    setSelected(id);
    setOpened((before) => (before.has(id) ? before : new Set(before).add(id)));
  };
  return (
    <FluentProvider theme={webLightTheme} lang={language}>
      <HostProvider host={props.host}>
        <LanguageProvider language={language}>
          <PaneToaster>
            <div className={styles.root}>
            <header className={styles.header}>
              <Text as="h1" weight="semibold" size={400}>
                {strings.appTitle}
              </Text>
              <LanguageSwitch language={language} onChange={setLanguage} />
            </header>
            <TabList selectedValue={selected} onTabSelect={(_, data) => select(String(data.value))} aria-label={strings.tabsLabel}>
              {TABS.map((tab) => (
                <Tab key={tab.id} id={`tab-${tab.id}`} value={tab.id} aria-controls={`panel-${tab.id}`}>
                  {tab.label[language]}
                </Tab>
              ))}
            </TabList>
            <main>
              {TABS.map(({ id, Panel }) => (
                <div key={id} id={`panel-${id}`} role="tabpanel" aria-labelledby={`tab-${id}`} hidden={id !== selected} className={styles.panel}>
                  {opened.has(id) && (
                    <Suspense fallback={<Spinner size="small" label={strings.loadingTab} />}>
                      <Panel />
                    </Suspense>
                  )}
                </div>
              ))}
            </main>
            </div>
          </PaneToaster>
        </LanguageProvider>
      </HostProvider>
    </FluentProvider>
  );
}
