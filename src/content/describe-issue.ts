import type { z } from 'zod';
import { AmbiguousDecimal } from './ambiguous-decimal.ts';

/** A schema issue said for an editor, not a programmer, with the value that was read. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return `is required (expected ${expectedName(issue.expected)})`;
      if (issue.input instanceof AmbiguousDecimal && issue.expected === 'number') return describeAmbiguous(issue.input);
      return `expected ${expectedName(issue.expected)}, got ${describeValue(issue.input)}${hintFor(issue.expected, issue.input)}`;
    }
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, got ${describeValue(issue.input)}`;
    case 'invalid_union': {
      if (issue.input === undefined) {
        const expected = issue.errors.flatMap((issues) =>
          issues.flatMap((first) => (first.code === 'invalid_type' ? [expectedName(first.expected)] : [])),
        );
        return `is required (expected ${[...new Set(expected)].join(' or ')})`;
      }
      // The alternative closest to what was written says best what is wrong with it.
      const closest = issue.errors
        .map((issues) => issues[0])
        .find((first) => first && !(first.code === 'invalid_type' && first.path.length === 0));
      if (closest) return describeIssue({ ...closest, input: closest.input ?? issue.input } as z.core.$ZodIssue);
      return `got ${describeValue(issue.input)}, which is not one of the accepted forms`;
    }
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
    case 'custom':
      return withValue(issue.message, issue.input, issue.code === 'too_small' || issue.code === 'too_big' ? issue.origin : undefined);
    default:
      return issue.message;
  }
}

/** "must be zero or more, got -5: the charts start at zero…": the value as it was read, before any advice. */
function withValue(message: string, input: unknown, origin?: string): string {
  // A list is told by its message, and an empty text needs no quoting.
  if (input === undefined || input === '' || origin === 'array' || Array.isArray(input) || (typeof input === 'object' && input !== null)) {
    return message;
  }
  const got = `, got ${describeValue(input)}`;
  const advice = message.indexOf(': ');
  return advice < 0 ? `${message}${got}` : `${message.slice(0, advice)}${got}${message.slice(advice)}`;
}

function describeAmbiguous(value: AmbiguousDecimal): string {
  const decimal = String(value.asDecimal);
  const thousands = String(value.asThousands);
  return `${value.source} could mean ${decimal} (a decimal) or ${thousands} (a dot between thousands): write ${thousands} if you mean ${thousands}, or "${value.source}" in quotes if you mean ${decimal}`;
}

const expectedNames: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ")',
  object: 'fields (lines of "name: value")',
};

function expectedName(expected: string): string {
  return expectedNames[expected] ?? `a ${expected}`;
}

function hintFor(expected: string, input: unknown): string {
  if (expected === 'number' && typeof input === 'string') {
    const text = input.trim();
    if (/^\d+,\d{3}$/.test(text)) {
      // "1,500": a decimal comma (1.5) or a thousands comma (1500)?
      const decimal = String(Number(text.replace(',', '.')));
      const thousands = text.replace(',', '');
      return ` (it could mean ${decimal} or ${thousands}: write ${decimal} for the decimal, with a dot, or ${thousands} without a separator)`;
    }
    if (/^\d+,\d+$/.test(text)) return ' (write decimals with a dot, such as 1.5; the deck shows them as 1,5)';
    if (/^\d{1,3}([., ]\d{3})+$/.test(text))
      return ` (write the number without separators, such as ${text.replace(/[., ]/g, '')}; the deck adds them)`;
  }
  if (expected === 'string' && (typeof input === 'number' || typeof input === 'boolean' || input instanceof AmbiguousDecimal)) {
    return ` (to use it as text, put it in quotes: "${describeValue(input)}")`;
  }
  if (expected === 'object' && typeof input === 'string' && /\S:\S/.test(input)) {
    return ' (put a space after each colon: "title: …")';
  }
  if (expected === 'array' && input !== null && typeof input === 'object' && Object.keys(input).some((key) => key.startsWith('-'))) {
    return ' (put a space after each "-")';
  }
  return '';
}

export function describeValue(value: unknown): string {
  if (value === null) return 'nothing';
  if (value instanceof AmbiguousDecimal) return value.source;
  if (typeof value === 'string') return quoteShort(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'fields';
  return String(value);
}

/** The longest text quoted whole in a problem; a longer one is cut, with its length, so a pasted file is not printed back. */
const longestQuoted = 60;

function quoteShort(text: string): string {
  const letters = [...text];
  if (letters.length <= longestQuoted) return JSON.stringify(text);
  return `${JSON.stringify(`${letters.slice(0, longestQuoted - 20).join('')}…`)} (${letters.length} characters)`;
}
