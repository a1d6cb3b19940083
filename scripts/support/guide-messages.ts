import type { Message } from '../../src/base/message.ts';
import { commandMessage } from '../../src/model/command-messages.ts';
import { type ContentMessages, contentMessage } from '../../src/model/content-messages.ts';
import type { Locale } from '../../src/model/locale.ts';
import { commandSamples, contentSamples } from '../../tests/helpers/message-samples.ts';

/** Where the guide's list of messages starts and ends: written by npm run guide, never by hand. */
export const guideMarkers = {
  start: '<!-- Danh sách thông báo: do npm run guide viết từ src/model/locales/vi.ts, đừng sửa tay. -->',
  end: '<!-- Hết danh sách thông báo. -->',
} as const;

/** The guide in the project. */
export const guideFile = 'docs/huong-dan-nam-moi.md';

/** The content messages, by what the editor was doing: every key in exactly one group (a test checks). */
export const contentGroups: readonly { title: string; keys: readonly (keyof ContentMessages)[] }[] = [
  { title: 'Danh sách chung', keys: ['problemList', 'warning', 'unlisted'] },
  {
    title: 'Tệp và mã chữ',
    keys: ['utf16', 'notUtf8', 'invisible', 'indexUnreadable', 'fileUnreadable', 'outsideLink', 'sourceMissing'],
  },
  {
    title: 'Cách ghi các mục (deck.yaml, phần đầu tệp, khối figure và chart)',
    keys: [
      'yamlTab',
      'yamlColonInValue',
      'yamlNotAligned',
      'yamlListNotClosed',
      'yamlGroupNotClosed',
      'yamlNotAField',
      'yamlQuoteNotClosed',
      'yamlLessIndented',
      'yamlNeedsColon',
      'yamlSomethingMissing',
      'yamlDuplicate',
      'yamlBadStart',
      'yamlTextAfterQuote',
      'yamlDocumentEnd',
      'yamlBackslash',
      'yamlFlowOnOneLine',
      'yamlLongKey',
      'yamlUnreadable',
      'alias',
      'anchor',
      'tag',
    ],
  },
  {
    title: 'Giá trị của một mục',
    keys: [
      'required',
      'wrongType',
      'ambiguousDecimal',
      'unknownFields',
      'notOneOf',
      'notAcceptedForm',
      'otherRule',
      'empty',
      'tooLong',
      'negative',
      'tooBig',
      'yearDigits',
      'yearWhole',
      'fileNameFolder',
      'fileNameHidden',
      'fileNameInvisible',
      'sectionNotMarkdown',
      'topicIdForm',
      'tooManyKeywords',
      'needsSection',
      'unsupportedLanguage',
      'duration',
      'timingUnknownSection',
      'timingSum',
      'sectionTwice',
      'tooManyTopics',
      'topicTwice',
    ],
  },
  {
    title: 'Trang và tệp phần',
    keys: [
      'noFrontMatter',
      'noSlides',
      'noNotes',
      'titleTooLong',
      'headingLevel',
      'textBeforeSlide',
      'unsupportedMarkdown',
      'markdownInList',
      'nestedList',
      'unclosedBlock',
      'contentsNotEmpty',
      'unknownBlock',
      'titleDoesNotFit',
      'chartDoesNotFit',
      'bodyDoesNotFit',
    ],
  },
  {
    title: 'Dẫn chứng từ bài viết',
    keys: [
      'quoteEmpty',
      'quoteDefinedTwice',
      'markerUndefined',
      'quoteUnused',
      'needsQuote',
      'quoteNotInSource',
      'figureNoCitation',
      'figureNotInQuote',
      'unitDiffersFromSource',
      'qualifierDropped',
      'qualifierAdded',
      'qualifierDiffers',
      'needsCitation',
      'factNotInQuote',
      'numberNotInQuote',
      'wordsDiffer',
      'statementNotInQuote',
    ],
  },
  {
    title: 'Số suy ra',
    keys: [
      'derivedNeedsExplanation',
      'formulaWithoutDerived',
      'derivedNeedsFormula',
      'derivedNeedsSource',
      'formulaUnreadable',
      'formulaNumberNotCited',
      'derivedMismatch',
    ],
  },
  {
    title: 'Biểu đồ trung thực',
    keys: [
      'needsItem',
      'doughnutTwoItems',
      'measureMissing',
      'measureNotInQuote',
      'tooManyItems',
      'unitDiffers',
      'doughnutNeedsWhole',
      'wholeDerived',
      'wholeUnit',
      'partsExceedWhole',
      'wholeNotInSource',
      'wholeOnlyDoughnut',
      'chartTitleRepeats',
      'unknownTopic',
    ],
  },
  { title: 'So sánh với năm trước', keys: ['sourceYearUnknown', 'sourceYearLabel', 'sourceYearIsCurrent'] },
  { title: 'Lời trên trang chiếu', keys: ['abbreviationExpanded', 'sourceRemark'] },
];

/** What the commands may refuse, with the editor's part in it. */
const commandExamples: readonly Message[] = [
  commandMessage('nextYearRefused', { refusal: { kind: 'sourceUnreadable', file: 'bai-viet-2017.txt', reason: 'missing' } }),
  commandMessage('nextYearRefused', {
    refusal: {
      kind: 'sourceNotText',
      file: 'bai-viet-2017.txt',
      problem: {
        file: 'bai-viet-2017.txt',
        line: 3,
        message: contentMessage('notUtf8', { byteInLine: 12, byteInFile: 80, hex: 'E9', before: 'Năm 2017, ' }),
      },
    },
  }),
  commandMessage('nextYearRefused', { refusal: { kind: 'sourceEmpty', file: 'bai-viet-2017.txt' } }),
  commandMessage('nextYearRefused', commandSamples.nextYearRefused),
  commandMessage('nextYearRefused', { refusal: { kind: 'yearKept', folder: 'slides/2016' } }),
  commandMessage('nextYearRefused', { refusal: { kind: 'noYear', date: 'cuối năm' } }),
  commandMessage('noBuild', commandSamples.noBuild),
  commandMessage('noBrowserFound', {}),
  commandMessage('portUnavailable', commandSamples.portUnavailable),
];

/** Text as Markdown shows it: nothing in a message is read as formatting. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (character) => `\\${character}`);
}

const item = (text: string): string => `- ${escapeMarkdown(text).replaceAll('\n', '<br>')}`;

/** The guide's list of every content message (and the commands' refusals), each as the Locale words it. */
export function guideMessagesSection(locale: Locale): string {
  const groups = contentGroups.map(({ title, keys }) => {
    const lines = keys.map((key) => item(locale.say(contentMessage(key, contentSamples[key] as never))));
    return [`### ${title}`, '', ...lines].join('\n');
  });
  const commands = ['### Khi chạy lệnh', '', ...commandExamples.map((message) => item(locale.say(message)))].join('\n');
  return [guideMarkers.start, '', ...groups.flatMap((group) => [group, '']), commands, '', guideMarkers.end].join('\n');
}

/** The guide with its list of messages written again from the Locale. */
export function withGuideMessages(guide: string, locale: Locale): string {
  const start = guide.indexOf(guideMarkers.start);
  const end = guide.indexOf(guideMarkers.end);
  if (start < 0 || end < start) throw new Error(`${guideFile} has no list of messages between its markers`);
  return guide.slice(0, start) + guideMessagesSection(locale) + guide.slice(end + guideMarkers.end.length);
}
