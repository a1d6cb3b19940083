import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { outputRules } from '../../../src/base/claim-output.ts';
import { replaceDirectory } from '../../../src/base/replace-directory.ts';

/**
 * A command that replaces the site folder given as its argument, as a build does, and holds it in
 * the middle of the swap (after reading what to keep, before the new folder goes in) until its
 * stdin ends. It prints "holding" when it is there, and "replaced" when it is done.
 */
const [target] = process.argv.slice(2);
if (!target) throw new Error('usage: replace-slowly.ts FOLDER');
const finished = path.join(path.dirname(path.resolve(target)), `.${path.basename(target)}-tmp-${process.pid}`);
await cp(target, finished, { recursive: true });
try {
  await replaceDirectory(finished, target, {
    kind: 'site',
    rules: outputRules({ contentDir: 'slides' }),
    beforeSwap: async () => {
      process.stdout.write('holding\n');
      await new Promise<void>((resolve) => {
        process.stdin.once('end', resolve);
        process.stdin.resume();
      });
    },
  });
  process.stdout.write('replaced\n');
} finally {
  await rm(finished, { recursive: true, force: true });
}
