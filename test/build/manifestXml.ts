/**
 * Reads an Office XML manifest into the facts the manifest and dist tests check.
 * Needs a DOMParser: use it from a test with the jsdom environment.
 */
import { readFileSync } from "fs";

export const BT_NS = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

export type ResourceKind = "image" | "url" | "shortString" | "longString";

export interface Resource {
  readonly id: string;
  readonly kind: ResourceKind;
  readonly defaultValue: string;
  /** Locale → value of each bt:Override. */
  readonly overrides: Readonly<Record<string, string>>;
}

export interface ResidReference {
  /** Local name of the element carrying the resid (Label, SourceLocation, ...). */
  readonly element: string;
  /** Local name of its parent, to tell a taskpane SourceLocation from a functions one. */
  readonly parent: string;
  readonly resid: string;
  /** For bt:Image references: the declared pixel size. */
  readonly size: number | null;
}

export interface ParsedManifest {
  readonly document: Document;
  readonly resources: ReadonlyMap<string, Resource>;
  readonly references: readonly ResidReference[];
}

export function parseManifestXml(xml: string): ParsedManifest {
  const document = new DOMParser().parseFromString(xml, "application/xml");
  const parserError = document.getElementsByTagName("parsererror")[0];
  if (parserError) throw new Error(`manifest is not well-formed XML: ${parserError.textContent}`);

  const resources = new Map<string, Resource>();
  const collect = (container: string, kind: ResourceKind) => {
    for (const group of Array.from(document.getElementsByTagNameNS(BT_NS, container))) {
      for (const element of Array.from(group.children)) {
        const id = element.getAttribute("id");
        if (!id) throw new Error(`a bt:${element.localName} in bt:${container} has no id`);
        if (resources.has(id)) throw new Error(`resource id "${id}" is declared twice`);
        const overrides: Record<string, string> = {};
        for (const override of Array.from(element.children).filter((child) => child.localName === "Override")) {
          overrides[override.getAttribute("Locale") ?? ""] = override.getAttribute("Value") ?? "";
        }
        resources.set(id, { id, kind, defaultValue: element.getAttribute("DefaultValue") ?? "", overrides });
      }
    }
  };
  collect("Images", "image");
  collect("Urls", "url");
  collect("ShortStrings", "shortString");
  collect("LongStrings", "longString");

  const references: ResidReference[] = Array.from(document.getElementsByTagName("*"))
    .filter((element) => element.hasAttribute("resid"))
    .map((element) => ({
      element: element.localName,
      parent: element.parentElement?.localName ?? "",
      resid: element.getAttribute("resid") ?? "",
      size: element.hasAttribute("size") ? Number(element.getAttribute("size")) : null,
    }));
  return { document, resources, references };
}

export function readManifestXml(file: string): ParsedManifest {
  return parseManifestXml(readFileSync(file, "utf8"));
}

/** The kind of resource an element's resid must name. */
export function expectedKind(reference: ResidReference): ResourceKind {
  switch (reference.element) {
    case "Image":
      return "image";
    case "SourceLocation":
    case "Runtime":
    case "FunctionFile":
    case "LearnMoreUrl":
      return "url";
    case "Label":
    case "Title":
    case "Namespace":
      return "shortString";
    case "Description":
      return "longString";
    default:
      throw new Error(`unexpected resid on <${reference.element}> (inside <${reference.parent}>)`);
  }
}

/** Every URL written in the manifest: resources, overrides and DefaultValue attributes of URL elements. */
export function allUrls(manifest: ParsedManifest): string[] {
  const urls: string[] = [];
  for (const resource of manifest.resources.values()) {
    if (resource.kind === "image" || resource.kind === "url") {
      urls.push(resource.defaultValue, ...Object.values(resource.overrides));
    }
  }
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "AppDomain"]) {
    for (const element of Array.from(manifest.document.getElementsByTagName(name))) {
      const value = element.getAttribute("DefaultValue") ?? element.textContent?.trim();
      if (value) urls.push(value);
    }
  }
  return urls;
}

/** Width and height from a PNG's IHDR chunk (bytes 16-23), after checking the signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error("not a PNG file");
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The single element with this local name, failing clearly when there are none or several. */
export function only(manifest: ParsedManifest, localName: string): Element {
  const found = Array.from(manifest.document.getElementsByTagName("*")).filter((element) => element.localName === localName);
  if (found.length !== 1) throw new Error(`expected exactly one <${localName}>, found ${found.length}`);
  return found[0];
}
