import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { Problem } from './problem.ts';

export interface YamlSource {
  file: string;
  text: string;
  /** The file line just before the YAML's first line. */
  lineOffset: number;
  /** Prefix for field names in problems, such as "chart". */
  fieldPrefix?: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Parses YAML and validates it, locating every problem at its own line. */
export function parseYaml<Schema extends z.ZodType>(source: YamlSource, schema: Schema): Parsed<z.output<Schema>> {
  const lineCounter = new LineCounter();
  const document = parseDocument(source.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number): number => source.lineOffset + lineCounter.linePos(offset).line;

  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => ({
        file: source.file,
        line: lineAt(error.pos[0]),
        field: source.fieldPrefix,
        message: `invalid YAML: ${firstLine(error.message)}`,
      })),
    };
  }

  const result = schema.safeParse(document.toJS() ?? {}, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };

  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      file: source.file,
      line: lineAt(offsetOfPath(document, issue.path)),
      field: formatField(source.fieldPrefix, issue.path),
      message: describeIssue(issue),
    })),
  };
}

function offsetOfPath(document: ReturnType<typeof parseDocument>, path: readonly PropertyKey[]): number {
  // A missing key has no node of its own: point at the closest parent that exists.
  for (let length = path.length; length >= 0; length--) {
    const node = document.getIn(path.slice(0, length) as unknown[], true);
    if (isNode(node) && node.range) return node.range[0];
    const pair = length > 0 ? findKeyNode(document, path.slice(0, length)) : undefined;
    if (pair !== undefined) return pair;
  }
  return 0;
}

function findKeyNode(document: ReturnType<typeof parseDocument>, path: readonly PropertyKey[]): number | undefined {
  const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1) as unknown[], true);
  if (!parent || typeof parent !== 'object' || !('items' in parent) || !Array.isArray(parent.items)) return undefined;
  for (const item of parent.items as unknown[]) {
    if (item && typeof item === 'object' && 'key' in item) {
      const key = (item as { key: unknown }).key;
      if (isNode(key) && String(key.toJSON()) === String(path.at(-1)) && key.range) return key.range[0];
    }
  }
  return undefined;
}

export function formatField(prefix: string | undefined, path: readonly PropertyKey[]): string | undefined {
  let field = prefix ?? '';
  for (const segment of path) {
    if (typeof segment === 'number') field += `[${segment}]`;
    else field += field ? `.${String(segment)}` : String(segment);
  }
  return field || undefined;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return `is required (expected ${article(issue.expected)})`;
      const hint =
        issue.expected === 'number' && typeof issue.input === 'string' && /^\d+,\d+$/.test(issue.input)
          ? ' (write decimals with a dot, such as 1.5; the deck shows them as 1,5)'
          : '';
      return `expected ${article(issue.expected)}, got ${describeValue(issue.input)}${hint}`;
    }
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, got ${describeValue(issue.input)}`;
    default:
      return issue.message;
  }
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
