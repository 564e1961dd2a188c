/**
 * A parser for the Excel formulas the add-in writes (the report, the Amount (KRW)
 * column) and for what an officer typically types next to them: literals, A1 and
 * sheet-qualified references, defined names, structured references, array
 * constants, function calls and the arithmetic, text and comparison operators.
 * The demo evaluates the result; tests use it to prove formulas well-formed.
 */

export type FormulaNode =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "string"; readonly value: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "error"; readonly code: string }
  | { readonly kind: "ref"; readonly sheet: string | null; readonly from: string; readonly to: string | null }
  | { readonly kind: "name"; readonly name: string }
  | { readonly kind: "structured"; readonly table: string; readonly items: readonly string[]; readonly columns: readonly string[] }
  | { readonly kind: "call"; readonly name: string; readonly args: readonly (FormulaNode | null)[] }
  | { readonly kind: "unary"; readonly op: "-" | "+" | "%"; readonly operand: FormulaNode }
  | { readonly kind: "binary"; readonly op: BinaryOperator; readonly left: FormulaNode; readonly right: FormulaNode }
  | { readonly kind: "array"; readonly rows: readonly (readonly FormulaNode[])[] };

export type BinaryOperator = "+" | "-" | "*" | "/" | "^" | "&" | "=" | "<>" | "<" | ">" | "<=" | ">=";

export class FormulaSyntaxError extends Error {
  constructor(formula: string, position: number, what: string) {
    super(`Formula syntax error at character ${position + 1} of ${formula}: ${what}`);
    this.name = "FormulaSyntaxError";
  }
}

type Token =
  | { type: "number"; value: number; pos: number }
  | { type: "string"; value: string; pos: number }
  | { type: "error"; value: string; pos: number }
  | { type: "word"; value: string; pos: number }
  | { type: "sheet"; value: string; pos: number }
  | { type: "bracket"; value: string; pos: number }
  | { type: "op"; value: string; pos: number }
  | { type: "end"; pos: number };

const ERROR_LITERALS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!"];
const CELL_PATTERN = /^\$?[A-Z]{1,3}\$?\d+$/i;

function tokenize(formula: string, source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const fail = (what: string): never => {
    throw new FormulaSyntaxError(formula, i, what);
  };
  // Text and sheet names share Excel's quoting: the quote doubled stands for itself.
  const readQuoted = (quote: string, unclosed: string): string => {
    let text = "";
    i++;
    for (;;) {
      if (i >= source.length) fail(unclosed);
      if (source[i] === quote) {
        if (source[i + 1] !== quote) {
          i++;
          return text;
        }
        text += quote;
        i += 2;
        continue;
      }
      text += source[i++];
    }
  };
  while (i < source.length) {
    const ch = source[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const start = i;
    if (ch === '"') {
      tokens.push({ type: "string", value: readQuoted('"', "a text in quotes is not closed"), pos: start });
      continue;
    }
    if (ch === "'") {
      // 'Sheet name'!A1
      const name = readQuoted("'", "a quoted sheet name is not closed");
      if (source[i] !== "!") fail("a quoted sheet name must be followed by !");
      i++;
      tokens.push({ type: "sheet", value: name, pos: start });
      continue;
    }
    if (/[0-9.]/.test(ch)) {
      const match = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(source.slice(i));
      if (!match) fail(`unexpected "${ch}"`);
      // A cell reference such as 1:1 is not supported; a number followed by letters is not a number.
      i += match![0].length;
      tokens.push({ type: "number", value: Number(match![0]), pos: start });
      continue;
    }
    if (ch === "#") {
      const literal = ERROR_LITERALS.find((e) => source.slice(i, i + e.length).toUpperCase() === e);
      if (!literal) fail("unknown error literal");
      i += literal!.length;
      tokens.push({ type: "error", value: literal!, pos: start });
      continue;
    }
    if (/[A-Za-z_\\$\u00C0-\uFFFF]/.test(ch)) {
      const match = /^[A-Za-z_\\$\u00C0-\uFFFF][A-Za-z0-9_.\\$\u00C0-\uFFFF]*/.exec(source.slice(i))!;
      i += match[0].length;
      if (source[i] === "!") {
        i++;
        tokens.push({ type: "sheet", value: match[0], pos: start });
        continue;
      }
      tokens.push({ type: "word", value: match[0], pos: start });
      if (source[i] === "[") {
        // Structured reference body, with nested brackets and ' escapes.
        let depth = 0;
        const bodyStart = i;
        do {
          if (i >= source.length) fail("a structured reference is not closed");
          if (source[i] === "'") {
            i += 2;
            continue;
          }
          if (source[i] === "[") depth++;
          if (source[i] === "]") depth--;
          i++;
        } while (depth > 0);
        tokens.push({ type: "bracket", value: source.slice(bodyStart, i), pos: bodyStart });
      }
      continue;
    }
    const two = source.slice(i, i + 2);
    if (two === "<>" || two === "<=" || two === ">=") {
      tokens.push({ type: "op", value: two, pos: start });
      i += 2;
      continue;
    }
    if ("+-*/^&=<>%(),;:{}".includes(ch)) {
      tokens.push({ type: "op", value: ch, pos: start });
      i++;
      continue;
    }
    fail(`unexpected "${ch}"`);
  }
  tokens.push({ type: "end", pos: source.length });
  return tokens;
}

/** Parses the body of Table[...] into its item specifiers (#All, #Data, ...) and columns. */
function parseStructuredBody(formula: string, body: string, pos: number): { items: string[]; columns: string[] } {
  const inner = body.slice(1, -1);
  const unescape = (text: string) => text.replace(/'(.)/g, "$1");
  const items: string[] = [];
  const columns: string[] = [];
  const add = (part: string) => {
    const text = part.trim();
    if (text.startsWith("#")) items.push(text.toUpperCase());
    else if (text === "@") items.push("#THIS ROW");
    else if (text.startsWith("@")) {
      items.push("#THIS ROW");
      const rest = text.slice(1).trim();
      if (rest.startsWith("[")) parseGroups(rest);
      else columns.push(unescape(rest));
    } else columns.push(unescape(text));
  };
  const parseGroups = (text: string) => {
    let i = 0;
    while (i < text.length) {
      const ch = text[i];
      if (ch === "," || ch === ":" || /\s/.test(ch)) {
        i++;
        continue;
      }
      if (ch !== "[") throw new FormulaSyntaxError(formula, pos + i, "expected [ in a structured reference");
      let j = i + 1;
      let part = "";
      while (j < text.length && text[j] !== "]") {
        if (text[j] === "'") {
          part += text.slice(j, j + 2);
          j += 2;
          continue;
        }
        part += text[j++];
      }
      if (j >= text.length) throw new FormulaSyntaxError(formula, pos + i, "a structured reference column is not closed");
      add(part);
      i = j + 1;
    }
  };
  if (inner.trim() === "") return { items: ["#DATA"], columns: [] };
  if (inner.trimStart().startsWith("[") || inner.trimStart().startsWith("@[")) {
    if (inner.trimStart().startsWith("@")) {
      items.push("#THIS ROW");
      parseGroups(inner.trimStart().slice(1));
    } else parseGroups(inner);
  } else add(inner);
  return { items, columns };
}

export function parseFormula(formula: string): FormulaNode {
  if (!formula.startsWith("=")) throw new FormulaSyntaxError(formula, 0, 'a formula starts with "="');
  const tokens = tokenize(formula, formula.slice(1));
  let index = 0;
  const peek = () => tokens[index];
  const next = () => tokens[index++];
  const fail = (what: string): never => {
    throw new FormulaSyntaxError(formula, peek().pos + 1, what);
  };
  const isOp = (value: string) => {
    const token = peek();
    return token.type === "op" && token.value === value;
  };
  const expectOp = (value: string) => {
    if (!isOp(value)) fail(`expected "${value}"`);
    index++;
  };

  const BINARY_PRECEDENCE: Record<string, number> = {
    "=": 1, "<>": 1, "<": 1, ">": 1, "<=": 1, ">=": 1,
    "&": 2,
    "+": 3, "-": 3,
    "*": 4, "/": 4,
    "^": 5,
  };

  function parseExpression(minPrecedence = 1): FormulaNode {
    let left = parseUnary();
    for (;;) {
      const token = peek();
      if (token.type !== "op") break;
      const precedence = BINARY_PRECEDENCE[token.value];
      if (precedence === undefined || precedence < minPrecedence) break;
      index++;
      const right = parseExpression(token.value === "^" ? precedence : precedence + 1);
      left = { kind: "binary", op: token.value as BinaryOperator, left, right };
    }
    return left;
  }

  function parseUnary(): FormulaNode {
    if (isOp("-") || isOp("+")) {
      const op = next().type === "op" ? (tokens[index - 1] as { value: string }).value : "+";
      // Excel binds negation tighter than ^ only for literals; keep it simple and tight.
      return { kind: "unary", op: op as "-" | "+", operand: parseUnary() };
    }
    let node = parsePrimary();
    while (isOp("%")) {
      index++;
      node = { kind: "unary", op: "%", operand: node };
    }
    return node;
  }

  function parseReference(sheet: string | null): FormulaNode {
    const token = next();
    if (token.type !== "word" || !CELL_PATTERN.test(token.value)) fail("expected a cell reference");
    const from = (token as { value: string }).value.replace(/\$/g, "").toUpperCase();
    let to: string | null = null;
    if (isOp(":")) {
      index++;
      const end = next();
      if (end.type === "sheet") {
        const after = next();
        if (after.type !== "word") fail("expected a cell reference");
        to = (after as { value: string }).value.replace(/\$/g, "").toUpperCase();
      } else if (end.type === "word" && CELL_PATTERN.test(end.value)) {
        to = end.value.replace(/\$/g, "").toUpperCase();
      } else fail("expected a cell reference after :");
    }
    return { kind: "ref", sheet, from, to };
  }

  function parsePrimary(): FormulaNode {
    const token = peek();
    switch (token.type) {
      case "number":
        index++;
        return { kind: "number", value: token.value };
      case "string":
        index++;
        return { kind: "string", value: token.value };
      case "error":
        index++;
        return { kind: "error", code: token.value };
      case "sheet":
        index++;
        return parseReference(token.value);
      case "word": {
        const after = tokens[index + 1];
        if (after.type === "bracket") {
          index += 2;
          const { items, columns } = parseStructuredBody(formula, after.value, after.pos);
          return { kind: "structured", table: token.value, items, columns };
        }
        if (after.type === "op" && after.value === "(") {
          index += 2;
          return { kind: "call", name: token.value.toUpperCase(), args: parseArguments() };
        }
        const upper = token.value.toUpperCase();
        if (upper === "TRUE" || upper === "FALSE") {
          index++;
          return { kind: "boolean", value: upper === "TRUE" };
        }
        if (CELL_PATTERN.test(token.value)) return parseReference(null);
        index++;
        return { kind: "name", name: token.value };
      }
      case "op":
        if (token.value === "(") {
          index++;
          const inner = parseExpression();
          expectOp(")");
          return inner;
        }
        if (token.value === "{") {
          index++;
          return parseArrayConstant();
        }
        return fail(`unexpected "${token.value}"`);
      default:
        return fail(token.type === "end" ? "the formula ends too early" : "unexpected text");
    }
  }

  function parseArguments(): (FormulaNode | null)[] {
    const args: (FormulaNode | null)[] = [];
    if (isOp(")")) {
      index++;
      return args;
    }
    for (;;) {
      if (isOp(",") || isOp(")")) args.push(null);
      else args.push(parseExpression());
      if (isOp(",")) {
        index++;
        continue;
      }
      expectOp(")");
      return args;
    }
  }

  function parseArrayConstant(): FormulaNode {
    const rows: FormulaNode[][] = [[]];
    for (;;) {
      const negative = isOp("-");
      if (negative) index++;
      const token = next();
      let element: FormulaNode;
      if (token.type === "number") element = { kind: "number", value: negative ? -token.value : token.value };
      else if (token.type === "string" && !negative) element = { kind: "string", value: token.value };
      else if (token.type === "word" && /^(TRUE|FALSE)$/i.test(token.value) && !negative)
        element = { kind: "boolean", value: token.value.toUpperCase() === "TRUE" };
      else if (token.type === "error" && !negative) element = { kind: "error", code: token.value };
      else return fail("an array constant holds only numbers, text, TRUE/FALSE or errors");
      rows[rows.length - 1].push(element);
      if (isOp(",")) {
        index++;
        continue;
      }
      if (isOp(";")) {
        index++;
        rows.push([]);
        continue;
      }
      expectOp("}");
      if (rows.some((row) => row.length !== rows[0].length)) fail("the rows of an array constant differ in length");
      return { kind: "array", rows };
    }
  }

  const root = parseExpression();
  if (peek().type !== "end") fail("unexpected text after the formula");
  return root;
}

/** Every function a formula calls, upper-case (COMMIT.COUNT, FILTER, ...). */
export function functionNames(node: FormulaNode): string[] {
  const names: string[] = [];
  const visit = (n: FormulaNode | null) => {
    if (!n) return;
    switch (n.kind) {
      case "call":
        names.push(n.name);
        n.args.forEach(visit);
        break;
      case "unary":
        visit(n.operand);
        break;
      case "binary":
        visit(n.left);
        visit(n.right);
        break;
      case "array":
        n.rows.forEach((row) => row.forEach(visit));
        break;
      default:
        break;
    }
  };
  visit(node);
  return names;
}

/** Every defined name and cell/range reference a formula reads. */
export function references(node: FormulaNode): { names: string[]; refs: { sheet: string | null; from: string; to: string | null }[]; tables: string[] } {
  const found = { names: [] as string[], refs: [] as { sheet: string | null; from: string; to: string | null }[], tables: [] as string[] };
  const visit = (n: FormulaNode | null) => {
    if (!n) return;
    switch (n.kind) {
      case "name":
        found.names.push(n.name);
        break;
      case "ref":
        found.refs.push({ sheet: n.sheet, from: n.from, to: n.to });
        break;
      case "structured":
        found.tables.push(n.table);
        break;
      case "call":
        n.args.forEach(visit);
        break;
      case "unary":
        visit(n.operand);
        break;
      case "binary":
        visit(n.left);
        visit(n.right);
        break;
      default:
        break;
    }
  };
  visit(node);
  return found;
}
