import path from 'node:path';

/** A path as the user would recognise it: relative to the current folder when inside it, else absolute. */
export function displayPath(file: string): string {
  const resolved = path.resolve(file);
  const relative = path.relative(process.cwd(), resolved);
  if (relative === '') return '.';
  return relative.startsWith('..') || path.isAbsolute(relative) ? resolved : relative;
}
