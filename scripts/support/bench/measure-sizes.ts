import { stat } from 'node:fs/promises';
import path from 'node:path';
import { offlineFile } from '../../../src/site/build-site.ts';
import { measureSite, total } from '../../../src/site/measure-size.ts';
import { compare, type Row } from './row.ts';

/**
 * The font bytes a visit fetches and the size of offline.html, against the same build with the
 * whole fonts (made in the same run). offline.html must shrink by at least the bytes the fonts lost.
 */
export async function measureSizes(distDir: string, wholeFontsDir: string): Promise<Row[]> {
  const fonts = total((await measureSite(distDir)).fonts).raw / 1024;
  const wholeFonts = total((await measureSite(wholeFontsDir)).fonts).raw / 1024;
  const offline = (await stat(path.join(distDir, offlineFile))).size / 1024;
  const wholeOffline = (await stat(path.join(wholeFontsDir, offlineFile))).size / 1024;
  const saved = wholeFonts - fonts;
  const offlineRow = compare({
    measure: `${offlineFile} size`,
    ours: [offline],
    baseline: [wholeOffline],
    unit: 'KB',
    against: 'the same build with the whole fonts',
  });
  return [
    compare({
      measure: 'font bytes a visit fetches (every weight, both subsets)',
      ours: [fonts],
      baseline: [wholeFonts],
      unit: 'KB',
      against: 'the whole fonts',
      atMost: 0.5,
    }),
    {
      ...offlineRow,
      goal: `the same build with the whole fonts; smaller by at least the ${saved.toFixed(0)} KB the fonts lost (it lost ${(wholeOffline - offline).toFixed(0)} KB)`,
      met: wholeOffline - offline >= saved,
    },
  ];
}
