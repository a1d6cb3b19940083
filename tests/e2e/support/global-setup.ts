import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { launchBrowser } from '../../../src/browser/chromium.ts';
import { fixtureDecks } from '../../helpers/fixture-decks.ts';
import { type FixtureBuild, fixtureBuilds, withoutOgImage } from './fixture-builds.ts';
import { commandLine } from './processes.ts';

const run = promisify(execFile);

declare module 'vitest' {
  export interface ProvidedContext {
    /** The one browser of the run: each test file connects to it (tests/e2e/support/shared-browser.ts). */
    browserWSEndpoint: string;
  }
}

/** Builds a fixture deck with the project's own build command, as a user would. */
async function buildFixture(name: FixtureBuild): Promise<void> {
  const args = ['--slides', fixtureDecks[name], '--out', fixtureBuilds[name], ...(withoutOgImage.has(name) ? ['--no-og-image'] : [])];
  try {
    await run(process.execPath, commandLine('src/cli/build.ts', args), { env: { ...process.env, CI: '1' } });
  } catch (error) {
    const { stderr } = error as { stderr?: string };
    throw new Error(`could not build the fixture deck "${name}": ${stderr?.trim() || String(error)}`, { cause: error });
  }
}

/**
 * Once for the whole end-to-end run: starts the one browser every test file shares and, at the
 * same time, builds each fixture deck the tests open. Test files start no browser of their own;
 * only the exporters under test (PDF, PNG, the build's preview image) start theirs.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Shared over a WebSocket port: the test files run in other processes.
  const launching = launchBrowser({ shared: true });
  // Handled below, after the builds; this only keeps an early failure from counting as unhandled.
  launching.catch(() => {});
  try {
    await Promise.all((Object.keys(fixtureBuilds) as FixtureBuild[]).map(buildFixture));
  } catch (error) {
    await launching.then(
      (browser) => browser.close(),
      () => {},
    );
    throw error;
  }
  const browser = await launching;
  project.provide('browserWSEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
  };
}
