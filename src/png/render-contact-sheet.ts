import type { Browser } from 'puppeteer';

export interface ContactSheetOptions {
  columns?: number;
  thumbnailWidth?: number;
}

/** The slides as numbered thumbnails on one PNG, laid out and rendered by the same browser. */
export async function renderContactSheet(
  browser: Browser,
  images: readonly Uint8Array[],
  options: ContactSheetOptions = {},
): Promise<Uint8Array> {
  const columns = options.columns ?? 4;
  const width = options.thumbnailWidth ?? 480;
  const gap = 24;
  const cells = images
    .map(
      (image, index) =>
        `<figure><img src="data:image/png;base64,${Buffer.from(image).toString('base64')}" width="${width}" height="${Math.round((width * 9) / 16)}" alt=""><figcaption>${index + 1}</figcaption></figure>`,
    )
    .join('');
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>
    body { margin: 0; padding: ${gap}px; background: #e9e6df; font: 600 20px sans-serif; color: #1b2430; }
    main { display: grid; grid-template-columns: repeat(${columns}, ${width}px); gap: ${gap}px; width: max-content; }
    figure { margin: 0; }
    img { display: block; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25); }
    figcaption { padding-top: 6px; }
  </style></head><body><main>${cells}</main></body></html>`;
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: columns * (width + gap) + gap, height: 600, deviceScaleFactor: 1 });
    await page.setContent(html, { waitUntil: 'load' });
    const sheet = await page.$('main');
    if (!sheet) throw new Error('the contact sheet did not render');
    return await page.screenshot({ type: 'png', fullPage: true });
  } finally {
    await page.close();
  }
}
