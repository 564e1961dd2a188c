import { CATEGORIES, COLUMNS, INSTRUMENTS, PROGRESS_COLUMNS, headerRow, progressHeaderRow } from "../schema";
import { parseRangeAddress, parseCellAddress } from "./a1";
import { REPORT_LABELS } from "./labels";
import { buildReportLayout, PERIOD_NAME, SPILL_ROOM, structuredColumn, type ReportLayoutOptions } from "./reportLayout";
import { anyCellText, formulaLikeText } from "../sync/neutralise.arbitraries";
import fc from "fast-check";
import type { ReportLayout } from "./types";

const BASE: ReportLayoutOptions = {
  quarter: "2024-Q3",
  language: "ko",
  agency: "창원시",
  tableName: "Commitments",
  tableHeaders: headerRow("ko"),
  progress: { tableName: "Progress", tableHeaders: progressHeaderRow("ko") },
  generatedAt: new Date("2024-10-05T01:00:00Z"),
};

/** The functions a report formula may call: the COMMIT library and the native ones the report needs. */
const KNOWN_FUNCTIONS = new Set([
  "COMMIT.COUNT",
  "COMMIT.TOTAL",
  "COMMIT.EXPORTVALUE",
  "COMMIT.INVESTMENTVALUE",
  "COMMIT.PIVOT",
  "COMMIT.REALIZATION",
  "COMMIT.REALIZED",
  "COMMIT.PROGRESSPIVOT",
  "LEFT",
  "RIGHT",
  "DATE",
  "IF",
  "IFERROR",
  "AND",
  "OR",
  "SUM",
  "LEN",
  "VALUE",
  "NA",
  "UPPER",
  "TRIM",
  "SUBSTITUTE",
  "ASC",
  "INDEX",
  "FILTER",
  "SORT",
  "CHOOSE",
]);

/** Splits a formula into the text outside string literals, checking quotes close. */
function outsideStrings(formula: string): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"') {
      if (inString && formula[i + 1] === '"') {
        i++;
        continue;
      }
      inString = !inString;
      out += " ";
      continue;
    }
    if (!inString) out += ch;
  }
  if (inString) throw new Error(`Unclosed quote in ${formula}`);
  return out;
}

function checkBalanced(formula: string): void {
  const code = outsideStrings(formula);
  const pairs: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
  const stack: string[] = [];
  for (const ch of code) {
    if ("([{".includes(ch)) stack.push(ch);
    if (ch in pairs) {
      if (stack.pop() !== pairs[ch]) throw new Error(`Unbalanced ${ch} in ${formula}`);
    }
  }
  if (stack.length > 0) throw new Error(`Unclosed ${stack.join("")} in ${formula}`);
}

function calledFunctions(formula: string): string[] {
  const code = outsideStrings(formula).replace(/\[[^\]]*\]/g, " ");
  return [...code.matchAll(/([A-Z][A-Z0-9.]*)\s*\(/gi)].map((m) => m[1].toUpperCase());
}

/** A1 cells a formula reads (ranges expanded), ignoring text and structured references. */
function referencedCells(formula: string): string[] {
  const code = outsideStrings(formula).replace(/[A-Za-z]+\[\[.*?\]\]|[A-Za-z]+\[#All\]/g, " ");
  if (/\[#/.test(code.replace(/[A-Za-z]+\[\[#Headers\],\[#Data\]\]/g, ""))) throw new Error(`Unexpected table item in ${formula}`);
  const cells: string[] = [];
  for (const match of code.matchAll(/(?<![A-Za-z0-9.])(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?(?![A-Za-z0-9(])/g)) {
    const bounds = parseRangeAddress(match[2] ? `${match[1]}:${match[2]}` : match[1]);
    for (let r = bounds.top; r <= bounds.bottom; r++) {
      for (let c = bounds.left; c <= bounds.right; c++) cells.push(`${String.fromCharCode(64 + c)}${r}`);
    }
  }
  return cells.map((c) => c.replace(/\$/g, ""));
}

function formulas(layout: ReportLayout): { address: string; formula: string }[] {
  return layout.cells.filter((c) => c.isFormula).map((c) => ({ address: c.address, formula: c.content as string }));
}

function maskStrings(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '"…"');
}

describe("buildReportLayout", () => {
  const layout = buildReportLayout(BASE);

  it("names the sheet after the quarter in the report language", () => {
    expect(layout.sheetName).toBe("보고서 2024-3분기");
    expect(buildReportLayout({ ...BASE, language: "en" }).sheetName).toBe("Report 2024-Q3");
  });

  it("puts the quarter into one sheet-scoped named cell", () => {
    const period = layout.cells.find((c) => c.address === layout.periodAddress);
    expect(period?.content).toBe("2024-Q3");
    expect(layout.names).toEqual([expect.objectContaining({ name: PERIOD_NAME, scope: "worksheet", address: layout.periodAddress })]);
    expect(layout.numberFormats).toContainEqual({ range: layout.periodAddress, format: "@" });
  });

  it("writes only well-formed formulas that call known functions", () => {
    const all = formulas(layout);
    expect(all.length).toBeGreaterThan(40);
    for (const { formula } of all) {
      checkBalanced(formula);
      for (const name of calledFunctions(formula)) expect([formula, KNOWN_FUNCTIONS.has(name)]).toEqual([formula, true]);
    }
  });

  it("makes every formula depend on the period cell, directly or through cells that do", () => {
    const byAddress = new Map(formulas(layout).map((f) => [f.address, f.formula]));
    const memo = new Map<string, boolean>();
    const dependsOnPeriod = (address: string, seen: Set<string>): boolean => {
      if (memo.has(address)) return memo.get(address)!;
      const formula = byAddress.get(address);
      if (!formula || seen.has(address)) return false;
      seen.add(address);
      const direct = new RegExp(`\\b${PERIOD_NAME}\\b`).test(outsideStrings(formula));
      const result = direct || referencedCells(formula).some((cell) => dependsOnPeriod(cell, seen) || spillDependsOnPeriod(cell));
      memo.set(address, result);
      return result;
    };
    // Cells inside a spill take the anchor formula's dependency.
    const spillDependsOnPeriod = (address: string): boolean => {
      const cell = parseCellAddress(address);
      return layout.spills.some((spill) => {
        const anchor = parseCellAddress(spill.anchor);
        return cell.row >= anchor.row && cell.column >= anchor.column && cell.row < anchor.row + spill.maxRows && dependsOnPeriod(spill.anchor, new Set());
      });
    };
    // Only the reading cell names the period; everything else reads the reading cell.
    const naming = formulas(layout).filter((f) => new RegExp(`\\b${PERIOD_NAME}\\b`).test(outsideStrings(f.formula)));
    expect(naming.map((f) => f.address)).toEqual([layout.periodReadingAddress]);
    for (const address of layout.periodDerivedAddresses) {
      expect([address, referencedCells(byAddress.get(address)!).some((cell) => cell === layout.periodReadingAddress || layout.periodDerivedAddresses.includes(cell))]).toEqual([address, true]);
    }
    for (const { address } of formulas(layout)) expect([address, dependsOnPeriod(address, new Set())]).toEqual([address, true]);
  });

  it("never turns the agency into a formula: data-derived text is a literal cell (issue 9, item 20)", () => {
    fc.assert(
      fc.property(fc.oneof(formulaLikeText, anyCellText), (agency) => {
        const hostile = buildReportLayout({ ...BASE, agency });
        const cell = hostile.cells.find((c) => c.address === "A2");
        if (agency === "") return;
        expect(cell).toEqual({ address: "A2", content: agency, isFormula: false });
        // Nothing from the data appears inside any formula.
        for (const { formula } of formulas(hostile)) expect(formula).toBe(formulas(layout).find((f) => f.formula === formula)?.formula);
      }),
      { numRuns: 300 },
    );
  });

  it("only composes formulas it marks as formulas, and marks no literal as one", () => {
    for (const cell of layout.cells) {
      if (cell.isFormula) expect(String(cell.content).startsWith("=")).toBe(true);
      else expect([cell.address, typeof cell.content === "string" && cell.content.startsWith("=")]).toEqual([cell.address, false]);
    }
  });

  it("never formats a date as text and never passes a table with its Total Row (issue 10, items 4 and 8)", () => {
    for (const { address, formula } of formulas(layout)) {
      expect([address, calledFunctions(formula).includes("TEXT")]).toEqual([address, false]);
      expect([address, formula.includes("[#All]")]).toEqual([address, false]);
      if (formula.includes("COMMIT.")) expect([address, formula.includes("Commitments[[#Headers],[#Data]]")]).toEqual([address, true]);
    }
  });

  it("guards both realization rates against a quarter with no amounts and explains the dash", () => {
    for (const key of ["realizationYtd", "realizationCumulative"] as const) {
      const formula = layout.cells.find((c) => c.address === layout.kpis[key])!.content as string;
      expect(formula).toMatch(/^=IF\(COMMIT\.TOTAL\(Commitments\[\[#Headers\],\[#Data\]\],"Amount \(KRW\)",.*\)=0,"–",COMMIT\.REALIZATION\(/);
    }
    const note = layout.cells.find((c) => c.isFormula && String(c.content).includes(REPORT_LABELS.realizationNote.ko));
    expect(note?.content).toContain(`${layout.kpis.realizationYtd}="–"`);
  });

  it("lists blank amounts and dates as blank, not 0", () => {
    const list = layout.cells.find((c) => c.address === layout.spills[2].anchor)!.content as string;
    expect(list).toContain('IF(Commitments[[원화환산액]]="","",Commitments[[원화환산액]])');
    expect(list).toContain('IF(Commitments[[체결일]]="","",Commitments[[체결일]])');
  });

  it("has a live status line that checks every figure block and quotes only labels", () => {
    const status = layout.cells.find((c) => c.address === layout.statusAddress)!;
    expect(status.isFormula).toBe(true);
    const formula = status.content as string;
    for (const spill of layout.spills) expect(formula).toContain(spill.anchor);
    for (const address of Object.values(layout.kpis)) {
      const { row, column } = parseCellAddress(address);
      const covered = [...formula.matchAll(/([A-Z]+\d+):([A-Z]+\d+)/g)].some((m) => {
        const r = parseRangeAddress(`${m[1]}:${m[2]}`);
        return row >= r.top && row <= r.bottom && column >= r.left && column <= r.right;
      });
      expect([address, covered]).toEqual([address, true]);
    }
    const labels = new Set<string>(Object.values(REPORT_LABELS).map((l) => l.ko));
    for (const quoted of [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1])) {
      // Labels, and the constant criteria of the missing-amount count.
      if (quoted !== "") expect([quoted, labels.has(quoted) || /^(Amount \(KRW\)=|Amount<>|Currency<>KRW|Signed=)$/.test(quoted)]).toEqual([quoted, true]);
    }
  });

  it("validates the period cell in the cell, with a rule Excel accepts (255 characters) and a message saying the form", () => {
    expect(layout.periodValidation.address).toBe(layout.periodAddress);
    expect(layout.periodValidation.formula.length).toBeLessThanOrEqual(255);
    expect(layout.periodValidation.message).toContain("2024년 3분기");
    expect(layout.periodValidation.title.length).toBeLessThanOrEqual(32);
    expect(layout.periodValidation.message.length).toBeLessThanOrEqual(255);
  });

  it("leaves the spill room of pivots and lists empty", () => {
    const occupied = layout.cells.map((c) => parseCellAddress(c.address));
    for (const spill of layout.spills) {
      const anchor = parseCellAddress(spill.anchor);
      const bottom = anchor.row + spill.maxRows - 1;
      const blocking = occupied.filter(
        (cell) =>
          cell.row >= anchor.row &&
          cell.row <= bottom &&
          cell.column >= anchor.column &&
          cell.column <= anchor.column + (spill.maxColumns ?? Number.POSITIVE_INFINITY) - 1 &&
          (cell.row !== anchor.row || cell.column !== anchor.column),
      );
      expect([spill.description, blocking]).toEqual([spill.description, []]);
    }
    expect(SPILL_ROOM).toEqual({
      exportPivotRows: 17,
      investmentPivotRows: 12,
      signedListRows: 40,
      followUpRows: 30,
      progressCountryRows: 12,
      progressListRows: 40,
      pivotColumns: 12,
    });
    expect(layout.spills.map((s) => s.description)).toContain("progressList");
    const bottom = Math.max(...layout.spills.map((s) => parseCellAddress(s.anchor).row + s.maxRows - 1));
    expect(parseRangeAddress(layout.usedRange).bottom).toBeGreaterThan(bottom);
  });

  it("creates the two charts over ranges that hold their data", () => {
    expect(layout.charts.map((c) => [c.name, c.type])).toEqual([
      ["ReportExportsByCountry", "ColumnClustered"],
      ["ReportCategoryMix", "Pie"],
    ]);
    const categorySource = parseRangeAddress(layout.charts[1].source);
    const firstCategory = parseCellAddress(layout.categoryCells[0].address);
    const lastCategory = parseCellAddress(layout.categoryCells[layout.categoryCells.length - 1].address);
    expect(categorySource.bottom).toBe(lastCategory.row);
    expect(categorySource.top).toBe(firstCategory.row - 1);
    expect(categorySource.right).toBe(firstCategory.column);
  });

  it("sets up A4 landscape, one page wide, with a title header and page numbers", () => {
    expect(layout.pageSetup).toEqual(
      expect.objectContaining({ orientation: "Landscape", paperSize: "A4", fitToPagesWide: 1, centerFooter: "&P / &N" }),
    );
    expect(layout.pageSetup.centerHeader).toContain("창원시 해외 협약 이행 분기 보고서");
    expect(layout.pageSetup.rightHeader).toBe("2024년 3분기");
  });

  it("doubles & in the print header so agency names print as written", () => {
    const odd = buildReportLayout({ ...BASE, agency: "R&D 센터" });
    expect(odd.pageSetup.centerHeader).toContain("R&&D 센터");
  });

  it("lists columns by the table's own headers, escaped for structured references", () => {
    const english = buildReportLayout({ ...BASE, tableHeaders: headerRow("en") });
    const list = english.cells.find((c) => c.address === english.spills[2].anchor)!.content as string;
    expect(list).toContain("Commitments[[Amount (KRW)]]");
    expect(list).toContain('Commitments[[Partner]]&""');
    expect(structuredColumn("T", "A#[b]'c")).toBe("T[[A'#'[b']''c]]");
  });

  it("names a missing column instead of writing a broken list", () => {
    const headers = headerRow("en").filter((h) => h !== "Owner");
    expect(() => buildReportLayout({ ...BASE, tableHeaders: headers })).toThrow(/Owner \(담당자\)/);
  });

  it("rejects a malformed quarter", () => {
    expect(() => buildReportLayout({ ...BASE, quarter: "2024-Q5" })).toThrow('"2024-Q5" is not a quarter');
  });

  describe.each([
    ["with a Progress table", BASE],
    ["without one (schema 1)", { ...BASE, progress: null }],
  ] as const)("Korean and English, %s", (_name, base: ReportLayoutOptions) => {
    const ko = buildReportLayout(base);
    const en = buildReportLayout({ ...base, language: "en" });
    const labels = new Set<string>(Object.values(REPORT_LABELS).flatMap((l) => [l.ko, l.en]));
    const schemaLabels = new Set<string>(
      [...INSTRUMENTS, ...CATEGORIES, ...COLUMNS, ...PROGRESS_COLUMNS].flatMap((option) => [option.ko, option.en]),
    );

    it("have the same cells, formats, merges, widths, names and spills", () => {
      expect(en.cells.map((c) => c.address)).toEqual(ko.cells.map((c) => c.address));
      expect(en.numberFormats).toEqual(ko.numberFormats);
      expect(en.styles).toEqual(ko.styles);
      expect(en.merges).toEqual(ko.merges);
      expect(en.columnWidths).toEqual(ko.columnWidths);
      expect(en.spills).toEqual(ko.spills);
      expect(en.usedRange).toBe(ko.usedRange);
      expect(en.kpis).toEqual(ko.kpis);
      expect(en.names.map(({ comment: _c, ...rest }) => rest)).toEqual(ko.names.map(({ comment: _c, ...rest }) => rest));
      expect(en.charts.map(({ title: _t, ...rest }) => rest)).toEqual(ko.charts.map(({ title: _t, ...rest }) => rest));
    });

    it("have the same formulas once quoted text is masked, and the quoted text that differs is a label", () => {
      ko.cells.forEach((cell, i) => {
        const other = en.cells[i].content;
        if (cell.isFormula) {
          expect(maskStrings(other as string)).toBe(maskStrings(String(cell.content)));
          const koStrings = [...String(cell.content).matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]);
          const enStrings = [...(other as string).matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]);
          koStrings.forEach((text, j) => {
            if (text !== enStrings[j]) {
              expect(labels.has(text) || labels.has(enStrings[j])).toBe(true);
            }
          });
        } else if (cell.content !== other) {
          // Literal cells that differ are report labels, schema enum/column labels, or the dated stamp.
          const known = (text: unknown) =>
            labels.has(String(text)) || schemaLabels.has(String(text)) || String(text).startsWith(REPORT_LABELS.generatedOn.ko) || String(text).startsWith(REPORT_LABELS.generatedOn.en);
          expect([cell.address, known(cell.content), known(other)]).toEqual([cell.address, true, true]);
        }
      });
    });
  });

  describe("progress in the quarter (issue 13, item 6)", () => {
    const cellsOf = (l: ReportLayout) => new Map(l.cells.map((c) => [c.address, c]));

    it("sums the quarter's progress by category with COMMIT.REALIZED and by country with COMMIT.PROGRESSPIVOT, over both tables' data and the reading cell", () => {
      const cells = cellsOf(layout);
      const { categoryCells, totalCell, countryPivot, list } = layout.progress;
      expect(categoryCells!.map((c) => c.category)).toEqual(CATEGORIES.map((c) => c.value));
      expect(cells.get(categoryCells![0].address)!.content).toBe(
        '=COMMIT.REALIZED(Progress[[#Headers],[#Data]],Commitments[[#Headers],[#Data]],$C$4,"Category=Export")',
      );
      expect(cells.get(totalCell!)!.content).toBe("=COMMIT.REALIZED(Progress[[#Headers],[#Data]],Commitments[[#Headers],[#Data]],$C$4)");
      expect(cells.get(countryPivot!)!.content).toBe('=COMMIT.PROGRESSPIVOT(Progress[[#Headers],[#Data]],Commitments[[#Headers],[#Data]],"Country",$C$4)');
      const listFormula = String(cells.get(list!)!.content);
      expect(listFormula).toMatch(/^=SORT\(FILTER\(CHOOSE\(/);
      expect(listFormula).toContain("(Progress[[실적일]]>=$B$5)*(Progress[[실적일]]<=$C$5)");
      expect(listFormula).toContain("Progress[[실적번호]]&\"\"");
      for (const { formula } of formulas(layout)) expect(formula).not.toMatch(/TEXT\(|Progress\[#All\]|Commitments\[#All\]/);
    });

    it("computes the realization KPIs from progress dated up to the quarter's end", () => {
      const cells = cellsOf(layout);
      for (const key of ["realizationYtd", "realizationCumulative"] as const) {
        expect(String(cells.get(layout.kpis[key])!.content)).toContain("COMMIT.REALIZATION(Commitments[[#Headers],[#Data]],Progress[[#Headers],[#Data]],$C$4,");
      }
      const schema1 = buildReportLayout({ ...BASE, progress: null });
      expect(String(cellsOf(schema1).get(schema1.kpis.realizationCumulative)!.content)).toContain(
        'COMMIT.REALIZATION(Commitments[[#Headers],[#Data]],"Signed<="&$C$4)',
      );
    });

    it("without a Progress table says so in words, and no formula names Progress", () => {
      const schema1 = buildReportLayout({ ...BASE, progress: null });
      expect(schema1.progress).toEqual({ categoryCells: null, totalCell: null, countryPivot: null, list: null, notice: REPORT_LABELS.noProgressTable.ko });
      expect(schema1.cells.filter((c) => c.content === REPORT_LABELS.noProgressTable.ko && !c.isFormula)).toHaveLength(2);
      expect(formulas(schema1).filter(({ formula }) => formula.includes("Progress"))).toEqual([]);
      expect(schema1.usedRange).toBe(layout.usedRange);
    });

    it("takes the Progress table's own headers, escaped, in English too", () => {
      const english = buildReportLayout({ ...BASE, language: "en", progress: { tableName: "Progress", tableHeaders: progressHeaderRow("en") } });
      const listFormula = String(english.cells.find((c) => c.address === english.progress.list)!.content);
      expect(listFormula).toContain("Progress[[Date]]>=$B$5");
      expect(listFormula).toContain("IF(Progress[[Amount (KRW)]]=\"\",\"\",Progress[[Amount (KRW)]])");
      const withoutEvidence = progressHeaderRow("ko").filter((h) => h !== "증빙");
      expect(() => buildReportLayout({ ...BASE, progress: { tableName: "Progress", tableHeaders: withoutEvidence } })).toThrow(/증빙 \(Evidence\)/);
    });

    it("keeps every block within the page's 12 columns and above the end note", () => {
      const bounds = parseRangeAddress(layout.usedRange);
      expect(bounds.right).toBe(12);
      for (const spill of layout.spills) {
        const anchor = parseCellAddress(spill.anchor);
        expect(anchor.column + (spill.maxColumns ?? 12 - anchor.column + 1) - 1).toBeLessThanOrEqual(12);
        expect(anchor.row + spill.maxRows - 1).toBeLessThan(bounds.bottom);
      }
    });
  });
});
