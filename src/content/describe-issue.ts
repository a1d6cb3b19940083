import type { z } from 'zod';
import type { Message } from '../base/message.ts';
import { contentMessage, type RuleParams, type SchemaRule, type ShownValue, type TypeHint } from '../model/content-messages.ts';
import { AmbiguousDecimal } from './ambiguous-decimal.ts';

/** The rules the content schemas name in their messages (see schema.ts): each is worded by the Locale. */
const schemaRules: ReadonlySet<string> = new Set<SchemaRule>([
  'empty',
  'tooLong',
  'needsQuote',
  'derivedNeedsExplanation',
  'measureMissing',
  'needsItem',
  'doughnutTwoItems',
  'fileNameFolder',
  'fileNameHidden',
  'fileNameInvisible',
  'sectionNotMarkdown',
  'topicIdForm',
  'tooManyKeywords',
  'needsSection',
  'unsupportedLanguage',
  'negative',
  'tooBig',
  'yearDigits',
  'yearWhole',
  'duration',
  'timingUnknownSection',
  'timingSum',
]);

const isSchemaRule = (message: string): message is SchemaRule => schemaRules.has(message);

/** A schema issue said for an editor, not a programmer, with the value that was read. */
export function describeIssue(issue: z.core.$ZodIssue): Message {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return contentMessage('required', { expected: [issue.expected] });
      if (issue.input instanceof AmbiguousDecimal && issue.expected === 'number') return describeAmbiguous(issue.input);
      const hint = hintFor(issue.expected, issue.input);
      return contentMessage('wrongType', { expected: issue.expected, got: describeValue(issue.input), ...(hint ? { hint } : {}) });
    }
    case 'unrecognized_keys':
      return contentMessage('unknownFields', { keys: issue.keys });
    case 'invalid_value':
      return contentMessage('notOneOf', { values: issue.values.map((value) => String(value)), got: describeValue(issue.input) });
    case 'invalid_union': {
      if (issue.input === undefined) {
        const expected = issue.errors.flatMap((issues) =>
          issues.flatMap((first) => (first.code === 'invalid_type' ? [first.expected] : [])),
        );
        return contentMessage('required', { expected: [...new Set(expected)] });
      }
      // The alternative closest to what was written says best what is wrong with it.
      const closest = issue.errors
        .map((issues) => issues[0])
        .find((first) => first && !(first.code === 'invalid_type' && first.path.length === 0));
      if (closest) return describeIssue({ ...closest, input: closest.input ?? issue.input } as z.core.$ZodIssue);
      return contentMessage('notAcceptedForm', { got: describeValue(issue.input) });
    }
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
    case 'custom': {
      if (!isSchemaRule(issue.message)) return contentMessage('otherRule', { detail: issue.message });
      const params: RuleParams = {
        ...(issue.code === 'custom' ? ((issue.params ?? {}) as RuleParams) : {}),
        ...(issue.code === 'too_big' ? { max: Number(issue.maximum) } : {}),
        ...(shownInput(issue.input, issue.code === 'too_small' || issue.code === 'too_big' ? issue.origin : undefined) ?? {}),
      };
      return contentMessage(issue.message, params);
    }
    default:
      return contentMessage('otherRule', { detail: issue.message });
  }
}

/** The value as it was read, to show before any advice; none for a list, fields or an empty text. */
function shownInput(input: unknown, origin?: string): { got: ShownValue } | undefined {
  if (input === undefined || input === '' || origin === 'array' || Array.isArray(input) || (typeof input === 'object' && input !== null)) {
    return undefined;
  }
  return { got: describeValue(input) };
}

function describeAmbiguous(value: AmbiguousDecimal): Message {
  return contentMessage('ambiguousDecimal', {
    written: value.source,
    decimal: String(value.asDecimal),
    thousands: String(value.asThousands),
  });
}

function hintFor(expected: string, input: unknown): TypeHint | undefined {
  if (expected === 'number' && typeof input === 'string') {
    const text = input.trim();
    if (/^\d+,\d{3}$/.test(text)) {
      // "1,500": a decimal comma (1.5) or a thousands comma (1500)?
      return { kind: 'commaAmbiguous', decimal: String(Number(text.replace(',', '.'))), thousands: text.replace(',', '') };
    }
    if (/^\d+,\d+$/.test(text)) return { kind: 'decimalComma' };
    if (/^\d{1,3}([., ]\d{3})+$/.test(text)) return { kind: 'separators', plain: text.replace(/[., ]/g, '') };
  }
  if (expected === 'string' && (typeof input === 'number' || typeof input === 'boolean' || input instanceof AmbiguousDecimal)) {
    const shown = describeValue(input);
    return { kind: 'quoteIt', text: shown.kind === 'plain' || shown.kind === 'text' ? shown.text : String(input) };
  }
  if (expected === 'object' && typeof input === 'string' && /\S:\S/.test(input)) return { kind: 'spaceAfterColon' };
  if (expected === 'array' && input !== null && typeof input === 'object' && Object.keys(input).some((key) => key.startsWith('-'))) {
    return { kind: 'spaceAfterDash' };
  }
  return undefined;
}

/** The longest text shown whole in a problem; a longer one is cut, with its length, so a pasted file is not printed back. */
const longestQuoted = 60;

export function describeValue(value: unknown): ShownValue {
  if (value === null) return { kind: 'nothing' };
  if (value instanceof AmbiguousDecimal) return { kind: 'plain', text: value.source };
  if (typeof value === 'string') {
    const letters = [...value];
    if (letters.length <= longestQuoted) return { kind: 'text', text: value };
    return { kind: 'text', text: `${letters.slice(0, longestQuoted - 20).join('')}…`, length: letters.length };
  }
  if (Array.isArray(value)) return { kind: 'list' };
  if (typeof value === 'object') return { kind: 'fields' };
  return { kind: 'plain', text: String(value) };
}
