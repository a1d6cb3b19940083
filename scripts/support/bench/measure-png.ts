import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type BenchContext, countSlides } from './bench-context.ts';
import { summarise, timeCommand } from './measure.ts';
import { compare, type Row } from './row.ts';

/** `npm run png` of the deck repeated to at least 160 slides, against the deck as it is: memory stays flat, time linear. */
export async function measurePng(context: BenchContext): Promise<Row[]> {
  const small = await pngRun(context, 1);
  const large = await pngRun(context, Math.ceil(160 / small.slides));
  context.log(
    `png: ${small.slides} slides ${summarise(small.wall).median.toFixed(1)} s, ${large.slides} slides ${summarise(large.wall).median.toFixed(1)} s`,
  );
  const mebibytes = (bytes: readonly number[]): number[] => bytes.map((value) => value / 2 ** 20);
  const perSlide = (run: PngRun): number[] => run.wall.map((seconds) => seconds / run.slides);
  const against = `the same at ${small.slides} slides`;
  return [
    compare({
      measure: `\`npm run png\` peak memory, ${large.slides} slides`,
      ours: mebibytes(large.rss),
      baseline: mebibytes(small.rss),
      unit: 'MiB',
      against,
      atMost: 1.3,
    }),
    compare({
      measure: `\`npm run png\` time per slide, ${large.slides} slides`,
      ours: perSlide(large),
      baseline: perSlide(small),
      unit: 's',
      against: `linear: ${against}`,
      atMost: 1.3,
    }),
  ];
}

interface PngRun {
  slides: number;
  wall: number[];
  rss: number[];
}

/** Builds slides/ repeated `copies` times and times `npm run png` on it twice, with the process tree's peak memory. */
async function pngRun(context: BenchContext, copies: number): Promise<PngRun> {
  const slidesDir = path.join(context.work, `slides-x${copies}`);
  await cp('slides', slidesDir, { recursive: true });
  const index = await readFile(path.join(slidesDir, 'deck.yaml'), 'utf8');
  const sections = [...index.matchAll(/^\s+- (\S+\.md)\s*$/gm)].map((match) => match[1] as string);
  const listed: string[] = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const file of sections) {
      const name = copy === 0 ? file : `${String(copy).padStart(2, '0')}-${file}`;
      if (copy > 0) await cp(path.join(slidesDir, file), path.join(slidesDir, name));
      listed.push(name);
    }
  }
  // A contents slide lists the sections after it: repeated, it would list them all and not fit its page.
  for (const file of listed) {
    const text = await readFile(path.join(slidesDir, file), 'utf8');
    await writeFile(path.join(slidesDir, file), text.replace(/^```contents\n```$/m, 'Các phần của bài.'));
  }
  const sectionsBlock = `sections:\n${listed.map((file) => `  - ${file}`).join('\n')}\n`;
  await writeFile(path.join(slidesDir, 'deck.yaml'), index.replace(/^sections:\n(?:\s+- .+\n?)+/m, sectionsBlock));
  const distDir = path.join(context.work, `dist-x${copies}`);
  await timeCommand(context.npmScript('build', '--slides', slidesDir, '--out', distDir, '--no-og-image'), { env: context.env });
  const slides = await countSlides(distDir);
  const wall: number[] = [];
  const rss: number[] = [];
  for (let round = 0; round < 2; round++) {
    const out = path.join(context.work, `png-x${copies}`);
    const timing = await timeCommand(context.npmScript('png', '--dist', distDir, '--out', out), { env: context.env, sampleMs: 100 });
    wall.push(timing.wall);
    rss.push(timing.peakRss);
  }
  return { slides, wall, rss };
}
