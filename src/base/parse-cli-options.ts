import { type ParseArgsConfig, parseArgs } from 'node:util';
import { DeckError } from './errors.ts';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;
type Values<T extends OptionsConfig> = ReturnType<typeof parseArgs<{ options: T }>>['values'];

/**
 * Parses a command's options, or prints its usage for --help (then returns undefined).
 * An unknown or malformed option, or a stray argument, is a usage error that shows the usage.
 */
export function parseCliOptions<const T extends OptionsConfig & { help: { type: 'boolean' } }>(
  options: T,
  usage: string,
  args: readonly string[] = process.argv.slice(2),
): Values<T> | undefined {
  let values: Values<T>;
  try {
    values = parseArgs({ options, args: [...args] }).values;
  } catch (error) {
    throw new DeckError('usage', `${(error as Error).message}\n${usage}`);
  }
  if ((values as { help?: boolean }).help) {
    process.stdout.write(`${usage}\n`);
    return undefined;
  }
  return values;
}

/** The longest delay Node's timers accept, in milliseconds (about 24.8 days). */
export const maxTimerMs = 2_147_483_647;

export interface IntegerOptionRange {
  min: number;
  max: number;
  /** Shown after the number in the message, such as "milliseconds". */
  unit?: string;
}

/** A whole-number option such as --timeout or --runs, within its range; anything else is a usage error. */
export function parseIntegerOption(name: string, text: string, range: IntegerOptionRange, usage: string): number {
  const value = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isSafeInteger(value) && value >= range.min && value <= range.max) return value;
  const unit = range.unit ? ` of ${range.unit}` : '';
  throw new DeckError('usage', `--${name} must be a whole number${unit} from ${range.min} to ${range.max}, got "${text}"\n${usage}`);
}

/** --timeout MS: a bound on each wait, from 1 ms to the longest timer Node allows. */
export function parseTimeoutOption(text: string, usage: string): number {
  return parseIntegerOption('timeout', text, { min: 1, max: maxTimerMs, unit: 'milliseconds' }, usage);
}

/** --port N: a TCP port, where 0 asks the system for a free one. */
export function parsePortOption(text: string, usage: string): number {
  return parseIntegerOption('port', text, { min: 0, max: 65_535 }, usage);
}
