#!/usr/bin/env node
/**
 * Renders assets/icon.svg (32 px and up) and assets/icon-small.svg (16-24 px)
 * to the PNG sizes the manifest references, in Debian's Chromium, with a
 * transparent background. Run after editing either SVG:
 *   node scripts/render-icons.mjs
 * The PNGs are committed, so builds and tests never need a browser for icons.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const assets = path.join(root, "assets");
const SMALL_SIZES = [16, 20, 24];
const LARGE_SIZES = [32, 40, 48, 64, 80, 128];
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

async function svgDataUrl(file) {
  const svg = await readFile(path.join(assets, file), "utf8");
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

const browser = await chromium.launch({
  executablePath,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
try {
  const small = await svgDataUrl("icon-small.svg");
  const large = await svgDataUrl("icon.svg");
  for (const size of [...SMALL_SIZES, ...LARGE_SIZES]) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const source = SMALL_SIZES.includes(size) ? small : large;
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${source}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.waitForFunction(() => document.images[0]?.complete);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await writeFile(path.join(assets, `icon-${size}.png`), png);
    await page.close();
    console.log(`assets/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
