import path from 'node:path';
import QRCode from 'qrcode';
import { baseMessage } from '../base/base-messages.ts';
import { defaults } from '../base/defaults.ts';
import { writeFailure } from '../base/describe-write-error.ts';
import { say } from '../base/message.ts';
import { parseCliOptions, parseHostOption, parsePathOption, parsePortOption } from '../base/parse-cli-options.ts';
import { createProgress } from '../base/progress.ts';
import { registerCleanup, setStopMessage } from '../base/register-cleanup.ts';
import { runCli } from '../base/run-cli.ts';
import { findBrowserExecutable } from '../browser/chromium.ts';
import { readBuiltDeck } from '../content/read-built-deck.ts';
import { ogImageFile } from '../html/render-head.ts';
import { commandMessage } from '../model/command-messages.ts';
import { commandLocale, usageValues } from '../model/command-words.ts';
import { deckSteps } from '../model/slide-steps.ts';
import { fillIn } from '../model/speaker-strings.ts';
import { distFreshness } from '../present/dist-freshness.ts';
import { createPresentToken } from '../present/present-token.ts';
import { presenterHints } from '../present/presenter-hints.ts';
import { createStatusLine, formatRefusals } from '../present/refusals.ts';
import { TalkMemory, talkMemoryFile, talkStateDir } from '../present/talk-memory.ts';

const usage = commandMessage('usagePresent', usageValues);

await runCli(commandLocale().say, async () => {
  const values = parseCliOptions(
    {
      port: { type: 'string', default: String(defaults.port) },
      host: { type: 'string', default: defaults.host },
      'no-build': { type: 'boolean', default: false },
      'new-token': { type: 'boolean', default: false },
      slides: { type: 'string', default: defaults.contentDir },
      dist: { type: 'string', default: defaults.buildDir },
      help: { type: 'boolean', default: false },
    },
    usage,
  );
  if (!values) return;
  const port = parsePortOption('port', values.port, usage);
  const host = parseHostOption('host', values.host, usage);
  const distDir = parsePathOption('dist', values.dist, usage);
  const slidesDir = parsePathOption('slides', values.slides, usage);
  const progress = createProgress();

  if (!values['no-build']) {
    const freshness = await distFreshness({
      distDir,
      slidesDir,
      codePaths: ['src', 'index.html', 'package-lock.json'],
    });
    if (!freshness.fresh) {
      process.stderr.write(
        `${say(baseMessage('stepLine', { step: commandMessage('stepBuildingBecause', { reason: freshness.reason }) }))}\n`,
      );
      const { buildSite } = await import('../site/build-site.ts');
      await buildSite({ root: process.cwd(), slidesDir, outDir: distDir, progress, ogImage: hasBrowser(distDir) });
    }
  }

  const { deck, locale } = await readBuiltDeck(distDir);
  const words = locale.speaker;
  const { startPresentServer } = await import('../present/present-server.ts');
  // A restart on the same port resumes the talk, its key included (src/present/talk-memory.ts); port 0 is a new talk each time.
  const status = createStatusLine(process.stderr);
  const memory =
    port === 0
      ? undefined
      : new TalkMemory({
          file: talkMemoryFile(talkStateDir(), port, distDir),
          onError: (error) => {
            status.end();
            process.stderr.write(
              `! ${fillIn(words.notSaved, say(baseMessage('cantWrite', { target: talkStateDir(), ...writeFailure(error) })))}\n`,
            );
          },
        });
  const recalled = await memory?.recall();
  const token = (!values['new-token'] && recalled?.token) || createPresentToken();
  const server = await startPresentServer({
    distDir,
    host,
    port,
    token,
    hints: await presenterHints(slidesDir, deck),
    resume: recalled?.talk,
    onRefused: (_kind, counts) =>
      status.show(
        formatRefusals(counts, words),
        Object.values(counts).reduce((sum, count) => sum + count, 0),
      ),
    onChange: (talk) => memory?.save({ token, talk }),
  });
  memory?.save({ token, talk: server.hub.snapshot() });
  memory?.keepAlive();

  const { addresses } = server;
  const qr = await QRCode.toString(addresses.remote, { type: 'terminal', small: true });
  process.stdout.write(
    [
      '',
      fillIn(words.presentHeading, deck.meta.shortTitle ?? deck.meta.title),
      '',
      `  ${words.consoleRole}`,
      `    ${addresses.console}`,
      `  ${words.remoteRole}`,
      `    ${addresses.remote}`,
      `  ${words.audienceRole}`,
      `    ${addresses.audience}`,
      ...(server.reachableFromRoom ? [] : ['', words.noLanAddress]),
      ...(recalled ? ['', fillIn(words.resumed, server.hub.state().position.h + 1, deckSteps(deck).length)] : []),
      ...(recalled && token === recalled.token ? [words.keptKey] : recalled ? [words.newKey] : []),
      '',
      words.scanInTerminal,
      qr,
      words.stopHint,
      '',
    ].join('\n'),
  );

  // Runs until Ctrl-C (or SIGTERM, SIGHUP): the stop handler closes every socket, says so and exits 130.
  registerCleanup(async () => {
    await server.close();
    memory?.close();
    status.end();
    process.stdout.write(`${words.stopped}\n`);
  });
  setStopMessage(() => undefined);
  await new Promise<never>(() => {});
});

/** The build draws og-image.png with a browser; without one, `present` still builds the deck. */
function hasBrowser(distDir: string): boolean {
  try {
    findBrowserExecutable();
    return true;
  } catch {
    const step = commandMessage('buildingWithoutOgImage', { file: path.join(distDir, ogImageFile) });
    process.stderr.write(`${say(baseMessage('stepLine', { step }))}\n`);
    return false;
  }
}
