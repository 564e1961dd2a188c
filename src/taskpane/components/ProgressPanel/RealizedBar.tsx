import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatKrw } from "../../../money";
import type { Language } from "../../../schema";
import { PROGRESS_STRINGS } from "./progressStrings";

const useStyles = makeStyles({
  track: { height: "10px", borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground5, overflow: "hidden" },
  fill: { height: "100%", backgroundColor: tokens.colorBrandBackground },
  over: { height: "100%", backgroundColor: tokens.colorPaletteRedBackground3 },
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** The share of a commitment realized (0 when nothing was committed); above 1 when realized exceeds committed. */
export function realizedShare(realized: number, committed: number | null): number | null {
  return committed === null || committed <= 0 ? null : realized / committed;
}

/** Committed vs realized as one bar, with the figures in Korean money notation beside it. */
export function RealizedBar(props: { realized: number; committed: number | null; language: Language }) {
  const styles = useStyles();
  const strings = PROGRESS_STRINGS[props.language];
  const share = realizedShare(props.realized, props.committed);
  const percent = share === null ? null : `${(share * 100).toLocaleString(props.language === "ko" ? "ko-KR" : "en-US", { maximumFractionDigits: 1 })}%`;
  const label = share === null ? strings.noCommitted(formatKrw(props.realized)) : strings.bar(formatKrw(props.realized), formatKrw(props.committed!), percent!);
  return (
    <div className={styles.box}>
      <Text size={200}>{label}</Text>
      <div
        className={styles.track}
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={share === null ? 0 : Math.round(Math.min(share, 1) * 100)}
      >
        <div className={share !== null && share > 1 ? styles.over : styles.fill} style={{ width: `${share === null ? 0 : Math.min(share, 1) * 100}%` }} />
      </div>
      {share !== null && share > 1 && (
        <Text size={200} role="status">
          {strings.over}
        </Text>
      )}
    </div>
  );
}
