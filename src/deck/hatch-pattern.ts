/**
 * A derived value's fill: diagonal hatching in its topic's colour, so that it reads as different
 * from a reported figure without relying on colour (its bar also has an outline and "(suy ra)").
 */
export function hatchPattern(colour: string): CanvasPattern | string {
  const size = 12;
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const context = tile.getContext('2d');
  if (!context) return colour;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, size, size);
  context.strokeStyle = colour;
  context.lineWidth = 2.5;
  context.beginPath();
  // One diagonal and its two corner pieces, so the tiles join into continuous lines.
  for (const offset of [-size, 0, size]) {
    context.moveTo(offset, size);
    context.lineTo(offset + size, 0);
  }
  context.stroke();
  return context.createPattern(tile, 'repeat') ?? colour;
}
