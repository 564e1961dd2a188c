/**
 * An opened .html file as the text extraction reads: parsed by DOMParser into an inert document
 * (scripts never run, nothing reaches the live page), scripts and styles dropped, block elements
 * turned into line breaks, text taken with textContent. The page's own address, when it names
 * one (canonical link, og:url), comes back as the URL.
 */
const BLOCKS = new Set(["P", "DIV", "BR", "LI", "H1", "H2", "H3", "H4", "H5", "H6", "TR", "SECTION", "ARTICLE", "HEADER", "FOOTER", "BLOCKQUOTE", "PRE", "TABLE", "UL", "OL", "DD", "DT", "FIGCAPTION", "FIGURE", "ASIDE", "NAV", "MAIN", "HR", "TITLE"]);
const DROPPED = "script, style, noscript, template, iframe, object, embed, svg, canvas, head > meta, head > link";

export interface HtmlText {
  readonly text: string;
  readonly url: string | null;
}

export function htmlToText(html: string): HtmlText {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? doc.querySelector('meta[property="og:url"]')?.getAttribute("content") ?? null;
  const url = canonical && /^https?:\/\//i.test(canonical.trim()) ? canonical.trim() : null;
  for (const element of Array.from(doc.querySelectorAll(DROPPED))) element.remove();
  const parts: string[] = [];
  const title = doc.querySelector("title")?.textContent?.trim();
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? "").replace(/\s+/g, " "));
      return;
    }
    if (node.nodeType !== 1) return;
    const block = BLOCKS.has((node as Element).tagName);
    if (block) parts.push("\n");
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) parts.push("\n");
  };
  if (doc.body) walk(doc.body);
  let text = parts
    .join("")
    .split("\n")
    .map((line) => line.trim())
    .filter((line, i, all) => line !== "" || (i > 0 && all[i - 1] !== ""))
    .join("\n")
    .trim();
  // Pages whose body does not repeat the headline: the title starts the text, as a headline line.
  if (title && !text.startsWith(title) && !text.slice(0, 400).includes(title)) text = `${title}\n${text}`;
  return { text, url };
}
