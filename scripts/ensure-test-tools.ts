/**
 * Runs before `npm test`: the browser tests need Chrome or Chromium, and the PDF tests need
 * poppler. On a fresh Debian machine, as root, this installs them with apt-get; elsewhere it
 * stops with one line that says what to install.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { plainText } from '../src/base/base-messages.ts';
import { DeckError } from '../src/base/errors.ts';
import { parseCliOptions } from '../src/base/parse-cli-options.ts';
import { runCli } from '../src/base/run-cli.ts';
import { findBrowser } from '../src/browser/find-browser.ts';
import { commandLocale } from '../src/model/command-words.ts';

const usage = plainText(`Usage: node --import tsx scripts/ensure-test-tools.ts

Runs before npm test: checks for Chrome or Chromium and poppler-utils, and installs what is
missing with apt-get when run as root on Debian or Ubuntu.
  --help   show this help`);

const browserInstallHint =
  'install Chromium (Debian/Ubuntu: sudo apt-get install -y chromium) or set PUPPETEER_EXECUTABLE_PATH to a Chrome or Chromium binary';

function hasBrowser(): boolean {
  try {
    findBrowser();
    return true;
  } catch (error) {
    if (error instanceof DeckError) return false;
    throw error;
  }
}

function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

await runCli(commandLocale().say, async () => {
  if (!parseCliOptions({ help: { type: 'boolean', default: false } }, usage)) return;
  const missing: string[] = [];
  if (!hasBrowser()) missing.push('chromium');
  if (!hasCommand('pdftotext') || !hasCommand('pdftoppm')) missing.push('poppler-utils');
  if (missing.length === 0) return;

  const canInstall = process.getuid?.() === 0 && hasCommand('apt-get');
  if (!canInstall) {
    const browserHint = missing.includes('chromium') ? `; for the browser: ${browserInstallHint}` : '';
    throw new DeckError(
      'noBrowser',
      plainText(
        `the tests need ${missing.join(' and ')}: install them (Debian/Ubuntu: sudo apt-get install -y ${missing.join(' ')})${browserHint}`,
      ),
    );
  }
  process.stderr.write(`Installing ${missing.join(' and ')} with apt-get for the browser and PDF tests…\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
});
