export interface FrontMatterSplit {
  /** The YAML between the two `---` lines, or undefined when the file has none. */
  frontMatter: string | undefined;
  body: string;
  /** How many file lines come before the body's first line. */
  bodyLineOffset: number;
}

const fence = /^---[ \t]*$/;

export function splitFrontMatter(text: string): FrontMatterSplit {
  const lines = text.split('\n');
  if (!fence.test(lines[0] ?? '')) return { frontMatter: undefined, body: text, bodyLineOffset: 0 };
  const end = lines.findIndex((line, index) => index > 0 && fence.test(line));
  if (end < 0) return { frontMatter: undefined, body: text, bodyLineOffset: 0 };
  return {
    frontMatter: lines.slice(1, end).join('\n'),
    body: lines.slice(end + 1).join('\n'),
    bodyLineOffset: end + 1,
  };
}
