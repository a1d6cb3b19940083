import { isIP } from 'node:net';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { baseMessage, type OptionUnit } from './base-messages.ts';
import { DeckError } from './errors.ts';
import { type Message, say } from './message.ts';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;
type Values<T extends OptionsConfig> = ReturnType<typeof parseArgs<{ options: T }>>['values'];

/**
 * Parses a command's options, or prints its usage for --help (then returns undefined).
 * An unknown or malformed option, or a stray argument, is a usage error that shows the usage.
 */
export function parseCliOptions<const T extends OptionsConfig & { help: { type: 'boolean' } }>(
  options: T,
  usage: Message,
  args: readonly string[] = process.argv.slice(2),
): Values<T> | undefined {
  let values: Values<T>;
  try {
    values = parseArgs({ options, args: [...args] }).values;
  } catch (error) {
    throw new DeckError('usage', optionProblem(error), { usage });
  }
  if ((values as { help?: boolean }).help) {
    process.stdout.write(`${say(usage)}\n`);
    return undefined;
  }
  return values;
}

/** Node's parser words its errors in English: each kind is told in the command's words, naming the option. */
function optionProblem(error: unknown): Message {
  const code = (error as NodeJS.ErrnoException).code;
  const text = error instanceof Error ? error.message : String(error);
  const named = /'([^']+)'/.exec(text)?.[1] ?? '';
  const option = named.split(' ')[0] ?? named;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return baseMessage('unknownOption', { option });
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return baseMessage('unexpectedArgument', { argument: named });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /does not take an argument/.test(text)
      ? baseMessage('optionTakesNoValue', { option })
      : baseMessage('optionNeedsValue', { option });
  }
  return baseMessage('badOption', { detail: text });
}

/** The longest delay Node's timers accept, in milliseconds (about 24.8 days). */
export const maxTimerMs = 2_147_483_647;

export interface IntegerOptionRange {
  min: number;
  max: number;
  /** What the number counts, said after it in the message. */
  unit?: OptionUnit;
}

/** A whole-number option such as --timeout or --runs, within its range; anything else is a usage error. */
export function parseIntegerOption(name: string, text: string, range: IntegerOptionRange, usage: Message): number {
  const value = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isSafeInteger(value) && value >= range.min && value <= range.max) return value;
  throw new DeckError('usage', baseMessage('integerOption', { name, min: range.min, max: range.max, unit: range.unit, got: text }), {
    usage,
  });
}

/** --timeout MS: a bound on each wait, from 1 ms to the longest timer Node allows. */
export function parseTimeoutOption(text: string, usage: Message): number {
  return parseIntegerOption('timeout', text, { min: 1, max: maxTimerMs, unit: 'milliseconds' }, usage);
}

/** A port to listen on: 0 to 65535, written in digits (not "1e3", not empty); anything else is a usage error. */
export function parsePortOption(name: string, text: string, usage: Message): number {
  const value = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
  if (value >= 0 && value <= 65_535) return value;
  throw new DeckError('usage', baseMessage('portOption', { name, got: text }), { usage });
}

/** An address to listen on: an IPv4 or IPv6 address, or a host name such as localhost. */
export function parseHostOption(name: string, text: string, usage: Message): string {
  if (isIP(text) !== 0 || /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/i.test(text)) return text;
  throw new DeckError('usage', baseMessage('hostOption', { name, got: text }), { usage });
}

/** A file or folder option: not empty, not only spaces, no NUL character. */
export function parsePathOption(name: string, text: string, usage: Message): string {
  if (text.trim() !== '' && !text.includes('\0')) return text;
  throw new DeckError('usage', baseMessage('pathOption', { name, got: text }), { usage });
}
