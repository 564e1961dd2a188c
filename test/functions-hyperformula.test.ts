/**
 * An independent oracle: the COMMIT functions registered as a HyperFormula plugin must agree
 * with HyperFormula's own SUMIFS and COUNTIFS over the equivalent A1 ranges of a generated
 * 1,000-row sheet. Cancelled rows are excluded in the SUMIFS with a `Status <> 취소` criterion.
 */
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import { count, exportValue, total } from "../src/functions/functions";
import { COLUMNS, dateToSerial, type ColumnKey } from "../src/schema";

type RunArgs = Parameters<FunctionPlugin["runFunction"]>;
/** The procedure AST HyperFormula hands a plugin method; only its arguments are used. */
type Procedure = { args: RunArgs[0] };

/**
 * How an empty cell reaches a custom function: "" on the web, 0 on Excel desktop (office-js
 * #4702, #5262, #1951). The whole oracle runs once in each mode.
 */
let BLANK: "" | 0 = "";

/** Cells as Excel passes them to a custom function: blanks as BLANK, numbers unwrapped. */
function toExcelArray(value: unknown): unknown {
  if (!(value instanceof SimpleRangeValue)) return value;
  return value.rawData().map((row) =>
    row.map((cell) => (typeof cell === "symbol" ? BLANK : typeof cell === "object" && cell !== null && "val" in cell ? cell.val : cell)),
  );
}

/** An empty text argument stands for a reference to an empty cell, which desktop passes as 0. */
const scalar = (value: unknown) => (value === "" ? BLANK : (value ?? null));

function excelCall(call: () => number): number | CellError {
  try {
    return call();
  } catch (error) {
    return new CellError(ErrorType.VALUE, (error as Error).message);
  }
}

const rangeArg = { argumentType: FunctionArgumentType.RANGE };
const optionalScalar = { argumentType: FunctionArgumentType.SCALAR, optionalArg: true };
const criterionArg = { argumentType: FunctionArgumentType.STRING, optionalArg: true };

class CommitPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    "COMMIT.EXPORTVALUE": { method: "exportValue", parameters: [rangeArg, optionalScalar, optionalScalar, optionalScalar] },
    "COMMIT.TOTAL": { method: "total", parameters: [rangeArg, { argumentType: FunctionArgumentType.STRING }, criterionArg], repeatLastArgs: 1 },
    "COMMIT.COUNT": { method: "count", parameters: [rangeArg, criterionArg], repeatLastArgs: 1 },
  };

  exportValue(ast: Procedure, state: RunArgs[1]) {
    return this.runFunction(ast.args, state, this.metadata("COMMIT.EXPORTVALUE"), (table: unknown, product?: unknown, partner?: unknown, period?: unknown) =>
      excelCall(() => exportValue(toExcelArray(table) as never, scalar(product) as never, scalar(partner) as never, scalar(period))),
    );
  }

  total(ast: Procedure, state: RunArgs[1]) {
    return this.runFunction(ast.args, state, this.metadata("COMMIT.TOTAL"), (table: unknown, measure: string, ...criteria: string[]) =>
      excelCall(() => total(toExcelArray(table) as never, measure, criteria)),
    );
  }

  count(ast: Procedure, state: RunArgs[1]) {
    return this.runFunction(ast.args, state, this.metadata("COMMIT.COUNT"), (table: unknown, ...criteria: string[]) =>
      excelCall(() => count(toExcelArray(table) as never, criteria)),
    );
  }
}

const NAMES = { "COMMIT.EXPORTVALUE": "COMMIT.EXPORTVALUE", "COMMIT.TOTAL": "COMMIT.TOTAL", "COMMIT.COUNT": "COMMIT.COUNT" };

/** A small deterministic PRNG so the sheet is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const KEYS: ColumnKey[] = ["id", "signed", "category", "partner", "country", "city", "product", "amountKrw", "jobs", "status"];
const PRODUCTS = ["단감", "단호박", "파프리카", "로봇", "Sweet Persimmon"];
const COUNTRIES = ["US", "CA", "JP", "DE", "VN"];
const CITIES = ["Pittsburgh", "Toronto", "Osaka", "Dortmund", "Hanoi"];
const CATEGORIES = ["수출", "투자", "협력", "교류"];
const STATUSES = ["체결", "이행중", "완료", "취소", "추진중"];

function generateSheet(rows: number): unknown[][] {
  const next = random(20191118);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const start = dateToSerial({ year: 2018, month: 1, day: 1 });
  const sheet: unknown[][] = [KEYS.map((key) => COLUMNS.find((c) => c.key === key)!.ko)];
  for (let i = 0; i < rows; i++) {
    const c = Math.floor(next() * COUNTRIES.length);
    sheet.push([
      `창원-${2018 + (i % 4)}-${String(i + 1).padStart(4, "0")}`,
      next() < 0.05 ? null : start + Math.floor(next() * 4 * 365),
      pick(CATEGORIES),
      `Partner ${Math.floor(next() * 50)}`,
      COUNTRIES[c],
      CITIES[c],
      next() < 0.1 ? null : pick(PRODUCTS),
      next() < 0.05 ? null : Math.round(next() * 1e10),
      Math.floor(next() * 30),
      pick(STATUSES),
    ]);
  }
  return sheet;
}

const ROWS = 1000;
const last = ROWS + 1;
const col = (key: ColumnKey) => `${String.fromCharCode(65 + KEYS.indexOf(key))}2:${String.fromCharCode(65 + KEYS.indexOf(key))}${last}`;
const TABLE = `A1:${String.fromCharCode(64 + KEYS.length)}${last}`;
const NOT_CANCELLED = `${col("status")}, "<>취소"`;

const PERIODS: Record<string, string> = {
  "": "",
  "2019": `, ${col("signed")}, ">="&DATE(2019,1,1), ${col("signed")}, "<="&DATE(2019,12,31)`,
  "2019-Q4": `, ${col("signed")}, ">="&DATE(2019,10,1), ${col("signed")}, "<="&DATE(2019,12,31)`,
  "2020년 상반기": `, ${col("signed")}, ">="&DATE(2020,1,1), ${col("signed")}, "<="&DATE(2020,6,30)`,
  "2021-03": `, ${col("signed")}, ">="&DATE(2021,3,1), ${col("signed")}, "<="&DATE(2021,3,31)`,
};

describe.each([
  ['""', "" as const],
  ["0 (Excel desktop)", 0 as const],
])("HyperFormula oracle (1,000 generated rows), blanks passed as %s", (_name, blank) => {
  let hf: HyperFormula;
  const formulas: { commit: string; oracle: string }[] = [];

  beforeAll(() => {
    BLANK = blank;
    HyperFormula.registerFunctionPlugin(CommitPlugin, { enGB: NAMES, enUS: NAMES });
    for (const product of ["", "단감", "단*", "sweet persimmon"]) {
      for (const country of ["", "US", "JP"]) {
        for (const [period, periodCriteria] of Object.entries(PERIODS)) {
          const commit = `=COMMIT.EXPORTVALUE(${TABLE}, "${product}", "${country}", "${period}")`;
          const oracle =
            `=SUMIFS(${col("amountKrw")}, ${col("category")}, "수출", ${NOT_CANCELLED}` +
            (product ? `, ${col("product")}, "${product}"` : "") +
            (country ? `, ${col("country")}, "${country}"` : "") +
            `${periodCriteria})`;
          formulas.push({ commit, oracle });
        }
      }
    }
    for (const category of ["투자", "협력"]) {
      formulas.push({
        commit: `=COMMIT.TOTAL(${TABLE}, "Jobs", "Category=${category}", "Signed>=2020-01-01")`,
        oracle: `=SUMIFS(${col("jobs")}, ${col("category")}, "${category}", ${col("signed")}, ">="&DATE(2020,1,1), ${NOT_CANCELLED})`,
      });
      formulas.push({
        commit: `=COMMIT.TOTAL(${TABLE}, "원화환산액", "구분=${category}", "국가=Japan")`,
        oracle: `=SUMIFS(${col("amountKrw")}, ${col("category")}, "${category}", ${col("country")}, "JP", ${NOT_CANCELLED})`,
      });
    }
    formulas.push(
      { commit: `=COMMIT.TOTAL(${TABLE}, "Amount (KRW)")`, oracle: `=SUMIFS(${col("amountKrw")}, ${NOT_CANCELLED})` },
      { commit: `=COMMIT.COUNT(${TABLE})`, oracle: `=COUNTIFS(${NOT_CANCELLED})` },
      { commit: `=COMMIT.COUNT(${TABLE}, "Status=취소")`, oracle: `=COUNTIFS(${col("status")}, "취소")` },
      { commit: `=COMMIT.COUNT(${TABLE}, "Status<>완료")`, oracle: `=COUNTIFS(${col("status")}, "<>완료")` },
      { commit: `=COMMIT.COUNT(${TABLE}, "Country=DE", "Jobs>=15")`, oracle: `=COUNTIFS(${col("country")}, "DE", ${col("jobs")}, ">=15", ${NOT_CANCELLED})` },
      { commit: `=COMMIT.COUNT(${TABLE}, "Product=단*")`, oracle: `=COUNTIFS(${col("product")}, "단*", ${NOT_CANCELLED})` },
      { commit: `=COMMIT.COUNT(${TABLE}, "Signed<2019-07-01", "Category=Export")`, oracle: `=COUNTIFS(${col("signed")}, "<"&DATE(2019,7,1), ${col("category")}, "수출", ${NOT_CANCELLED})` },
    );
    const sheet = generateSheet(ROWS);
    sheet[0].push("COMMIT", "Oracle");
    formulas.forEach((f, i) => {
      sheet[i + 1].push(f.commit, f.oracle);
    });
    hf = HyperFormula.buildFromArray(sheet as never, { licenseKey: "gpl-v3" });
  });

  afterAll(() => {
    hf?.destroy();
    HyperFormula.unregisterFunctionPlugin(CommitPlugin);
  });

  it("agrees with SUMIFS and COUNTIFS on every formula", () => {
    const commitCol = KEYS.length;
    const mismatches: string[] = [];
    formulas.forEach((f, i) => {
      const commit = hf.getCellValue({ sheet: 0, col: commitCol, row: i + 1 });
      const oracle = hf.getCellValue({ sheet: 0, col: commitCol + 1, row: i + 1 });
      if (typeof commit !== "number" || commit !== oracle) mismatches.push(`${f.commit} = ${JSON.stringify(commit)} but ${f.oracle} = ${JSON.stringify(oracle)}`);
    });
    expect(mismatches).toEqual([]);
    expect(formulas.length).toBeGreaterThan(60);
  });

  it("is not trivially zero: the sheet has exports, cancellations and blanks", () => {
    const commitCol = KEYS.length;
    const values = formulas.map((_, i) => hf.getCellValue({ sheet: 0, col: commitCol, row: i + 1 }) as number);
    expect(values.filter((v) => v > 0).length).toBeGreaterThan(formulas.length * 0.8);
  });
});
