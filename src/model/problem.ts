import type { Message, Say } from '../base/message.ts';

/** One thing wrong with the content, located well enough for an editor to find it; its words are the Locale's. */
export interface Problem {
  file: string;
  line: number;
  /** The field as the editor wrote it, such as `chart.items[2].value (Số đối tượng)`. */
  field?: string;
  message: Message;
}

/** One problem as an editor reads it: `slides/04-ket-qua.md:8 figure: …`, the message in the words of `say`. */
export function problemLine(problem: Problem, say: Say): string {
  const where = `${problem.file}:${problem.line}`;
  const message = say(problem.message);
  return problem.field ? `${where} ${problem.field}: ${message}` : `${where} ${message}`;
}
