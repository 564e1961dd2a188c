/**
 * npm run bench — runs every registered suite in one process and prints one table.
 * Figures are ratios against baselines measured in the same run; nothing here is a test.
 *
 * To add a suite: create bench/<name>.bench.ts that calls registerSuite(...) and add one
 * import line below.
 *
 * To run some suites only, name them: `npx tsx bench/index.ts sync` (the functions suite takes
 * minutes; an unknown name is an error, not an empty table).
 *
 * Every run writes its suites' tables into docs/benchmarks.md (bench/report.ts), the one place
 * measured figures live.
 */
import "./functions.bench";
import "./sync.bench";
import "./extract.bench";
import "./realized.bench";
import "./bundle.bench";
import { registeredSuites, renderTable, status, type BenchRow } from "./harness";
import { BENCH_DOC, writeBenchDoc } from "./report";

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const known = registeredSuites().map((suite) => suite.name);
  const unknown = wanted.filter((name) => !known.includes(name));
  if (unknown.length > 0) throw new Error(`Unknown bench suite(s): ${unknown.join(", ")}. Known: ${known.join(", ")}.`);
  const results: { suite: string; rows: BenchRow[] }[] = [];
  for (const suite of registeredSuites()) {
    if (wanted.length > 0 && !wanted.includes(suite.name)) continue;
    process.stderr.write(`bench: ${suite.name}…\n`);
    try {
      results.push({ suite: suite.name, rows: await suite.run() });
    } catch (error) {
      results.push({
        suite: suite.name,
        rows: [{ figure: "(suite failed)", result: error instanceof Error ? error.message : String(error), baseline: "—", value: null }],
      });
      process.exitCode = 1;
    }
  }
  console.log(renderTable(results));
  writeBenchDoc(results);
  process.stderr.write(`bench: figures written to ${BENCH_DOC}\n`);
  const missed = results.flatMap((r) => r.rows).filter((row) => status(row) === "MISS");
  console.log(`\n${missed.length === 0 ? "All targets met." : `${missed.length} target(s) missed: ${missed.map((m) => m.figure).join("; ")}`}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
