import { type Document, isAlias, isNode, isScalar, LineCounter, parseDocument, Scalar, visit } from 'yaml';
import type { z } from 'zod';
import type { Message } from '../base/message.ts';
import { contentMessage } from '../model/content-messages.ts';
import { AmbiguousDecimal, ambiguousDecimalPattern } from './ambiguous-decimal.ts';
import { describeIssue } from './describe-issue.ts';
import { explainYamlError } from './explain-yaml-error.ts';
import type { Problem } from './problem.ts';

export interface YamlSource {
  file: string;
  text: string;
  /** The file line just before the YAML's first line. */
  lineOffset: number;
  /** Prefix for field names in problems, such as "chart". */
  fieldPrefix?: string;
}

/** The file line of the value at a path, such as ["items", 1, "unit"] (or of its closest parent). */
export type LineOf = (path: readonly PropertyKey[]) => number;

export type Parsed<T> =
  | { ok: true; value: T; lineOf: LineOf }
  /** `partial` is what could be read despite the problems, for a caller that can go on with part of it. */
  | { ok: false; problems: Problem[]; partial?: unknown };

/** Parses YAML and validates it, locating every problem at its own line. */
export function parseYaml<Schema extends z.ZodType>(source: YamlSource, schema: Schema): Parsed<z.output<Schema>> {
  const lineCounter = new LineCounter();
  // logLevel "error": the library's own warnings would go to stderr; every problem is reported here instead.
  const document = parseDocument(source.text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  const lineAt = (offset: number): number => source.lineOffset + lineCounter.linePos(offset).line;
  const problemAt = (offset: number, message: Message): Problem => ({
    file: source.file,
    line: lineAt(offset),
    field: source.fieldPrefix,
    message,
  });

  const problems: Problem[] = [];
  const linesWithProblems = new Set<number>();
  const report = (offset: number, message: Message): void => {
    const problem = problemAt(offset, message);
    // One error often brings others on the same line; the first says what to do.
    if (!linesWithProblems.has(problem.line)) problems.push(problem);
    linesWithProblems.add(problem.line);
  };
  // After the first error the parser's guesses at the rest mislead more than they help: that one is reported.
  const [firstError] = document.errors;
  if (firstError) {
    const explained = explainYamlError(firstError, source.text);
    report(explained.offset, explained.message);
  }
  const references = yamlReferences(document);
  for (const reference of references) report(reference.offset, reference.message);
  if (problems.length > 0) {
    // References are never expanded (an alias bomb stays a few bytes): what they stand for is left out.
    visit(document, { Alias: () => new Scalar(null) });
    return { ok: false, problems, partial: document.toJS() };
  }

  markAmbiguousDecimals(document, source.text);
  const data: unknown = document.toJS() ?? {};
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { ok: true, value: result.data, lineOf: (path) => lineAt(offsetOfPath(document, path)) };

  // One problem per field: the first check it fails says what to do.
  const seen = new Set<string>();
  const issues = result.error.issues.filter((issue) => {
    const key = JSON.stringify(issue.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    ok: false,
    partial: data,
    problems: issues.map((issue) => ({
      file: source.file,
      line: lineAt(offsetOfPath(document, issue.path)),
      field: formatField(source.fieldPrefix, issue.path, data),
      message: describeIssue(issue),
    })),
  };
}

/**
 * Anchors (&name), aliases (*name) and tags (!name) are YAML for programmers. In a deck they are
 * almost always text that happens to start with &, * or !, such as `unit: *vụ*`; and an alias can
 * make a few lines expand into millions. Each is refused, with the way to write it as text.
 */
function yamlReferences(document: Document): { offset: number; message: Message }[] {
  const found: { offset: number; message: Message }[] = [];
  visit(document, {
    Node(_key, node) {
      const offset = node.range?.[0] ?? 0;
      if (isAlias(node)) {
        found.push({ offset, message: contentMessage('alias', { name: node.source }) });
        return;
      }
      if (node.anchor) found.push({ offset, message: contentMessage('anchor', { name: node.anchor }) });
      // The parser sets a node's tag only when the text gives one.
      if (node.tag) found.push({ offset, message: contentMessage('tag', { tag: shortTag(node.tag) }) });
    },
  });
  return found;
}

function shortTag(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}

/** Replaces each plain number written like `1.500` by an AmbiguousDecimal, for the schema to judge. */
function markAmbiguousDecimals(document: Document, text: string): void {
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value !== 'number' || node.type !== 'PLAIN' || !node.range) return;
      const written = text.slice(node.range[0], node.range[1]);
      if (ambiguousDecimalPattern.test(written)) node.value = new AmbiguousDecimal(written);
    },
  });
}

function offsetOfPath(document: Document, path: readonly PropertyKey[]): number {
  // A missing key has no node of its own: point at the closest parent that exists.
  for (let length = path.length; length >= 0; length--) {
    const node = document.getIn(path.slice(0, length) as unknown[], true);
    if (isNode(node) && node.range) return node.range[0];
    const pair = length > 0 ? findKeyNode(document, path.slice(0, length)) : undefined;
    if (pair !== undefined) return pair;
  }
  return 0;
}

function findKeyNode(document: Document, path: readonly PropertyKey[]): number | undefined {
  const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1) as unknown[], true);
  if (!parent || typeof parent !== 'object' || !('items' in parent) || !Array.isArray(parent.items)) return undefined;
  for (const item of parent.items as unknown[]) {
    if (item && typeof item === 'object' && 'key' in item) {
      const key = (item as { key: unknown }).key;
      if (isScalar(key) && String(key.value) === String(path.at(-1)) && key.range) return key.range[0];
    }
  }
  return undefined;
}

/**
 * A field as an editor finds it: list positions counted from 1, and the item named by its label
 * when it has one: `chart.items[2].value (Số đối tượng)`.
 */
export function formatField(prefix: string | undefined, path: readonly PropertyKey[], data?: unknown): string | undefined {
  let field = prefix ?? '';
  let name: string | undefined;
  let value = data;
  for (const segment of path) {
    value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[segment] : undefined;
    if (typeof segment === 'number') {
      field += `[${segment + 1}]`;
      const label = value !== null && typeof value === 'object' ? (value as { label?: unknown }).label : undefined;
      name = typeof label === 'string' && label.trim() ? label.trim() : undefined;
    } else {
      field += field ? `.${String(segment)}` : String(segment);
    }
  }
  if (!field) return undefined;
  return name ? `${field} (${name})` : field;
}
