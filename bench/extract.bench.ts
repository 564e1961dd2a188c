/**
 * Extraction bench: suggesting commitments from the longest seed release (raw capture, 8 kB),
 * as a ratio to one pass of a simple regex over the same text, and in absolute time; plus a
 * 200 kB paste (the seed many times over, with noise) for the robustness bound.
 *
 * The baseline regex is the one-line extractor a spreadsheet user might write: a noun before
 * 와/과 followed by an instrument word ("한국마이크로소프트와 … 업무협약"). A second, cheaper
 * baseline (splitting into sentences, no lookups at all) is shown for scale, without a target.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import path from "node:path";
import { extractCommitments } from "../src/extract";
import { measure, measurePair, ms, registerSuite, times } from "./harness";

const SEEDS = ["changwon-2019-north-america-trip.txt", "daejeon-2024-science-cities-alliance.txt", "seongnam-2015-us-trip.txt"].map((name) =>
  readFileSync(path.join(__dirname, "../test/fixtures/press", name), "utf8"),
);
const LONGEST = SEEDS.reduce((a, b) => (b.length > a.length ? b : a));

const NAIVE_EXTRACTOR = /(\S+)(?:와|과)\s+\S*(?:MOU|협약|의향서)/g;
const SENTENCES = /[^.!?\n]+[.!?]?/g;

function onePass(pattern: RegExp, text: string): number {
  let count = 0;
  for (const _ of text.matchAll(pattern)) count++;
  return count;
}

registerSuite({
  name: "extract",
  run: () => {
    const options = { agency: "성남시" };
    // The officer's first Suggest: nothing warmed up yet (shown for honesty, no target).
    const coldStart = performance.now();
    extractCommitments(LONGEST, options);
    const cold = performance.now() - coldStart;
    const { subject, baseline } = measurePair({
      setup: () => LONGEST,
      subject: (text) => extractCommitments(text, options),
      baseline: (text) => onePass(NAIVE_EXTRACTOR, text),
      // Steady state on both sides: a pane extracts release after release in one long-lived page.
      runs: 101,
      warmup: 100,
    });
    const { baseline: split } = measurePair({
      setup: () => LONGEST,
      subject: (text) => extractCommitments(text, options),
      baseline: (text) => onePass(SENTENCES, text),
      runs: 21,
      warmup: 5,
    });
    let big = "";
    // Seeds without an end-of-article marker (Daejeon's comment widget would end the article after one copy).
    while (big.length < 200_000) big += `${SEEDS[2]}\n${SEEDS[0]}\n${"가나다라 마바사 아자차카 ".repeat(40)}\n`;
    const large = measure({ setup: () => big, run: (text) => extractCommitments(text), runs: 5, warmup: 1 });
    return [
      {
        figure: `extract longest seed (${LONGEST.length.toLocaleString("en-US")} chars), ratio to one naive-extractor regex pass`,
        result: times(subject.medianMs / baseline.medianMs),
        baseline: ms(baseline.medianMs),
        value: subject.medianMs / baseline.medianMs,
        target: { op: "<=", value: 20, unit: "×" },
      },
      {
        figure: "extract longest seed, absolute",
        result: ms(subject.medianMs),
        baseline: "—",
        value: subject.medianMs,
        target: { op: "<=", value: 50, unit: " ms" },
      },
      {
        figure: "extract longest seed, first call in the process (cold)",
        result: ms(cold),
        baseline: "—",
        value: null,
        note: "includes compiling the lookups; no target",
      },
      {
        figure: "extract longest seed, ratio to a sentence-splitting regex pass (scale only)",
        result: times(subject.medianMs / split.medianMs),
        baseline: ms(split.medianMs),
        value: null,
        note: "no target: that regex does no lookups",
      },
      {
        figure: `extract ${(big.length / 1000).toFixed(0)}k-char paste, absolute`,
        result: ms(large.medianMs),
        baseline: "—",
        value: large.medianMs,
        target: { op: "<=", value: 2000, unit: " ms" },
      },
    ];
  },
});
