/**
 * An independent oracle for the progress ledger: COMMIT.REALIZED, registered as a HyperFormula
 * plugin over two sheets (Commitments, Progress), must agree with what the workbook computes
 * natively: a per-commitment SUMIFS of Progress by Commitment ID and Date (the Realized (KRW)
 * column's formula with a period added), summed with SUMIFS over the commitments that meet the
 * criteria and are not cancelled.
 */
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import { realized } from "../src/functions/functions";
import { COLUMNS, PROGRESS_COLUMNS, dateToSerial, type ColumnKey } from "../src/schema";

type RunArgs = Parameters<FunctionPlugin["runFunction"]>;
type Procedure = { args: RunArgs[0] };

function toExcelArray(value: unknown): unknown {
  if (!(value instanceof SimpleRangeValue)) return value;
  return value.rawData().map((row) =>
    row.map((cell) => (typeof cell === "symbol" ? "" : typeof cell === "object" && cell !== null && "val" in cell ? cell.val : cell)),
  );
}

class RealizedPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    "COMMIT.REALIZED": {
      method: "realized",
      parameters: [
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.SCALAR, optionalArg: true },
        { argumentType: FunctionArgumentType.STRING, optionalArg: true },
      ],
      repeatLastArgs: 1,
    },
  };

  realized(ast: Procedure, state: RunArgs[1]) {
    return this.runFunction(ast.args, state, this.metadata("COMMIT.REALIZED"), (progress: unknown, commitments: unknown, period?: unknown, ...criteria: string[]) => {
      try {
        return realized(toExcelArray(progress) as never, toExcelArray(commitments) as never, period ?? null, criteria);
      } catch (error) {
        return new CellError(ErrorType.VALUE, (error as Error).message);
      }
    });
  }
}

const NAMES = { "COMMIT.REALIZED": "COMMIT.REALIZED" };

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const KEYS: ColumnKey[] = ["id", "category", "country", "amountKrw", "status"];
const COMMITMENTS = 120;
const PROGRESS = 600;
const letter = (i: number) => String.fromCharCode(65 + i);

function sheets(): { commitments: unknown[][]; progress: unknown[][] } {
  const next = random(20191209);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const ids = Array.from({ length: COMMITMENTS }, (_, i) => `창원-2019-${String(i + 1).padStart(3, "0")}`);
  const commitments: unknown[][] = [KEYS.map((key) => COLUMNS.find((c) => c.key === key)!.ko)];
  ids.forEach((id) => commitments.push([id, pick(["수출", "투자", "협력", "교류"]), pick(["US", "CA", "JP"]), Math.round(next() * 1e9), pick(["체결", "이행중", "완료", "취소"])]));
  const start = dateToSerial({ year: 2019, month: 1, day: 1 });
  const progress: unknown[][] = [PROGRESS_COLUMNS.map((c) => c.ko)];
  for (let i = 0; i < PROGRESS; i++) {
    const id = pick(ids);
    const amount = Math.round(next() * 1e8);
    progress.push([`${id}-P${i}`, id, start + Math.floor(next() * 730), "수출선적", amount, "KRW", amount, Math.floor(next() * 5), "", "", ""]);
  }
  return { commitments, progress };
}

const PERIODS: Record<string, [string, string]> = {
  "2019": ["DATE(2019,1,1)", "DATE(2019,12,31)"],
  "2019-Q4": ["DATE(2019,10,1)", "DATE(2019,12,31)"],
  "2020년 상반기": ["DATE(2020,1,1)", "DATE(2020,6,30)"],
  "2020-11": ["DATE(2020,11,1)", "DATE(2020,11,30)"],
};
const CRITERIA: Record<string, string> = { "": "", "구분=수출": `, C!B2:B${COMMITMENTS + 1}, "수출"`, "국가=JP": `, C!C2:C${COMMITMENTS + 1}, "JP"` };

describe("HyperFormula oracle for REALIZED (120 commitments, 600 progress rows)", () => {
  let hf: HyperFormula;
  const cases: { period: string; criterion: string }[] = [];

  beforeAll(() => {
    HyperFormula.registerFunctionPlugin(RealizedPlugin, { enGB: NAMES, enUS: NAMES });
    const { commitments, progress } = sheets();
    const p = (key: string) => {
      const i = PROGRESS_COLUMNS.findIndex((c) => c.key === key);
      return `P!$${letter(i)}$2:$${letter(i)}$${PROGRESS + 1}`;
    };
    // One helper column per period: the Realized (KRW) formula restricted to the period's dates.
    const periods = Object.entries(PERIODS);
    commitments[0].push(...periods.map(([label]) => `실적 ${label}`));
    for (let r = 1; r <= COMMITMENTS; r++) {
      for (const [, [from, to]] of periods) {
        commitments[r].push(`=SUMIFS(${p("amountKrw")},${p("commitmentId")},A${r + 1},${p("date")},">="&${from},${p("date")},"<="&${to})`);
      }
    }
    const results: unknown[][] = [];
    periods.forEach(([period], j) => {
      const helper = letter(KEYS.length + j);
      for (const [criterion, oracleCriteria] of Object.entries(CRITERIA)) {
        cases.push({ period, criterion });
        results.push([
          `=COMMIT.REALIZED(P!A1:K${PROGRESS + 1}, C!A1:E${COMMITMENTS + 1}, "${period}"${criterion ? `, "${criterion}"` : ""})`,
          `=SUMIFS(C!${helper}2:${helper}${COMMITMENTS + 1}, C!E2:E${COMMITMENTS + 1}, "<>취소"${oracleCriteria})`,
        ]);
      }
    });
    hf = HyperFormula.buildFromSheets({ C: commitments as never, P: progress as never, R: results as never }, { licenseKey: "gpl-v3" });
  });

  afterAll(() => {
    hf?.destroy();
    HyperFormula.unregisterFunctionPlugin(RealizedPlugin);
  });

  it("agrees with the native SUMIFS path on every period and criterion", () => {
    const sheet = hf.getSheetId("R")!;
    const mismatches: string[] = [];
    cases.forEach((c, row) => {
      const ours = hf.getCellValue({ sheet, col: 0, row });
      const oracle = hf.getCellValue({ sheet, col: 1, row });
      if (typeof ours !== "number" || ours !== oracle) mismatches.push(`${c.period} ${c.criterion}: ${JSON.stringify(ours)} vs ${JSON.stringify(oracle)}`);
    });
    expect(mismatches).toEqual([]);
    const values = cases.map((_, row) => hf.getCellValue({ sheet, col: 0, row }) as number);
    expect(values.filter((v) => v > 0).length).toBe(cases.length);
  });
});
