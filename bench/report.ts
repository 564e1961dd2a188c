/**
 * Writes the measured figures to docs/benchmarks.md: the one place figures live.
 *
 * Each suite owns a marked section, so `npx tsx bench/index.ts sync` replaces only the sync
 * section and leaves the others as their last run wrote them (each section says when that was).
 * Nothing here is typed by hand; docs elsewhere link to this file instead of copying numbers.
 */
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { renderTable, type BenchRow } from "./harness";

export const BENCH_DOC = path.resolve(__dirname, "../docs/benchmarks.md");

const INTRO = `# Benchmarks

Written by \`npm run bench\` (\`bench/report.ts\`); do not edit the tables by hand. Each figure is a
ratio against a baseline measured in the same run (subject and baseline timed in alternation, medians),
so a change in machine load hits both sides alike. Timings move by about ±30 % between runs on a shared
2-core machine: rerun before comparing. How each suite measures is described in its file in \`bench/\`.
`;

const begin = (suite: string) => `<!-- bench:${suite} -->`;
const end = (suite: string) => `<!-- /bench:${suite} -->`;

export function suiteSection(suite: string, rows: readonly BenchRow[], when: Date): string {
  const machine = `${os.cpus().length} cores, Node ${process.version}`;
  return [
    begin(suite),
    `## ${suite}`,
    "",
    `Measured ${when.toISOString().slice(0, 16).replace("T", " ")} UTC (${machine}).`,
    "",
    renderTable([{ suite, rows }]),
    end(suite),
  ].join("\n");
}

/** Replaces (or appends) the sections of the suites that ran; keeps the others. */
export function mergeBenchDoc(previous: string, sections: ReadonlyMap<string, string>): string {
  let doc = previous.trim().length > 0 ? previous : INTRO;
  for (const [suite, section] of sections) {
    const from = doc.indexOf(begin(suite));
    const to = doc.indexOf(end(suite));
    doc = from >= 0 && to > from ? doc.slice(0, from) + section + doc.slice(to + end(suite).length) : `${doc.trimEnd()}\n\n${section}\n`;
  }
  return doc.endsWith("\n") ? doc : `${doc}\n`;
}

export function writeBenchDoc(results: readonly { suite: string; rows: readonly BenchRow[] }[], when = new Date()): void {
  const previous = existsSync(BENCH_DOC) ? readFileSync(BENCH_DOC, "utf8") : "";
  const sections = new Map(results.map(({ suite, rows }) => [suite, suiteSection(suite, rows, when)]));
  writeFileSync(BENCH_DOC, mergeBenchDoc(previous, sections));
}
