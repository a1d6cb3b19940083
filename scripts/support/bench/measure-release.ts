import path from 'node:path';
import type { BenchContext } from './bench-context.ts';
import { timeCommand } from './measure.ts';
import { compare, interleave, type Row } from './row.ts';

/**
 * `npm run release` against the sum of the separate commands that make the same files, each
 * started as a person would (build, the presentation PDF, the three handouts, the PowerPoint
 * file, the slide images).
 */
export async function measureRelease(context: BenchContext): Promise<Row[]> {
  const release: number[] = [];
  const separate: number[] = [];
  let round = 0;
  const separateCommands = (dist: string): string[][] => [
    context.npmScript('build', '--out', dist),
    context.npmScript('pdf', '--no-build', '--dist', dist),
    ...['1', '3', '6'].map((perPage) => context.npmScript('pdf', '--no-build', '--dist', dist, '--handout', '--per-page', perPage)),
    context.npmScript('pptx', '--out', path.join(dist, 'deck.pptx')),
    context.npmScript('png', '--dist', dist),
  ];
  await interleave(
    context.runs,
    [
      async () => {
        release.push(
          (await timeCommand(context.npmScript('release', '--out', path.join(context.work, `release-${round}`)), { env: context.env }))
            .wall,
        );
      },
      async () => {
        let sum = 0;
        for (const command of separateCommands(path.join(context.work, `separate-${round}`)))
          sum += (await timeCommand(command, { env: context.env })).wall;
        separate.push(sum);
      },
    ],
    () => {
      context.log(
        `release ${round + 1}/${context.runs}: ${release.at(-1)?.toFixed(1)} s, separate commands ${separate.at(-1)?.toFixed(1)} s`,
      );
      round++;
    },
  );
  return [
    compare({
      measure: '`npm run release` wall time',
      ours: release,
      baseline: separate,
      unit: 's',
      against: 'the 7 separate commands that make the same files, one after another',
      atMost: 1,
    }),
  ];
}
