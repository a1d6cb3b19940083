import type { Browser } from 'puppeteer';

/** How wide each slide is on the contact sheet: the exporter takes its thumbnails at this width. */
export const thumbnailWidth = 480;

const gap = 24;
const captionHeight = 30;

/** Four columns of six: a long deck gets several sheets of this size, never one bigger sheet. */
const columns = 4;
export const slidesPerSheet = 24;

/**
 * The slides as numbered thumbnails on one PNG, drawn by the same browser onto one canvas, one
 * thumbnail at a time: the page never holds more than the sheet itself. `firstNumber` is the
 * number printed under the first thumbnail.
 */
export async function renderContactSheet(browser: Browser, thumbnails: readonly Uint8Array[], firstNumber = 1): Promise<Uint8Array> {
  if (thumbnails.length > slidesPerSheet) throw new Error(`a contact sheet holds at most ${slidesPerSheet} slides`);
  const rows = Math.ceil(thumbnails.length / columns);
  const thumbnailHeight = Math.round((thumbnailWidth * 9) / 16);
  const layout = {
    width: columns * (thumbnailWidth + gap) + gap,
    height: rows * (thumbnailHeight + captionHeight + gap) + gap,
    thumbnailWidth,
    thumbnailHeight,
    gap,
    captionHeight,
    columns,
    firstNumber,
  };
  const page = await browser.newPage();
  try {
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.evaluate((sheet) => {
      const canvas = document.createElement('canvas');
      canvas.width = sheet.width;
      canvas.height = sheet.height;
      canvas.id = 'sheet';
      document.body.append(canvas);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2D canvas');
      context.fillStyle = '#e9e6df';
      context.fillRect(0, 0, sheet.width, sheet.height);
    }, layout);
    for (const [index, thumbnail] of thumbnails.entries()) {
      await page.evaluate(
        async (sheet, position, data) => {
          const canvas = document.getElementById('sheet') as HTMLCanvasElement;
          const context = canvas.getContext('2d');
          if (!context) throw new Error('no 2D canvas');
          const bytes = Uint8Array.from(atob(data), (character) => character.charCodeAt(0));
          const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
          const x = sheet.gap + (position % sheet.columns) * (sheet.thumbnailWidth + sheet.gap);
          const y = sheet.gap + Math.floor(position / sheet.columns) * (sheet.thumbnailHeight + sheet.captionHeight + sheet.gap);
          context.save();
          context.shadowColor = 'rgba(0, 0, 0, 0.25)';
          context.shadowBlur = 4;
          context.shadowOffsetY = 1;
          context.drawImage(image, x, y, sheet.thumbnailWidth, sheet.thumbnailHeight);
          context.restore();
          image.close();
          context.fillStyle = '#1b2430';
          context.font = '600 20px sans-serif';
          context.textBaseline = 'top';
          context.fillText(String(sheet.firstNumber + position), x, y + sheet.thumbnailHeight + 6);
        },
        layout,
        index,
        Buffer.from(thumbnail).toString('base64'),
      );
    }
    const encoded = await page.evaluate(() => (document.getElementById('sheet') as HTMLCanvasElement).toDataURL('image/png'));
    return new Uint8Array(Buffer.from(encoded.slice(encoded.indexOf(',') + 1), 'base64'));
  } finally {
    await page.close();
  }
}
