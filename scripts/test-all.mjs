#!/usr/bin/env node
/**
 * npm test: every check CI runs, in order, stopping at the first failure.
 *
 *   1. type-check          tsc --noEmit
 *   2. lint                npm run lint
 *   3. production build    webpack --mode production          -> dist/
 *   4. demo build          webpack -c webpack.demo.config.js  -> dist-demo/
 *   5. unit tests          jest (includes test/build/dist.test.ts, which reads dist/)
 *   6. browser tests       jest -c jest.e2e.config.js (Playwright, Debian Chromium, dist-demo/)
 *
 * The builds run before jest so the dist test checks what was just built
 * rather than skipping. The last line is always "N passed, N failed": the two
 * jest runs' test counts, plus one failure for a failed non-jest step.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

const steps = [
  { name: "type-check", command: bin("tsc"), args: ["--noEmit", "-p", "tsconfig.json"] },
  { name: "lint", command: npm, args: ["run", "--silent", "lint"] },
  { name: "production build", command: bin("webpack"), args: ["--mode", "production"], nice: true },
  { name: "demo build", command: bin("webpack"), args: ["-c", "webpack.demo.config.js", "--mode", "production"], nice: true },
  { name: "unit tests", command: bin("jest"), args: ["--ci"], jest: true },
  { name: "browser tests", command: bin("jest"), args: ["--ci", "-c", "jest.e2e.config.js"], jest: true },
];

const SUMMARY = /^jest: (\d+) passed, (\d+) failed/m;

function run(step) {
  return new Promise((resolve) => {
    const started = Date.now();
    // Builds yield the CPU to anything interactive on the same machine.
    const [command, args] =
      step.nice && process.platform !== "win32" ? ["nice", ["-n", "10", step.command, ...step.args]] : [step.command, step.args];
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on("error", (error) => resolve({ code: 1, output: `${output}\n${error.message}`, seconds: 0 }));
    child.on("close", (code, signal) =>
      resolve({ code: code ?? (signal ? 1 : 0), output, seconds: (Date.now() - started) / 1000 }),
    );
  });
}

let passed = 0;
let failed = 0;
const timings = [];

for (const [index, step] of steps.entries()) {
  console.log(`\n=== [${index + 1}/${steps.length}] ${step.name}: ${path.basename(step.command)} ${step.args.join(" ")}`);
  const { code, output, seconds } = await run(step);
  timings.push(`${step.name} ${seconds.toFixed(0)}s`);
  if (step.jest) {
    const summary = SUMMARY.exec(output);
    if (summary) {
      passed += Number(summary[1]);
      failed += Number(summary[2]);
    }
    if (code !== 0 && (!summary || Number(summary[2]) === 0)) failed += 1;
  } else if (code !== 0) {
    failed += 1;
  }
  if (code !== 0) {
    console.error(`\n✗ ${step.name} failed (exit code ${code}). Later steps did not run.`);
    console.log(`\n${timings.join(", ")}`);
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(1);
  }
  console.log(`✓ ${step.name} (${seconds.toFixed(1)} s)`);
}

console.log(`\n${timings.join(", ")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
