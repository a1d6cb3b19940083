import { type ParseArgsConfig, parseArgs } from 'node:util';
import { DeckError } from './errors.ts';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;
type Values<T extends OptionsConfig> = ReturnType<typeof parseArgs<{ options: T }>>['values'];

/**
 * Parses a command's options, or prints its usage for --help (then returns undefined).
 * An unknown or malformed option is a usage error that shows the usage.
 */
export function parseCliOptions<const T extends OptionsConfig & { help: { type: 'boolean' } }>(
  options: T,
  usage: string,
): Values<T> | undefined {
  let values: Values<T>;
  try {
    values = parseArgs({ options }).values;
  } catch (error) {
    throw new DeckError('usage', `${(error as Error).message}\n${usage}`);
  }
  if ((values as { help?: boolean }).help) {
    process.stdout.write(`${usage}\n`);
    return undefined;
  }
  return values;
}
