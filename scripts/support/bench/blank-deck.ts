import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';

/**
 * The baseline for the first screen: a reveal.js 6 deck with the same number of slides and
 * nothing else (its own theme CSS, no fonts, no charts), built by the same Vite. It signals
 * readiness the way ours does (`data-deck-ready` on <html>), on reveal.js's `ready` in the
 * screen view and `pdf-ready` in the print view.
 */
export async function buildBlankDeck(workDir: string, slideCount: number): Promise<string> {
  // Its source sits in the project, so that its imports resolve from the project's node_modules.
  const root = path.resolve('node_modules/.cache', `bench-blank-${process.pid}`);
  const outDir = path.join(workDir, 'blank-dist');
  await mkdir(root, { recursive: true });
  const sections = Array.from({ length: slideCount }, (_, index) => `<section><h2>Slide ${index + 1}</h2><p>Text</p></section>`).join('\n');
  await writeFile(
    path.join(root, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Blank</title></head>
<body><div class="reveal"><div class="slides">${sections}</div></div><script type="module" src="./main.js"></script></body></html>`,
  );
  await writeFile(
    path.join(root, 'main.js'),
    `import Reveal from 'reveal.js';
import 'reveal.js/reveal.css';
import 'reveal.js/theme/serif.css';
const printing = new URLSearchParams(location.search).has('print-pdf');
const deck = new Reveal({ hash: true, width: 1280, height: 720 });
if (printing) deck.on('pdf-ready', () => { document.documentElement.dataset.deckReady = 'print'; });
deck.initialize().then(() => { if (!printing) document.documentElement.dataset.deckReady = 'screen'; });
`,
  );
  try {
    await build({
      configFile: false,
      root,
      base: './',
      logLevel: 'silent',
      resolve: { alias: {} },
      build: { outDir, emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
    });
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  return outDir;
}
