/**
 * One listed problem as a button: where it is (bold) over what is wrong. Clicking it selects the
 * cell at fault. Shared by the Validate tab's lists (Commitments rows, the Progress ledger).
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  button: {
    width: "100%",
    height: "auto",
    justifyContent: "flex-start",
    textAlign: "start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightRegular,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteMarigoldBorder2}`,
  },
  text: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  where: { fontWeight: tokens.fontWeightSemibold },
});

export function ProblemButton(props: { where: string; message: string; onClick: () => void }) {
  const styles = useStyles();
  return (
    <Button appearance="subtle" className={styles.button} onClick={props.onClick}>
      <span className={styles.text}>
        <span className={styles.where}>{props.where}</span> <span>{props.message}</span>
      </span>
    </Button>
  );
}
