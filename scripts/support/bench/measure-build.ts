import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { BenchContext } from './bench-context.ts';
import { timeCommand } from './measure.ts';
import { compare, interleave, type Row } from './row.ts';

/**
 * `npm run build` against a plain `vite build` of the same site: with the font cache as a second
 * build finds it, and with no cut fonts in it, so that the cutting is paid in full.
 */
export async function measureBuild(context: BenchContext): Promise<Row[]> {
  const warm: number[] = [];
  const cold: number[] = [];
  const plain: number[] = [];
  const coldCache = path.join(context.work, 'cold-cache');
  const coldEnv = { ...context.env, DECK_CACHE_DIR: coldCache };
  // Once unmeasured, so that this cache holds the social preview image, as the project's does.
  await timeCommand(context.npmScript('build', '--out', path.join(context.work, 'build-cold')), { env: coldEnv });
  await interleave(
    context.runs,
    [
      async () => {
        warm.push(
          (await timeCommand(context.npmScript('build', '--out', path.join(context.work, 'build-warm')), { env: context.env })).wall,
        );
      },
      async () => {
        await rm(path.join(coldCache, 'fonts'), { recursive: true, force: true });
        cold.push((await timeCommand(context.npmScript('build', '--out', path.join(context.work, 'build-cold')), { env: coldEnv })).wall);
      },
      async () => {
        const outDir = path.join(context.work, 'build-plain');
        const command = ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'silent'];
        plain.push((await timeCommand(command, { env: context.env })).wall);
      },
    ],
    (round) =>
      context.log(
        `build ${round + 1}/${context.runs}: ours ${warm.at(-1)?.toFixed(2)} s, with no font cache ${cold.at(-1)?.toFixed(2)} s, plain vite build ${plain.at(-1)?.toFixed(2)} s`,
      ),
  );
  const against = 'plain `vite build` of the same site';
  return [
    compare({ measure: '`npm run build` wall time', ours: warm, baseline: plain, unit: 's', against, atMost: 2 }),
    compare({ measure: '`npm run build`, fonts cut anew (empty cache)', ours: cold, baseline: plain, unit: 's', against, atMost: 2 }),
  ];
}
