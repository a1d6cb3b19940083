import type { SpeakerStrings } from '../model/speaker-strings.ts';
import { fillIn } from '../model/speaker-strings.ts';

/** Why the presenting server turned a request or a socket away. */
export const refusalKinds = ['wrongToken', 'foreignHost', 'otherSite', 'tooFast', 'silent', 'full'] as const;
export type RefusalKind = (typeof refusalKinds)[number];
export type RefusalCounts = Record<RefusalKind, number>;

export function noRefusals(): RefusalCounts {
  return { wrongToken: 0, foreignHost: 0, otherSite: 0, tooFast: 0, silent: 0, full: 0 };
}

/** Each kind's words in the Locale. */
const reasonWords: Record<RefusalKind, keyof SpeakerStrings> = {
  wrongToken: 'refusedWrongToken',
  foreignHost: 'refusedForeignHost',
  otherSite: 'refusedOtherSite',
  tooFast: 'refusedTooFast',
  silent: 'refusedSilent',
  full: 'refusedFull',
};

/** "Đã từ chối 3 kết nối dùng mã sai", or with several kinds "Đã từ chối 5 kết nối: 3 dùng mã sai, 2 gửi quá nhanh". */
export function formatRefusals(counts: RefusalCounts, words: SpeakerStrings): string {
  const kinds = refusalKinds.filter((kind) => counts[kind] > 0);
  const total = kinds.reduce((sum, kind) => sum + counts[kind], 0);
  const [only] = kinds;
  if (kinds.length === 1 && only) return fillIn(words.refusedOne, total, words[reasonWords[only]]);
  return fillIn(words.refusedMany, total, kinds.map((kind) => `${counts[kind]} ${words[reasonWords[kind]]}`).join(', '));
}

/** One line that says the latest news, such as the count of refusals, without pushing the addresses and the QR code away. */
export interface StatusLine {
  show(text: string, total: number): void;
  /** Ends the line, so what is written next starts on a line of its own. */
  end(): void;
}

/**
 * On a terminal the line is written again in place. Elsewhere (a log file, a pipe), where a line
 * cannot be rewritten, it is written when the total reaches 1, 10, 100, 1000…: a flood of
 * refusals adds a few lines, not one line each.
 */
export function createStatusLine(stream: NodeJS.WritableStream & { isTTY?: boolean }): StatusLine {
  let open = false;
  return {
    show(text, total) {
      if (stream.isTTY) {
        stream.write(`\r\u001b[2K! ${text}`);
        open = true;
      } else if (/^10*$/.test(String(total))) {
        stream.write(`! ${text}\n`);
      }
    },
    end() {
      if (open) stream.write('\n');
      open = false;
    },
  };
}
