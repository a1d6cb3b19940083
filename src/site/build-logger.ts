import { createLogger, type Logger } from 'vite';

/**
 * Vite's logger for the build's own runs: warnings as usual, but not Vite's "Build failed" lines,
 * because the command reports the failure itself, once, in its own words (see runCli).
 */
export function buildLogger(): Logger {
  const logger = createLogger('warn');
  return { ...logger, error: () => {} };
}
