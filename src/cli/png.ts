import path from 'node:path';
import { parseCliOptions } from '../base/parse-cli-options.ts';
import { createProgress } from '../base/progress.ts';
import { runCli } from '../base/run-cli.ts';
import { exportPng } from '../png/export-png.ts';

const usage = `Usage: npm run png [-- --dist DIR] [--out DIR]

Saves every slide of the built deck as a 1920×1080 PNG (01.png, 02.png…) and a contact sheet.
Run npm run build first.
  --dist DIR  the built site (default: dist)
  --out DIR   where the images go (default: DIST/png)
  --help      show this help`;

await runCli(async () => {
  const values = parseCliOptions(
    {
      dist: { type: 'string', default: 'dist' },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    usage,
  );
  if (!values) return;
  const progress = createProgress();
  const outDir = values.out ?? path.join(values.dist, 'png');
  const { files } = await exportPng({ distDir: values.dist, outDir, onStep: (message) => progress.step(message) });
  progress.done(`wrote ${files.length - 1} slides and the contact sheet to ${path.relative(process.cwd(), outDir) || outDir}/`);
  if (!values.out) {
    // The site's "Tải về" menu lists the images now beside it.
    const { refreshDownloads } = await import('../site/refresh-downloads.ts');
    await refreshDownloads(values.dist);
  }
});
