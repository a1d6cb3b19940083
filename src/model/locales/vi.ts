import type { BaseMessages, OutputRefusal, ProtectedName, WriteReason } from '../../base/base-messages.ts';
import type { CommandMessages, NextYearRefusal, SizeProblem, StaleReason, StuckDeck, UsageValues } from '../command-messages.ts';
import type {
  ContentMessages,
  Expected,
  FormulaProblem,
  InvisibleKind,
  MarkdownKind,
  QuoteMiss,
  RuleParams,
  ShownValue,
  TypeHint,
} from '../content-messages.ts';
import type { FieldHelp, FieldHelpKey } from '../field-help.ts';
import { problemLine } from '../problem.ts';

/** Words the editor typed or should type, set apart from the message. */
const q = (text: string | number): string => `«${text}»`;
const quoted = (items: readonly (string | number)[]): string => items.map(q).join(', ');
const numbers = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const number = (value: number): string => numbers.format(value);
const secondsFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 });
/** Seconds as a wait names them: "60", "0,001". */
const seconds = (value: number): string => secondsFormat.format(value);
const megabytes = (bytes: number): string => `${number(bytes / 1024 / 1024)} MB`;
const minutes = (seconds: number): string => {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
};

const expectedNames: Record<string, string> = {
  string: 'một đoạn chữ',
  number: 'một con số',
  int: 'một số nguyên',
  boolean: 'true (có) hoặc false (không)',
  array: 'một danh sách (các dòng bắt đầu bằng «- »)',
  object: 'các mục (mỗi dòng «tên: giá trị»)',
};
const expected = (name: Expected): string => expectedNames[name] ?? q(name);

function shown(value: ShownValue): string {
  switch (value.kind) {
    case 'nothing':
      return 'để trống';
    case 'list':
      return 'một danh sách';
    case 'fields':
      return 'một nhóm mục';
    case 'text':
      return value.length === undefined ? q(value.text) : `${q(value.text)} (${value.length} ký tự)`;
    case 'plain':
      return q(value.text);
  }
}

/** ", đang ghi «…»": the value read, when the rule shows it. */
const got = (params: RuleParams): string => (params.got ? `, đang ghi ${shown(params.got)}` : '');

function typeHint(hint: TypeHint): string {
  switch (hint.kind) {
    case 'commaAmbiguous':
      return ` (có thể hiểu là ${hint.decimal} hoặc ${hint.thousands}: ghi ${hint.decimal} với dấu chấm nếu là số thập phân, hoặc ${hint.thousands} không có dấu phân cách)`;
    case 'decimalComma':
      return ' (số thập phân ghi bằng dấu chấm, ví dụ 1.5; trang chiếu sẽ hiện 1,5)';
    case 'separators':
      return ` (ghi số không có dấu phân cách, ví dụ ${hint.plain}; trang chiếu tự thêm)`;
    case 'quoteIt':
      return ` (muốn dùng làm chữ thì đặt trong ngoặc kép: ${q(`"${hint.text}"`)})`;
    case 'spaceAfterColon':
      return ' (cần một dấu cách sau mỗi dấu hai chấm: «title: …»)';
    case 'spaceAfterDash':
      return ' (cần một dấu cách sau mỗi dấu «-»)';
  }
}

const under = (params: { under?: string }): string => (params.under ? ` dưới ${q(`${params.under}:`)}` : '');

const writeReasons: Record<WriteReason, string> = {
  ENOSPC: 'ổ đĩa đã đầy: hãy xóa bớt tệp rồi thử lại',
  EDQUOT: 'đã dùng hết dung lượng được cấp trên ổ đĩa: hãy xóa bớt tệp rồi thử lại',
  EROFS: 'ổ đĩa chỉ cho đọc, không cho ghi',
  EACCES: 'không có quyền ghi vào đây',
  EPERM: 'không có quyền ghi vào đây',
  ENOTDIR: 'một phần của đường dẫn là tệp, không phải thư mục',
  EISDIR: 'đó là một thư mục',
  EEXIST: 'đã có thứ khác ở đó',
  ENAMETOOLONG: 'tên quá dài',
  EMFILE: 'đang mở quá nhiều tệp',
  EIO: 'ổ đĩa báo lỗi khi đọc ghi',
  ENOENT: 'không có thư mục đó',
};
const failure = (params: { reason?: WriteReason; detail?: string }): string =>
  params.reason ? writeReasons[params.reason] : (params.detail ?? 'không rõ lý do');

function protectedName(name: ProtectedName): string {
  switch (name.kind) {
    case 'fileSystemRoot':
      return 'thư mục gốc của ổ đĩa';
    case 'home':
      return 'thư mục riêng của người dùng';
    case 'project':
      return 'thư mục dự án';
    case 'content':
      return `thư mục nội dung (${name.path})`;
    case 'code':
      return 'thư mục mã nguồn (src)';
    case 'git':
      return 'kho lưu phiên bản (.git)';
    case 'nodeModules':
      return 'thư mục node_modules';
  }
}

function refusal(refused: OutputRefusal): string {
  switch (refused.kind) {
    case 'isProtected':
      return `đây là ${protectedName(refused.name)}; hãy chọn chỗ khác, ví dụ dist`;
    case 'insideProtected':
      return `nó nằm trong ${protectedName(refused.name)}; hãy chọn chỗ khác, ví dụ dist`;
    case 'holdsProtected':
      return `nó chứa ${protectedName(refused.name)}; hãy chọn chỗ khác, ví dụ dist`;
    case 'isFile':
      return 'đây là một tệp, không phải thư mục; hãy chọn một thư mục mới hoặc trống';
    case 'otherKind':
      return `nó chứa một loại kết quả khác (${refused.found}, không phải ${refused.wanted}); hãy chọn một thư mục mới hoặc trống`;
    case 'foreignFiles':
      return `nó chứa tệp không do công cụ này tạo (${refused.sample.join(', ')}${refused.more > 0 ? ` và ${refused.more} tệp khác` : ''}); hãy chọn một thư mục mới hoặc trống`;
    case 'deadLink':
      return `${refused.path ?? 'đây'} là lối tắt tới ${refused.link}, nơi không tồn tại (ổ đĩa chưa cắm?); hãy cắm ổ vào, hoặc xóa lối tắt`;
    case 'isFolder':
      return `đây là một thư mục; hãy ghi tên tệp, ví dụ ${refused.example}`;
    case 'wrongExtension':
      return `tệp đã có và không phải tệp ${refused.extension}; hãy ghi tên kết thúc bằng ${refused.extension}`;
  }
}

const temporaryFix = (reason?: WriteReason): string =>
  reason === 'ENOSPC' || reason === 'EDQUOT'
    ? 'hãy xóa bớt tệp ở đó, hoặc đặt TMPDIR sang một thư mục khác'
    : 'hãy đặt TMPDIR sang một thư mục ghi được';

const baseMessages: BaseMessages = {
  errorLine: ({ problem }, say) => `Lỗi: ${say(problem)}`,
  warningLine: ({ problem }, say) => `Cảnh báo: ${say(problem)}`,
  stepLine: ({ step }, say) => `… ${say(step)}`,
  doneLine: ({ done, seconds }, say) => `✓ ${say(done)} (${number(seconds)} giây)`,
  numberedStep: ({ index, total, step }, say) => `[${index}/${total}] ${say(step)}`,
  unknownOption: ({ option }) => `không có tùy chọn ${option}: xem các tùy chọn dưới đây`,
  optionNeedsValue: ({ option }) => `tùy chọn ${option} cần một giá trị ghi ngay sau nó`,
  optionTakesNoValue: ({ option }) => `tùy chọn ${option} không nhận giá trị: chỉ ghi ${option}`,
  optionRequired: ({ option, example }) => `cần tùy chọn ${option}, ví dụ ${q(example)}`,
  unexpectedArgument: ({ argument }) => `không hiểu ${q(argument)}: mỗi tùy chọn bắt đầu bằng «--», xem dưới đây`,
  badOption: () => 'không đọc được các tùy chọn: xem cách dùng dưới đây',
  integerOption: ({ name, min, max, unit, got: written }) =>
    `--${name} phải là một số nguyên từ ${min} đến ${max}${unit === 'milliseconds' ? ' (mili giây)' : unit === 'runs' ? ' (lần chạy)' : ''}, không phải ${q(written)}`,
  portOption: ({ name, got: written }) =>
    `--${name} phải là số cổng từ 0 đến 65535 (0 để tự chọn một cổng trống), không phải ${q(written)}`,
  hostOption: ({ name, got: written }) =>
    `--${name} phải là một địa chỉ của máy này, ví dụ 0.0.0.0 hoặc 127.0.0.1, không phải ${q(written)}`,
  pathOption: ({ name, got: written }) => `--${name} phải ghi tên một tệp hoặc thư mục, không phải ${q(written)}`,
  writeReason: ({ reason }) => writeReasons[reason],
  cantWrite: (params) => `không ghi được ${params.target}: ${failure(params)}`,
  refuseReplace: ({ target, refusal: refused }) => `không thay thế ${target}: ${refusal(refused)}`,
  refuseWrite: ({ target, refusal: refused }) => `không ghi ${target}: ${refusal(refused)}`,
  notAFolderOnPath: ({ target, existing }) => `không ghi được ${target}: ${existing} là một tệp, không phải thư mục`,
  folderBusy: ({ folder, pid }) =>
    `không ghi được ${folder}: một lệnh khác${pid === undefined ? '' : ` (tiến trình ${pid})`} vẫn đang ghi vào đó; hãy đợi nó xong rồi thử lại`,
  waitingForFolder: ({ folder, pid }) => `đang đợi: một lệnh khác${pid === undefined ? '' : ` (tiến trình ${pid})`} đang ghi ${folder}`,
  temporaryFolder: (params) =>
    `không dùng được thư mục tạm ${params.dir} (TMPDIR): ${params.reason === 'ENOTDIR' ? 'đó là một tệp, không phải thư mục' : failure(params)}; ${temporaryFix(params.reason)}`,
  temporaryFolderFull: ({ dir, freeBytes, neededBytes }) =>
    `không dùng được thư mục tạm ${dir} (TMPDIR): thư mục đã đầy (còn ${megabytes(freeBytes)}, trình duyệt cần ${megabytes(neededBytes)}); ${temporaryFix('ENOSPC')}`,
  temporaryFolderFilled: ({ dir }) =>
    `không dùng được thư mục tạm ${dir} (TMPDIR): thư mục đầy trong lúc trình duyệt in; ${temporaryFix('ENOSPC')}`,
  leftover: (params) => `không xóa được ${params.file}, một bản sao còn lại bên cạnh kết quả (${failure(params)}): hãy tự xóa nó`,
  outputLost: (params) =>
    `không ghi được ${params.stream === 'output' ? 'kết quả' : 'thông báo'} của lệnh này (${failure(params)}); lệnh vẫn chạy tiếp`,
  stoppedBy: ({ signal }) => `đã dừng theo tín hiệu ${signal}: không còn gì lệnh đã mở còn chạy, các tệp tạm đã được xóa`,
  systemError: ({ detail }) => detail,
  plainText: ({ text }) => text,
};

const unreadableIndex: Record<'missing' | 'folder' | 'permission', string> = {
  missing: 'không tìm thấy tệp',
  folder: 'đây là thư mục, không phải tệp',
  permission: 'không đọc được tệp vì không có quyền (kiểm tra chủ sở hữu và quyền của tệp)',
};

const invisibleNames: Record<InvisibleKind, string> = {
  zeroWidth: 'khoảng trắng không độ rộng',
  direction: 'ký tự đổi hướng chữ',
  softHyphen: 'dấu gạch nối ẩn',
  separator: 'ký tự xuống dòng đặc biệt',
  byteOrderMark: 'dấu đầu tệp',
  control: 'ký tự điều khiển',
  format: 'ký tự định dạng',
};

const markdownNames: Record<string, string> = {
  blockquote: 'đoạn trích dẫn (>)',
  codeBlock: 'khối chữ thụt vào',
  rule: 'đường kẻ ngang (---)',
  table: 'bảng',
  html: 'mã HTML',
  image: 'hình ảnh',
};
const markdown = (what: MarkdownKind): string => markdownNames[what] ?? `phần ${q(what)}`;

function quoteMiss(miss: QuoteMiss): string {
  switch (miss.kind) {
    case 'case':
      return 'chỉ khác chữ hoa, chữ thường: chép đúng từng chữ';
    case 'none':
      return 'bài viết không có những chữ này: chép đúng chữ của bài viết, hoặc bỏ câu trích dẫn';
    case 'differs':
      return `bài viết giống đến ${q(miss.upTo)}, rồi ghi ${q(miss.sourceHas)} ở chỗ câu trích dẫn ghi ${q(miss.quoteHas)}: sửa câu trích dẫn cho đúng bài viết`;
  }
}

function formulaProblem(problem: FormulaProblem): string {
  switch (problem.kind) {
    case 'cannotRead':
      return `không đọc được từ ${q(problem.from)}: chỉ dùng số, %, + - × ÷ và dấu ngoặc`;
    case 'endsEarly':
      return 'phép tính dừng giữa chừng';
    case 'unclosed':
      return 'có dấu «(» chưa đóng';
    case 'expectedNumber':
      return `cần một số, nhưng gặp ${q(problem.found)}`;
    case 'notANumber':
      return `${q(problem.text)} không phải số viết theo kiểu của bài viết (ví dụ 1.200 hoặc 1,5)`;
    case 'unexpected':
      return `thừa ${q(problem.text)}`;
    case 'notFinite':
      return 'kết quả không phải một số (có chia cho 0?)';
  }
}

const unitName = (unit: string | undefined): string => (unit ? `đơn vị ${q(unit)}` : 'không có đơn vị');
const fix = 'ghi đúng như bài viết';
const saveAsUtf8 = 'hãy lưu lại tệp dạng UTF-8 (trong trình soạn thảo: «Lưu thành», chọn bảng mã «UTF-8»)';
const needsIndex = 'bài trình bày cần tệp deck.yaml, mục lục các phần';
const fitRoom = (params: { needed: number; available: number }): string =>
  `cần khoảng ${params.needed} điểm ảnh, chỉ có ${params.available}`;

const contentMessages: ContentMessages = {
  problemList: ({ problems }, say) =>
    [`Có ${problems.length} chỗ cần sửa trong nội dung:`, ...problems.map((problem) => `  ${problemLine(problem, say)}`)].join('\n'),
  warning: ({ problem }, say) => `Cảnh báo: ${problemLine(problem, say)}`,

  empty: () => 'không được để trống',
  tooLong: (params) => `dài quá ${params.max ?? ''} ký tự${got(params)}: hãy viết ngắn lại`,
  needsQuote: () => 'cần ít nhất một câu trích dẫn',
  derivedNeedsExplanation: (params) =>
    `số suy ra cần lời giải thích${got(params)}: ghi «derived: "cách suy ra từ bài viết"», ví dụ «420 ÷ 1,4: 420 là 140% kế hoạch»`,
  measureMissing: () =>
    'thiếu «measure:»: ghi việc mà mọi cột cùng đếm, đúng chữ của bài viết, ví dụ «measure: bắt giữ» (số vụ bắt giữ không so được với số vụ điều tra phá án)',
  needsItem: () => 'cần ít nhất một hạng mục',
  doughnutTwoItems: () => 'biểu đồ tròn cần ít nhất hai phần',
  fileNameFolder: (params) =>
    `chỉ ghi tên một tệp nằm cạnh deck.yaml, không ghi thư mục đứng trước${got(params)}: hãy chép tệp vào cạnh deck.yaml và chỉ ghi tên tệp`,
  fileNameHidden: (params) => `tên tệp không được bắt đầu bằng dấu chấm${got(params)}: hãy ghi tên một tệp nhìn thấy được, cạnh deck.yaml`,
  fileNameInvisible: () => 'tên tệp có ký tự vô hình: hãy gõ lại tên tệp',
  sectionNotMarkdown: (params) => `phải là tệp Markdown (tên kết thúc bằng .md), ví dụ 02-boi-canh.md${got(params)}`,
  topicIdForm: (params) => `phải là tên ngắn gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ ma-tuy${got(params)}`,
  tooManyKeywords: (params) => `có quá ${params.max ?? ''} từ khóa: chỉ giữ những từ người đọc sẽ tìm`,
  needsSection: () => 'cần ít nhất một tệp phần (các dòng như «- 01-mo-dau.md»)',
  unsupportedLanguage: (params) => `chưa có ngôn ngữ này${got(params)}: hiện có ${quoted(params.supported ?? [])}`,
  negative: (params) => `phải từ 0 trở lên${got(params)}: biểu đồ bắt đầu từ 0, nên nếu giảm thì ghi mức giảm và nói rõ trong nhãn là giảm`,
  tooBig: (params) =>
    `không được quá ${new Intl.NumberFormat('vi-VN').format(params.max ?? 0)} (mười hai chữ số)${got(params)}: hãy dùng đơn vị lớn hơn, ví dụ «tỷ đồng» thay cho «đồng»`,
  yearDigits: (params) => `năm phải có bốn chữ số${got(params)}`,
  yearWhole: (params) => `năm phải là số nguyên${got(params)}`,
  duration: (params) => `phải là thời lượng tính bằng phút, ví dụ 20, 1.5 hoặc «12:30»${got(params)}`,
  timingUnknownSection: (params) =>
    `${q(params.file ?? '')} không phải là một tệp trong «sections»: sửa tên tệp cho giống trong «sections»`,
  timingSum: (params) =>
    `các phần cộng lại ${minutes(params.sum ?? 0)}, ${params.relation === 'more' ? 'nhiều hơn' : 'ít hơn'} tổng thời lượng ${minutes(params.total ?? 0)}: sửa thời lượng các phần hoặc tổng`,

  required: ({ expected: names }) => `còn thiếu: cần ghi ${names.map(expected).join(' hoặc ')}`,
  wrongType: ({ expected: name, got: value, hint }) => `cần ${expected(name)}, nhưng đang ghi ${shown(value)}${hint ? typeHint(hint) : ''}`,
  ambiguousDecimal: ({ written, decimal, thousands }) =>
    `${written} có thể là ${decimal} (số thập phân) hoặc ${thousands} (dấu chấm ngăn hàng nghìn): ghi ${thousands} nếu là ${thousands}, hoặc ${q(`"${written}"`)} trong ngoặc kép nếu là ${decimal}`,
  unknownFields: ({ keys }) => `không dùng mục ${quoted(keys)} ở đây: kiểm tra tên mục, hoặc xóa nó`,
  notOneOf: ({ values, got: value }) => `phải là một trong ${quoted(values)}, không phải ${shown(value)}`,
  notAcceptedForm: ({ got: value }) => `không dùng được ${shown(value)} ở đây`,
  otherRule: () => 'giá trị này không hợp lệ ở đây',

  alias: ({ name }) =>
    `${q(`*${name}`)} bị hiểu là bản sao của một giá trị khác, điều bài trình bày không dùng: hãy đặt chữ trong ngoặc kép, ví dụ ${q(`"*${name}"`)}`,
  anchor: ({ name }) =>
    `${q(`&${name}`)} bị hiểu là tên đặt cho một giá trị, điều bài trình bày không dùng: hãy đặt chữ trong ngoặc kép, ví dụ ${q(`"&${name} …"`)}`,
  tag: ({ tag }) =>
    `${q(tag)} bị hiểu là kiểu của một giá trị, điều bài trình bày không dùng: hãy đặt chữ trong ngoặc kép, ví dụ ${q(`"${tag} …"`)}`,
  yamlTab: (params) => `dòng này thụt vào bằng phím Tab: hãy thụt bằng dấu cách${under(params)}, không dùng Tab`,
  yamlColonInValue: ({ key, value }) =>
    `giá trị có «: », dấu mở một mục mới: hãy đặt giá trị trong ngoặc kép, như ${q(`${key}: "${value}"`)}`,
  yamlNotAligned: (params) =>
    `các mục ở đây không thẳng hàng: bắt đầu mọi mục của một hạng mục ở cùng một cột, và thụt bằng dấu cách${under(params)}`,
  yamlListNotClosed: () => 'danh sách mở bằng «[» ở đây chưa đóng: kết thúc bằng «]» trên cùng dòng',
  yamlGroupNotClosed: () => 'nhóm mở bằng «{» ở đây chưa đóng: kết thúc bằng «}» trên cùng dòng',
  yamlNotAField: (params) =>
    `dòng này không phải một mục: ghi mỗi mục «tên: giá trị» trên một dòng riêng, thụt bằng dấu cách${under(params)}`,
  yamlQuoteNotClosed: ({ quote }) => `chữ mở bằng dấu ${q(quote)} ở đây chưa đóng: kết thúc bằng dấu ${q(quote)} trên cùng dòng`,
  yamlLessIndented: (params) =>
    `dòng này thụt vào ít hơn mục ở trên: hãy thẳng hàng với mục đó (thụt bằng dấu cách${under(params)}), hoặc bắt đầu một hạng mục mới bằng «- »`,
  yamlNeedsColon: () => 'tên mục cần dấu hai chấm và giá trị: ghi «tên: giá trị»',
  yamlSomethingMissing: () => 'thiếu một phần ở đây: ghi mỗi mục «tên: giá trị»',
  yamlDuplicate: ({ key }) => `mục ${key ? `${q(key)} ` : ''}được ghi hai lần: chỉ giữ một`,
  yamlBadStart: ({ character }) =>
    `giá trị không được bắt đầu bằng ${q(character)}: hãy đặt giá trị trong ngoặc kép, ví dụ ${q(`"${character}…"`)}`,
  yamlTextAfterQuote: () =>
    `có chữ sau dấu ngoặc kép đóng: hãy đặt cả giá trị trong ngoặc kép, dùng loại ngoặc còn lại ở bên trong, ví dụ ${q(`"'trích' dẫn"`)}`,
  yamlDocumentEnd: () => 'một dòng «---» kết thúc các mục ở đây: hãy xóa nó, hoặc đặt phần chữ có nó trong ngoặc kép',
  yamlBackslash: () => `dấu «\\» trong ngoặc kép có nghĩa riêng: ghi «\\\\» cho một dấu «\\», hoặc dùng ngoặc đơn '…'`,
  yamlFlowOnOneLine: () =>
    'danh sách trong [ ] hoặc nhóm trong { } phải nằm trên một dòng: ghi trên một dòng, hoặc thành các dòng bắt đầu bằng «- »',
  yamlLongKey: () => 'tên mục dài quá 1024 ký tự: có phải thiếu dấu hai chấm sau một tên ngắn?',
  yamlUnreadable: () => 'không đọc được các mục ở đây: kiểm tra dấu hai chấm, ngoặc kép và chỗ thụt đầu dòng',

  utf16: () => `tệp được lưu dạng UTF-16 («Unicode»), không phải UTF-8: ${saveAsUtf8}`,
  notUtf8: ({ byteInLine, byteInFile, hex, before }) =>
    `tệp không phải chữ UTF-8: byte thứ ${byteInLine} của dòng này (byte ${byteInFile} của tệp, 0x${hex})${before ? ` sau ${q(before)}` : ' ở đầu dòng'} không phải một chữ UTF-8; ${saveAsUtf8}, rồi kiểm tra các chữ từ chỗ đó trở đi`,
  invisible: ({ code, kind, before, otherLines, more }) =>
    `có một ký tự vô hình (${invisibleNames[kind]}, ${code})${before ? ` sau ${q(before)}` : ' ở đầu dòng'}: nó có thể làm chữ hiện ra khác với chữ được kiểm tra; hãy xóa nó${otherLines.length > 0 ? ` (còn ở dòng ${otherLines.join(', ')}${more ? '…' : ''})` : ''}`,
  indexUnreadable: ({ reason }) => `${unreadableIndex[reason]}: ${needsIndex}`,
  fileUnreadable: ({ reason, name, dir }) => {
    switch (reason) {
      case 'missing':
        return `không tìm thấy tệp ${q(name)} trong ${dir}: kiểm tra tên tệp, hoặc chép tệp vào ${dir}`;
      case 'folder':
        return `${q(name)} trong ${dir} là thư mục, không phải tệp: hãy ghi tên một tệp`;
      case 'permission':
        return `không đọc được tệp ${q(name)} trong ${dir} vì không có quyền (kiểm tra chủ sở hữu và quyền của tệp)`;
    }
  },
  outsideLink: ({ name, dir }) =>
    `${q(name)} trong ${dir} là lối tắt tới một tệp bên ngoài ${dir}, bài trình bày không đọc tệp đó: hãy chép chính tệp vào ${dir}`,
  unlisted: () =>
    'tệp này không có trong «sections:» của deck.yaml nên không được chiếu: hãy thêm vào đó, hoặc chuyển tệp ra khỏi thư mục slides',
  sectionTwice: ({ file, earlier }) => `${q(file)} được ghi hai lần (cả ở sections[${earlier}]): chỉ ghi một lần`,
  tooManyTopics: ({ count, colours }) =>
    `có ${count} chủ đề, nhưng bài trình bày chỉ có ${colours} màu chủ đề: hãy gộp lại còn nhiều nhất ${colours}`,
  topicTwice: ({ id }) => `${q(id)} được ghi hai lần: chỉ ghi một lần`,
  sourceMissing: () => 'chưa ghi bài viết nguồn: ghi tên tệp bài viết mà các số liệu trích từ đó, ví dụ «source: nguon.txt»',

  noFrontMatter: () => 'thiếu phần đầu tệp: bắt đầu tệp bằng một dòng «---», một dòng «title: …» và một dòng «---»',
  noSlides: () => 'chưa có trang nào: bắt đầu mỗi trang bằng một dòng tiêu đề «## »',
  noNotes: ({ title, marker }) => `trang ${q(title)} chưa có lời thuyết trình: thêm một đoạn bắt đầu bằng ${q(marker)}`,
  titleTooLong: ({ length, max }) => `tiêu đề trang dài ${length} ký tự, quá ${max}: hãy rút gọn, phần còn lại viết thành một ý của trang`,
  headingLevel: ({ markup }) => `không dùng tiêu đề ${q(`${markup} `)}: dùng «# » cho trang tiêu đề hoặc «## » cho một trang`,
  textBeforeSlide: () => 'có chữ trước trang đầu tiên: bắt đầu trang bằng một dòng tiêu đề «## »',
  unsupportedMarkdown: ({ what }) =>
    what === 'image'
      ? 'không dùng hình ảnh: bài trình bày chỉ hiện những gì bài viết nguồn có'
      : `${markdown(what)} không dùng được trên trang chiếu: viết thành đoạn văn hoặc danh sách ý`,
  markdownInList: ({ what }) => `${markdown(what)} bên trong danh sách không dùng được: đặt nó ra ngoài danh sách, hoặc bỏ đi`,
  nestedList: () => 'không dùng danh sách lồng nhau: giữ một cấp ý',
  unclosedBlock: ({ kind, markup }) =>
    `khối ${kind ? `${q(`\`\`\`${kind}`)} ` : ''}mở ở đây chưa được đóng: kết thúc bằng một dòng ${q(markup)}`,
  contentsNotEmpty: () => 'khối «```contents» tự liệt kê các phần phía sau: để trống khối này',
  unknownBlock: ({ kind, known }) => `không có loại khối ${q(kind)}: dùng ${known.map((name) => q(`\`\`\`${name}`)).join(', ')}`,

  quoteEmpty: () => 'câu trích dẫn để trống: ghi đúng chữ của bài viết sau dấu hai chấm',
  quoteDefinedTwice: ({ first }) => `câu trích dẫn này được ghi hai lần (lần đầu ở dòng ${first}): chỉ giữ một`,
  markerUndefined: ({ label }) =>
    `dấu [^${label}] chưa có câu trích dẫn: thêm một dòng ${q(`[^${label}]: đúng chữ của bài viết`)} trong tệp này`,
  quoteUnused: () => 'không có dấu nào dùng câu trích dẫn này: đặt dấu sau những chữ nó dẫn chứng, hoặc xóa dòng',
  quoteNotInSource: ({ quote, source, miss }) => `câu trích dẫn ${q(quote)} không có trong ${source}: ${quoteMiss(miss)}`,
  figureNoCitation: () => 'chưa có câu trích dẫn: thêm «source:» với đúng chữ của bài viết nêu con số này',
  figureNotInQuote: ({ number: written, quotes }) =>
    `số ${written} không có trong câu trích dẫn ${quoted(quotes)}: sửa số hoặc câu trích dẫn`,
  unitDiffersFromSource: ({ said, shown: written }) => `bài viết ghi ${q(said)}, không phải ${q(written)}: giữ đơn vị của bài viết`,
  qualifierDropped: ({ said, qualifier, number: written }) =>
    `bài viết ghi ${q(said)}: thiếu chữ ${q(qualifier)} trước số ${written}; ${fix}`,
  qualifierAdded: ({ said, qualifier }) => `bài viết ghi ${q(said)}, không có chữ ${q(qualifier)} trước số: bỏ chữ ${q(qualifier)}`,
  qualifierDiffers: ({ said, written }) => `bài viết ghi ${q(said)}, không phải ${q(written)}: ${fix}`,
  formulaWithoutDerived: () => 'có «formula», nên đây là số suy ra: ghi cách suy ra trong «derived»',
  derivedNeedsFormula: () => 'số suy ra cần một phép tính từ các số của bài viết, ví dụ «formula: 1.200 ÷ 150%»',
  derivedNeedsSource: () => 'số suy ra cần «source:»: đúng chữ của bài viết có các số dùng trong phép tính',
  formulaUnreadable: ({ formula, problem }) => `phép tính ${q(formula)}: ${formulaProblem(problem)}`,
  formulaNumberNotCited: ({ number: written }) =>
    `số ${written} trong phép tính không có trong câu trích dẫn: trích đúng chữ của bài viết nêu số đó`,
  derivedMismatch: ({ value, formula, computed }) =>
    `${value} không khớp: ${formula} = ${computed} (số suy ra phải bằng kết quả phép tính, làm tròn đến chữ số cuối nó ghi)`,
  needsCitation: ({ facts, place }) => {
    const how =
      place === 'block'
        ? 'thêm «source:» với đúng chữ của bài viết nêu điều đó'
        : place === 'title'
          ? 'dẫn chứng trên cùng trang, trong một ý hoặc một con số có câu trích dẫn chứa nó'
          : 'thêm một dấu như [^1] sau chữ đó và, trong cùng tệp, một dòng «[^1]: đúng chữ của bài viết»';
    return `${quoted(facts)} cần dẫn chứng từ bài viết: ${how}`;
  },
  factNotInQuote: ({ kind, text }) =>
    `${kind === 'quotation' ? 'lời trích' : kind === 'date' ? 'ngày' : 'số hiệu'} ${q(text)} không có trong câu trích dẫn: ${fix}`,
  numberNotInQuote: ({ number: written }) =>
    `số ${written} không có trong câu trích dẫn: sửa số cho đúng bài viết, hoặc dấu trích dẫn đang trỏ sai câu`,
  wordsDiffer: ({ said, written }) => `bài viết ghi ${q(said)}, không phải ${q(written)}: ${fix}`,
  sourceYearUnknown: ({ year, years }) =>
    `không có bài viết năm ${year} được lưu lại (${years.length > 0 ? `thư mục slides lưu các năm ${years.join(', ')}` : 'thư mục slides chưa lưu năm nào'}): sửa «year:», hoặc bỏ nó nếu số liệu lấy từ bài viết năm nay`,
  sourceYearLabel: ({ year }) =>
    `số liệu lấy từ bài viết năm ${year} phải ghi năm trong nhãn, ví dụ ${q(`label: Năm ${year}`)}: người xem cần biết đó là số của năm nào`,
  sourceYearIsCurrent: ({ year }) => `${year} là năm của chính bài trình bày này: bỏ «year:», số liệu năm nay lấy từ bài viết nguồn`,

  tooManyItems: ({ count, most, chart }) =>
    `có ${count} hạng mục, quá ${most} mà một ${chart === 'doughnut' ? 'biểu đồ tròn' : 'biểu đồ cột'} hiện rõ được trên một trang: giữ nhiều nhất ${most}, phần còn lại đưa sang biểu đồ thứ hai hoặc thành các ý của trang`,
  unitDiffers: ({ unit, first }) =>
    `${unitName(unit)} khác ${unitName(first)} của hạng mục đầu: một trục biểu đồ chỉ hiện một loại số; hãy tách thành các con số riêng («\`\`\`figure») hoặc các biểu đồ riêng`,
  doughnutNeedsWhole: () =>
    'biểu đồ tròn cho thấy các phần của một tổng, và bài viết phải nêu tổng đó: thêm «whole:» («label», «value», «unit») với tổng bài viết nêu, hoặc hiện các hạng mục thành cột hay các con số riêng',
  wholeDerived: () => 'tổng của biểu đồ tròn phải là số của bài viết, không phải số suy ra',
  wholeUnit: ({ unit, first }) => `${unitName(unit)} khác ${unitName(first)} của các phần: tổng và các phần dùng chung một đơn vị`,
  partsExceedWhole: ({ sum, whole }) => `các phần cộng lại ${sum}, nhiều hơn tổng (${whole}): không thể là các phần của tổng đó`,
  wholeNotInSource: ({ value, source }) =>
    `${value} không phải số của bài viết (${source}): biểu đồ tròn cần tổng mà bài viết nêu, không phải tổng tự cộng; nếu không có, hãy hiện các phần thành cột hoặc các con số riêng`,
  wholeOnlyDoughnut: () => 'chỉ biểu đồ tròn mới có «whole»: hãy bỏ nó, hoặc đổi thành biểu đồ tròn',
  measureNotInQuote: ({ label, measure }) =>
    `câu trích dẫn của ${q(label)} không nói ${q(measure)} bên cạnh con số: mọi cột của một biểu đồ phải đếm cùng một việc; trích câu nói rõ việc đó, hoặc tách thành biểu đồ khác`,
  chartTitleRepeats: ({ title }) => `${q(title)} lặp lại tiêu đề trang: hãy nói biểu đồ đo gì, ví dụ «Số vụ theo loại tội phạm»`,
  unknownTopic: ({ topic, known }) =>
    `${q(topic)} không phải chủ đề của bài trình bày: ${known.length > 0 ? `deck.yaml có ${quoted(known)}` : 'deck.yaml chưa có chủ đề nào'}`,
  statementNotInQuote: ({ value }) => `${q(value)} không có trong câu trích dẫn: tên và chức vụ phải viết đúng như bài viết`,

  abbreviationExpanded: ({ expansion, abbreviation }) =>
    `${q(expansion)} là cách viết đầy đủ của ${q(abbreviation)}, nhưng bài viết chỉ ghi ${q(abbreviation)}: giữ ${q(abbreviation)} như bài viết, hoặc ghi ${q(`${expansion} (${abbreviation})`)} để người xem biết đó là cách viết đầy đủ`,
  sourceRemark: ({ words, marker }) =>
    `${q(words)} là lời nói về bài viết nguồn, không chiếu cho hội trường: bỏ khỏi trang chiếu, đưa lời giải thích vào phần ${q(marker)} cho người trình bày`,

  titleDoesNotFit: (params) => `tiêu đề ${q(params.title)} dài hơn một dòng (${fitRoom(params)}): rút gọn tiêu đề`,
  chartDoesNotFit: (params) =>
    `biểu đồ trên trang ${q(params.title)} còn quá ít chỗ (${fitRoom(params)}): bớt chữ bên cạnh, hoặc đưa biểu đồ sang một trang riêng`,
  bodyDoesNotFit: (params) =>
    `nội dung trang ${q(params.title)} không vừa trang, kể cả ở cỡ chữ nhỏ (${fitRoom(params)}): bớt chữ, hoặc chia thành hai trang`,
};

function stuckDeck(stuck: StuckDeck): string {
  switch (stuck.kind) {
    case 'slide':
      return `trang ${stuck.number} ${q(stuck.title)} chưa sẵn sàng (${stuck.pending} biểu đồ chưa vẽ xong)`;
    case 'notReady':
      return 'reveal.js hoặc phông chữ chưa sẵn sàng';
    case 'notLoaded':
      return 'trang chưa tải xong';
  }
}

function staleReason(reason: StaleReason): string {
  switch (reason.kind) {
    case 'noBuild':
      return `chưa có bản dựng trong ${reason.dir}`;
    case 'content':
      return `${reason.dir} đã thay đổi từ lần dựng trước`;
    case 'code':
      return `${reason.file} đã thay đổi từ lần dựng trước`;
  }
}

function sizeProblem(problem: SizeProblem): string {
  switch (problem.kind) {
    case 'fontNotWoff2':
      return `${problem.file}: phông chữ chỉ được ở dạng woff2`;
    case 'fontNotSubset':
      return `${problem.file}: phông chữ phải được cắt theo chữ Latinh và chữ Việt`;
    case 'fontInlined':
      return `${problem.file}: phông chữ bị nhúng thẳng vào tệp kiểu trang (data:)`;
    case 'foreignStylesheet':
      return `${problem.file}: tải tệp kiểu trang từ máy chủ khác`;
    case 'jsOverBudget':
      return `mã chạy lúc mở trang nặng ${problem.bytes} byte${problem.gzip ? ' (nén gzip)' : ''}, quá ${problem.factor} lần mức nền (${problem.limit})`;
  }
}

const installBrowser =
  'hãy cài Chromium (Debian/Ubuntu: sudo apt-get install -y chromium) hoặc đặt PUPPETEER_EXECUTABLE_PATH là đường dẫn tới Chrome hay Chromium';

function nextYearRefusal(refused: NextYearRefusal, say: Parameters<CommandMessages['nextYearRefused']>[1]): string {
  switch (refused.kind) {
    case 'sourceUnreadable':
      return refused.reason === 'missing'
        ? `không tìm thấy tệp ${refused.file}: ghi đúng đường dẫn tới bài viết mới sau --source`
        : refused.reason === 'folder'
          ? `${refused.file} là thư mục, không phải tệp: ghi đường dẫn tới tệp bài viết mới`
          : `không đọc được ${refused.file} vì không có quyền (kiểm tra chủ sở hữu và quyền của tệp)`;
    case 'sourceNotText':
      return `${refused.file} không phải tệp chữ đọc được: ${problemLine(refused.problem, say)}`;
    case 'sourceEmpty':
      return `${refused.file} không có chữ nào: dán nội dung bài viết mới vào tệp, lưu lại, rồi chạy lại lệnh`;
    case 'sameSource':
      return `${refused.file} giống hệt bài viết hiện tại (${refused.current}): cần bài viết của năm mới`;
    case 'yearKept':
      return `thư mục ${refused.folder} đã có: năm này đã được lưu rồi; nếu muốn lưu lại từ đầu, hãy đổi tên hoặc chuyển thư mục đó đi trước`;
    case 'noYear':
      return `không biết bài trình bày này của năm nào: «date: ${refused.date}» trong deck.yaml không có năm bốn chữ số; ghi năm, ví dụ «date: "2016"»`;
    case 'deckUnreadable':
      return [
        'chưa đọc được deck.yaml của năm nay, nên chưa thể lưu lại:',
        ...refused.problems.map((problem) => `  ${problemLine(problem, say)}`),
      ].join('\n');
  }
}

const options = (lines: readonly [string, string][]): string => lines.map(([name, text]) => `  ${name.padEnd(16)} ${text}`).join('\n');

const commandMessages: CommandMessages = {
  usageBuild: (d: UsageValues) =>
    `Cách dùng: npm run build [-- --slides THƯ_MỤC] [--out THƯ_MỤC]

Kiểm tra nội dung trong ${d.contentDir}/ rồi dựng trang web. Các tệp đã xuất trước đó trong thư mục
kết quả (PDF, PPTX, PNG) được giữ lại. Chỉ thay một bản dựng trước, hoặc một thư mục mới hay trống.
${options([
  ['--slides THƯ_MỤC', `thư mục nội dung (mặc định: ${d.contentDir})`],
  ['--out THƯ_MỤC', `thư mục kết quả (mặc định: ${d.buildDir})`],
  ['--no-og-image', 'không làm ảnh xem trước khi chia sẻ (ảnh này cần Chrome hoặc Chromium)'],
  ['--appendix', 'thêm phụ lục «Nguồn số liệu»: mỗi số liệu bên cạnh câu nguồn của nó'],
  ['--help', 'hiện hướng dẫn này'],
])}`,
  usagePdf: (d) =>
    `Cách dùng: npm run pdf [-- --handout [--per-page 1|3|6]] [--out TỆP] [--no-build] [--fragments] [--appendix]

Dựng bài trình bày, rồi in ra PDF bằng Chromium chạy ngầm.
${options([
  ['--handout', `tài liệu phát tay khổ A4: mỗi trang chiếu kèm lời thuyết trình (tệp mặc định: ${d.buildDir}/deck-handout.pdf)`],
  [
    '--per-page N',
    `cùng --handout: 1 (trang chiếu kèm lời, mặc định), 3 (ba trang chiếu bên trái, dòng kẻ để ghi chép bên phải: ${d.buildDir}/deck-handout-3.pdf) hoặc 6 (lưới 2×3 trang chiếu kèm số và tiêu đề: ${d.buildDir}/deck-handout-6.pdf)`,
  ],
  ['--appendix', 'dựng kèm phụ lục «Nguồn số liệu»: mỗi số liệu bên cạnh câu nguồn của nó'],
  ['--out TỆP', 'nơi ghi tệp PDF (mặc định: tên trên, trong thư mục --dist)'],
  ['--no-build', `xuất ${d.buildDir}/ đang có, không dựng lại`],
  ['--fragments', 'mỗi bước hiện ý là một trang (mặc định: mỗi trang chiếu một trang, hiện đủ các ý)'],
  ['--slides THƯ_MỤC', `thư mục nội dung (mặc định: ${d.contentDir})`],
  ['--dist THƯ_MỤC', `bản dựng để xuất, và nơi dựng nó (mặc định: ${d.buildDir})`],
  ['--timeout MS', `thời gian chờ tối đa cho mỗi bước: tải trang, tín hiệu sẵn sàng, in (mặc định: ${d.timeoutMs})`],
  ['--help', 'hiện hướng dẫn này'],
])}`,
  usagePng: (d) =>
    `Cách dùng: npm run png [-- --dist THƯ_MỤC] [--out THƯ_MỤC]

Lưu mỗi trang của bản dựng thành một ảnh PNG 1920×1080 (01.png, 02.png…) và một ảnh tổng quan.
Chạy npm run build trước. Chỉ thay một thư mục ảnh do lệnh này làm, hoặc một thư mục mới hay trống.
${options([
  ['--dist THƯ_MỤC', `bản dựng (mặc định: ${d.buildDir})`],
  ['--out THƯ_MỤC', 'nơi lưu ảnh (mặc định: DIST/png)'],
  ['--timeout MS', `thời gian chờ tối đa cho mỗi bước: tải trang, biểu đồ của mỗi trang (mặc định: ${d.timeoutMs})`],
  ['--help', 'hiện hướng dẫn này'],
])}`,
  usagePptx: (d) =>
    `Cách dùng: npm run pptx [-- --out TỆP] [--slides THƯ_MỤC]

Ghi bài trình bày thành tệp PowerPoint sửa được: chữ thật, biểu đồ thật, lời thuyết trình.
Không cần trình duyệt, không cần dựng trước.
${options([
  ['--out TỆP', `tệp kết quả (mặc định: ${d.buildDir}/${d.pptxFile})`],
  ['--slides THƯ_MỤC', `thư mục nội dung (mặc định: ${d.contentDir})`],
  ['--appendix', 'thêm phụ lục «Nguồn số liệu»: mỗi số liệu bên cạnh câu nguồn của nó'],
  [
    '--presenter',
    `bản của người trình bày: gợi ý cho người trình bày bên cạnh lời thuyết trình (tệp mặc định: ${d.buildDir}${d.presenterSuffix}/${d.presenterPptxFile}; không bao giờ đăng công khai)`,
  ],
  ['--help', 'hiện hướng dẫn này'],
])}`,
  usagePresent: (d) =>
    `Cách dùng: npm run present [-- --port N] [--host ĐỊA_CHỈ] [--no-build] [--new-token]

Phát bài trình bày trong mạng nội bộ cho buổi họp: bàn điều khiển cho máy tính xách tay, điều khiển
từ xa cho điện thoại của người trình bày và một địa chỉ cho khán giả; mọi màn hình đi theo người
trình bày. Dựng trước khi ${d.buildDir}/ chưa có hoặc đã cũ (${d.buildDir}/deck.json khác với nội dung
${d.contentDir}/ hiện nay, hoặc có tệp mã nguồn mới hơn nó).
${options([
  ['--port N', `cổng (mặc định: ${d.port}; 0 để tự chọn cổng trống)`],
  ['--host ĐỊA_CHỈ', `địa chỉ lắng nghe (mặc định: ${d.host}, mọi mạng của máy)`],
  ['--no-build', 'phát bản dựng đang có'],
  [
    '--new-token',
    'mã điều khiển mới: điện thoại đã quét mã cũ không điều khiển được nữa (mặc định, khởi động lại trên cùng cổng trong vòng 2 giờ thì tiếp tục bài như lúc dừng, giữ cả mã)',
  ],
  ['--slides THƯ_MỤC', `thư mục nội dung (mặc định: ${d.contentDir})`],
  ['--dist THƯ_MỤC', `bản dựng (mặc định: ${d.buildDir})`],
  ['--help', 'hiện hướng dẫn này'],
])}`,
  usageRelease: (d) =>
    `Cách dùng: npm run release [-- --out THƯ_MỤC] [--slides THƯ_MỤC] [--appendix]

Làm mọi thứ cho buổi họp vào một thư mục, trong một lần chạy với một trình duyệt: trang web và
offline.html, deck.pdf (kèm dữ liệu biểu đồ), tài liệu phát tay deck-handout.pdf, deck-handout-3.pdf
và deck-handout-6.pdf, ${d.pptxFile}, png/ (mỗi trang một ảnh và contact-sheet.png), data/ (mỗi biểu đồ
một tệp CSV), trình đơn «Tải về» trên trang web dẫn tới tất cả, và manifest.json (kích thước và mã
SHA-256 của từng tệp). Thư mục chỉ được thay khi mọi thứ đã làm xong.
${options([
  [
    '--out THƯ_MỤC',
    `thư mục kết quả (mặc định: ${d.buildDir}); bản của người trình bày (tài liệu kèm lời và tệp PowerPoint có gợi ý) nằm bên cạnh, trong THƯ_MỤC${d.presenterSuffix}, không bao giờ ở trong`,
  ],
  ['--slides THƯ_MỤC', `thư mục nội dung (mặc định: ${d.contentDir})`],
  ['--appendix', 'thêm phụ lục «Nguồn số liệu» vào trang web, các tệp PDF và ảnh'],
  ['--timeout MS', `thời gian chờ tối đa cho mỗi bước trong trình duyệt (mặc định: ${d.timeoutMs})`],
  ['--help', 'hiện hướng dẫn này'],
])}`,
  usageSize: (d) =>
    `Cách dùng: npm run size [-- --dist THƯ_MỤC]

In kích thước trang web đã dựng, gốc và nén gzip, so với hạn mức: phông chữ chỉ woff2 và không nhúng
thẳng; mã chạy lúc mở trang nhiều nhất ${d.jsFactor} lần mức nền (riêng reveal.js, đóng gói trong cùng
lần chạy: Chart.js chỉ tải khi sắp tới một biểu đồ). Kết thúc với mã 1 khi vượt hạn mức.
${options([
  ['--dist THƯ_MỤC', `bản dựng (mặc định: ${d.buildDir})`],
  ['--help', 'hiện hướng dẫn này'],
])}`,
  usageNextYear: (d) =>
    `Cách dùng: npm run next-year -- --source TỆP [--slides THƯ_MỤC] [--dist THƯ_MỤC]

Bắt đầu bài trình bày của năm mới từ bài năm nay. Lưu bài năm nay vào ${d.contentDir}/NĂM/ (deck.yaml,
các tệp phần, bài viết nguồn, và manifest.json của bản phát hành nếu đã có), lấy TỆP làm bài viết
nguồn mới, chuyển «date» sang năm sau, rồi liệt kê từng số liệu, câu trích dẫn, ngày và năm mà bài
viết mới không còn nêu, kèm tệp và dòng: đó là việc cần làm. npm run build từ chối cho đến khi hết
việc. Không thay đổi gì khi TỆP không phải chữ UTF-8 đọc được, giống hệt bài viết hiện tại, hoặc
thư mục của năm đã có.
${options([
  ['--source TỆP', 'bài viết nguồn của năm mới (tệp chữ UTF-8)'],
  ['--slides THƯ_MỤC', `thư mục nội dung (mặc định: ${d.contentDir})`],
  ['--dist THƯ_MỤC', `bản phát hành năm nay, để lưu manifest.json của nó (mặc định: ${d.buildDir})`],
  ['--help', 'hiện hướng dẫn này'],
])}`,

  stepChecking: ({ dir }) => `đang kiểm tra ${dir}/`,
  stepBuilding: ({ slides, sections }) => `${slides} trang trong ${sections} phần; đang dựng`,
  stepOffline: ({ file }) => `đang dựng ${file}`,
  stepOgCached: ({ file }) => `trang tiêu đề không đổi: ${file} lấy từ bộ nhớ đệm`,
  stepOgRendering: ({ file }) => `đang vẽ trang tiêu đề thành ${file}`,
  stepChartData: ({ count }) => `${count} tệp dữ liệu biểu đồ trong data/`,
  doneBuilt: ({ dir }) => `đã dựng ${dir}/`,
  ogNeedsBrowser: ({ file, problem }, say) =>
    `ảnh xem trước khi chia sẻ (${file}) được vẽ bằng trình duyệt: ${say(problem)}; hoặc dựng không có ảnh đó: npm run build -- --no-og-image`,
  contentErrorTitle: () => 'Cần sửa nội dung',
  overlayTip: () => 'Sửa các tệp trong thư mục slides rồi lưu lại: bài trình bày tự tải lại.',
  badAddress: () => 'địa chỉ sai: có ký tự mã hóa không đúng',
  notFound: () => 'không tìm thấy',

  noBuild: ({ dir }) => `chưa có bản dựng trong ${dir}: hãy chạy npm run build trước`,
  builtByOtherVersion: ({ file }) => `${file} do một phiên bản khác của công cụ này ghi: hãy chạy lại npm run build`,
  noPageForSlide: ({ title }) => `bản dựng không có trang cho ${q(title)}: bản dựng cũ hơn nội dung; hãy xuất lại mà không dùng --no-build`,

  browserVariable: ({ variable, value, folder }) =>
    `${variable} được đặt là ${q(value)}, ${folder ? 'đó là thư mục, không phải tệp chạy được' : 'đó không phải tệp chạy được'}: ${installBrowser}`,
  noBrowserFound: () => `không tìm thấy Chrome hay Chromium: ${installBrowser}`,
  browserDidNotStart: ({ path, detail }) => `trình duyệt ở ${path} không khởi động được: ${detail}`,
  browserStartTimeout: ({ path, seconds: waited }) => `trình duyệt ở ${path} không khởi động xong trong ${seconds(waited)} giây`,
  browserExited: ({ path, detail }) => `trình duyệt ở ${path} đã thoát trước khi khởi động xong: ${detail}`,
  browserClosed: () => 'trình duyệt đã đóng bất ngờ',
  deckTabClosed: () => 'thẻ trình duyệt đang mở bài trình bày đã đóng',
  deckOpenTimeout: ({ seconds: waited }) => `trình duyệt không mở được bài trình bày trong ${seconds(waited)} giây`,
  deckLoadTimeout: ({ seconds: waited, stuck }) => `bài trình bày không tải xong trong ${seconds(waited)} giây: ${stuckDeck(stuck)}`,
  deckNotReady: ({ seconds: waited, stuck }) => `bài trình bày chưa sẵn sàng sau ${seconds(waited)} giây: ${stuckDeck(stuck)}`,
  deckFailed: ({ detail }) => `bài trình bày không chạy được trong trình duyệt: ${detail}`,
  chartsMissing: ({ slide, title, drawn, charts, slideMissing }) =>
    `trang ${slide} ${q(title)}: mới vẽ ${drawn} trên ${charts} biểu đồ (${slideMissing ? 'trang không có trên bản in' : 'thiếu một biểu đồ trên bản in'}); dừng xuất để không in biểu đồ trống`,
  slideChartsTimeout: ({ slide, seconds: waited }) => `trang ${slide}: biểu đồ chưa vẽ xong sau ${seconds(waited)} giây`,
  portUnavailable: ({ port, host, inUse, detail }) =>
    `không dùng được cổng ${port} trên ${host}: ${inUse ? 'cổng đang bị dùng; hãy chọn cổng khác bằng --port' : detail}`,
  noTcpAddress: () => 'máy chủ không có địa chỉ mạng',
  stepStartingBrowser: () => 'đang mở trình duyệt',
  stepOpeningDeck: () => 'đang mở bài trình bày',
  stepLoadingDeck: () => 'đang tải bài trình bày',

  stepPagesLaidOut: ({ pages }) => `đã dàn ${pages} trang; đang in`,
  stepPresenterHandout: () => 'đang dàn tài liệu của người trình bày',
  stepHandout: ({ perPage }) => `đang dàn tài liệu phát tay, ${perPage} trang chiếu một tờ`,
  stepFinishingPdf: () => 'đang thêm mục lục, thông tin tệp và tệp đính kèm',
  stepWriting: ({ file }) => `đang ghi ${file}`,
  doneWrotePdf: ({ file, pages, kilobytes }) => `đã ghi ${file}: ${pages} trang, ${kilobytes} KB`,
  printTimeout: ({ seconds: waited }) => `in các trang chiếu chưa xong sau ${seconds(waited)} giây`,
  handoutTimeout: ({ seconds: waited }) => `in tài liệu phát tay chưa xong sau ${seconds(waited)} giây`,
  builtWithoutAppendix: ({ dir }) => `${dir} được dựng không có phụ lục: bỏ --no-build, hoặc dựng bằng npm run build -- --appendix`,
  perPageNeedsHandout: () => '--per-page chỉ dùng cùng --handout',
  perPageValue: ({ got: written }) => `--per-page phải là 1, 3 hoặc 6, không phải ${q(written)}`,

  stepSlideImage: ({ index, total }) => `trang ${index}/${total}`,
  stepContactSheet: () => 'ảnh tổng quan',
  donePng: ({ slides, sheets, dir }) => `đã lưu ${slides} trang và ${sheets} ảnh tổng quan vào ${dir}/`,
  deckHasNoSlides: () => 'bài trình bày không có trang nào',

  stepReading: ({ dir }) => `đang đọc ${dir}`,
  stepWritingSlides: ({ slides }) => `đang ghi ${slides} trang`,
  donePptx: ({ file, slides, kilobytes }) => `${file}: ${slides} trang, ${kilobytes} KB`,

  releaseSite: () => 'trang web, offline.html và dữ liệu biểu đồ',
  releasePdfs: () => 'bản trình chiếu PDF, ba tài liệu phát tay và tài liệu của người trình bày',
  releaseImages: () => 'ảnh các trang và ảnh tổng quan',
  releasePptx: () => 'các tệp PowerPoint',
  releaseDownloads: () => 'trình đơn «Tải về»',
  releaseManifest: ({ file }) => file,
  releasePresenter: () => 'bản của người trình bày, để riêng khỏi trang web',
  doneRelease: ({ dir, files, megabytes: size, steps, presenterFiles }, say) =>
    `đã phát hành ${dir}/: ${files} tệp, ${number(size)} MB (${steps.map((step) => `${say(step.name)} ${number(step.seconds)} giây`).join('; ')}); bản của người trình bày, không đăng công khai: ${presenterFiles.join(', ')}`,

  stepBuildingBecause: ({ reason }) => `đang dựng: ${staleReason(reason)}`,
  buildingWithoutOgImage: ({ file }) => `không có Chrome hay Chromium: dựng không có ${file}`,

  sizeHeader: () => 'gốc|gzip',
  sizeInitialJs: () => 'mã chạy lúc mở trang',
  sizeFloor: ({ factor }) => `  mức nền: riêng reveal.js (cho phép ×${factor})`,
  sizeRatio: ({ raw, gzip }) => `  so với mức nền: ${raw} gốc, ${gzip} gzip`,
  sizeCss: () => 'kiểu trang (CSS)',
  sizeFonts: () => 'phông chữ',
  sizeWholeFonts: () => 'phông chữ đầy đủ, chỉ tải khi thiếu một chữ trong phông đã cắt',
  sizeOther: () => 'tệp khác',
  sizeOverBudget: ({ problems }) => ['vượt hạn mức:', ...problems.map((problem) => `  ${sizeProblem(problem)}`)].join('\n'),
  sizeWithinBudget: () => 'trong hạn mức',

  nextYearRefused: ({ refusal: refused }, say) => `${nextYearRefusal(refused, say)}; chưa thay đổi gì`,
  stepKeeping: ({ year, folder }) => `đang lưu bài trình bày năm ${year} vào ${folder}/`,
  stepNewSource: ({ file }) => `đang lấy bài viết mới làm nguồn: ${file}`,
  stepNewDate: ({ from, to }) => `đang đổi «date» trong deck.yaml: ${from} → ${to}`,
  stepCheckingNewSource: () => 'đang so nội dung với bài viết mới',
  nextYearKept: ({ year, folder, files }) => `Đã lưu bài trình bày năm ${year} vào ${folder}/: ${files.join(', ')}.`,
  nextYearToDo: ({ problems, year }, say) =>
    [
      `Việc cần làm cho năm ${year}: ${problems.length} chỗ bài viết mới không còn nêu (npm run build từ chối cho đến khi hết):`,
      ...problems.map((problem) => `  ${problemLine(problem, say)}`),
    ].join('\n'),
  nextYearNothingToDo: ({ year }) => `Bài viết mới nêu đủ mọi số liệu của bài trình bày: không còn việc gì cho năm ${year}.`,
  nextYearLinesToReview: ({ lines, year }) =>
    [
      `Xem lại các dòng còn ghi năm ${year} mà danh sách trên chưa nêu (tên bài, lời thuyết trình, tiêu đề của trang có câu trích dẫn đang sai…):`,
      ...lines.map((line) => `  ${line.file}:${line.line} ${line.text}`),
    ].join('\n'),
  nextYearFailed: ({ problem }, say) => `không làm xong việc chuyển năm (${say(problem)}): mọi thay đổi đã được hoàn lại`,
};

/** What an editor reads on hovering a field of deck.yaml or of a section's front matter. */
const fieldHelp: Record<FieldHelpKey, FieldHelp> = {
  deck: {
    description:
      'Mục lục của bài trình bày: tên, năm, bài viết nguồn và thứ tự các tệp phần. Mọi số liệu trên trang chiếu được kiểm tra với bài viết nguồn ghi ở «source».',
  },
  'deck.title': {
    description: 'Tên đầy đủ của bài trình bày: hiện ở trang bìa, tên tệp PDF và PowerPoint, tiêu đề trang web.',
    examples: ['Hội nghị tổng kết công tác năm 2030 – xã Mới'],
  },
  'deck.shortTitle': {
    description: 'Tên ngắn, cho chỗ hẹp: thẻ trình duyệt, bàn điều khiển, đầu trang tài liệu. Bỏ trống thì dùng «title».',
    examples: ['Tổng kết công tác năm 2030'],
  },
  'deck.subtitle': {
    description: 'Tên hội nghị, in ở đầu trang của tài liệu phát tay.',
    examples: ['Hội nghị tổng kết công tác năm 2030'],
  },
  'deck.author': {
    description:
      'Người soạn tài liệu: chỉ điền khi bài viết nguồn nêu rõ. Để trống thì không bản nào (bìa, PDF, PowerPoint, tài liệu) ghi tên người soạn.',
    examples: [''],
  },
  'deck.date': {
    description:
      'Năm (hoặc thời gian) mà bài trình bày tổng kết. Số bằng năm này không cần dẫn chứng; npm run next-year lưu bài vào thư mục mang năm này.',
    examples: ['2030'],
  },
  'deck.lang': { description: 'Ngôn ngữ của nội dung, chọn cách viết số và các chữ của giao diện. Hiện có: vi.', examples: ['vi'] },
  'deck.description': {
    description: 'Một hai câu tóm tắt nội dung, cho trang web và khi chia sẻ đường dẫn. Viết đúng như bài viết.',
    examples: ['Kết quả công tác năm 2030 của xã và ý kiến chỉ đạo tại hội nghị tổng kết.'],
  },
  'deck.keywords': { description: 'Vài từ khóa người đọc sẽ tìm, mỗi dòng một từ bắt đầu bằng «- ».', examples: [['an toàn giao thông']] },
  'deck.source': {
    description:
      'Tên tệp bài viết nguồn, nằm cạnh deck.yaml: mọi số liệu, ngày, số hiệu văn bản và lời trích trên trang chiếu phải có đúng trong bài viết này.',
    examples: ['nguon-bai-viet.txt'],
  },
  'deck.timing': {
    description: 'Thời lượng dự kiến của bài trình bày, để bàn điều khiển báo nhanh hay chậm so với kế hoạch.',
    examples: [{ total: 15 }],
  },
  'deck.timing.total': { description: 'Thời lượng của cả bài: số phút (15, 1.5) hoặc «phút:giây» («14:30»).', examples: [15, '14:30'] },
  'deck.timing.sections': {
    description: 'Không bắt buộc: số phút của một số phần, theo tên tệp; các phần còn lại chia đều thời gian còn lại.',
    examples: [{ '04-ket-qua.md': 6 }],
  },
  'deck.topics': {
    description:
      'Các chủ đề của số liệu, ví dụ hai loại tội phạm. Mỗi chủ đề giữ một màu trong cả bài, theo thứ tự ở đây (đỏ, xanh, nâu, lục), và luôn được ghi tên bên cạnh màu.',
  },
  topic: { description: 'Một chủ đề: «id» để biểu đồ và con số nhắc tới, «label» là tên hiện trên trang chiếu.' },
  'topic.id': {
    description: 'Tên ngắn của chủ đề, chữ thường không dấu, chữ số và dấu gạch ngang: con số và biểu đồ ghi «topic: …» bằng tên này.',
    examples: ['ma-tuy'],
  },
  'topic.label': { description: 'Tên chủ đề hiện trên trang chiếu.', examples: ['Ma túy'] },
  'deck.keepTogether': {
    description: 'Các cụm từ đọc liền như một từ, không bao giờ bị tách khi xuống dòng (ở mọi bản: web, PDF, PowerPoint).',
    examples: [['phòng, chống']],
  },
  'deck.sections': {
    description:
      'Các tệp phần của bài trình bày, theo thứ tự chiếu, mỗi dòng một tệp bắt đầu bằng «- ». Tệp .md không có ở đây thì không được chiếu.',
    examples: [['01-mo-dau.md', '02-boi-canh.md']],
  },
  'deck.sections.file': { description: 'Tên một tệp phần (.md) nằm cạnh deck.yaml.', examples: ['01-mo-dau.md'] },
  section: { description: 'Phần đầu của một tệp phần, giữa hai dòng «---».' },
  'section.title': { description: 'Tên của phần, hiện phía trên tiêu đề mỗi trang của phần.', examples: ['Kết quả'] },
  'section.fragments': {
    description: 'Không bắt buộc: true thì các ý của mỗi trang hiện lần lượt từng ý khi bấm; bỏ trống thì hiện cả trang một lần.',
    examples: [true],
  },
};

export const vi = {
  lang: 'vi',
  numberLocale: 'vi-VN',
  officeLanguage: 'vi-VN',
  notesMarkers: ['Ghi chú:', 'Note:', 'Notes:'],
  hintMarkers: ['Gợi ý:', 'Hint:'],
  qualifiers: ['khoảng', 'trên', 'dưới', 'hơn', 'gần', 'ngót', 'chừng', 'xấp xỉ', 'ít nhất', 'tối đa', 'tối thiểu'],
  sourceRemarks: ['bài viết', 'bài báo', 'nguồn tin', 'bản tin', 'tờ báo', 'bài gốc'],
  strings: {
    derivedMark: '(suy ra)',
    tableItem: 'Hạng mục',
    tableValue: 'Giá trị',
    chartLabel: 'Biểu đồ',
    notesHeading: 'Ghi chú của người trình bày',
    hintLabel: 'Gợi ý cho người trình bày',
    remainder: 'Phần còn lại',
    pageNumber: '{0} / {1}',
  },
  meetingPack: {
    sourceMarker: 'Nguồn',
    sourcesHeading: 'Nguồn',
    close: 'Đóng',
    appendixTitle: 'Nguồn số liệu',
    appendixNotes: 'Mỗi số liệu, ngày tháng, số văn bản và trích dẫn của bài trình bày, bên cạnh câu của bài viết nguồn nêu nó.',
    slideReference: 'trang',
    earlierArticle: 'bài viết năm {0}',
    chartData: 'Tải dữ liệu (CSV)',
    chartTable: 'Xem số liệu dạng bảng',
    downloads: 'Tải về',
    files: {
      presentation: 'Bản trình chiếu (PDF)',
      handoutNotes: 'Tài liệu kèm ghi chú (PDF)',
      handout3: 'Tài liệu phát tay, 3 trang chiếu một tờ (PDF)',
      handout6: 'Tài liệu phát tay, 6 trang chiếu một tờ (PDF)',
      pptx: 'Tệp PowerPoint (PPTX)',
      offline: 'Bản xem không cần mạng (HTML)',
      contactSheet: 'Ảnh tổng quan các trang (PNG)',
      slideImages: 'Ảnh từng trang (PNG)',
      chartData: 'Dữ liệu biểu đồ (CSV)',
    },
    pageOf: 'Trang {page} / {pages}',
    continued: '(tiếp)',
    readerNotes: 'Ghi chép',
    csvColumns: {
      label: 'Hạng mục',
      value: 'Giá trị',
      unit: 'Đơn vị',
      qualifier: 'Từ chỉ mức',
      derived: 'Suy ra',
      sourceSentence: 'Câu nguồn',
    },
  },
  speaker: {
    consoleTitle: 'Bàn điều khiển',
    remoteTitle: 'Điều khiển từ xa',
    openConsoleKey: 'Bàn điều khiển của người trình bày',
    current: 'Đang chiếu',
    next: 'Tiếp theo',
    slideOf: 'Trang {0}/{1}',
    nextPoint: 'Ý {0}/{1} trên trang này',
    thenSlide: 'Trang sau: {0}',
    end: 'Hết bài trình bày',
    script: 'Lời thuyết trình',
    hints: 'Gợi ý cho người trình bày',
    elapsed: 'Đã trình bày',
    clock: 'Bây giờ',
    usedOfPlan: '{0} / {1} theo kế hoạch',
    ahead: 'Nhanh {0} so với kế hoạch',
    behind: 'Chậm {0} so với kế hoạch',
    onTrack: 'Đúng kế hoạch',
    noPlan: 'Chưa đặt thời lượng dự kiến',
    notStarted: 'Đồng hồ chạy từ lần chuyển trang đầu tiên',
    startTimer: 'Bắt đầu tính giờ',
    pauseTimer: 'Dừng đồng hồ',
    resumeTimer: 'Chạy tiếp',
    resetTimer: 'Đặt lại',
    previous: 'Trước',
    nextButton: 'Tiếp',
    blackout: 'Màn hình đen',
    blackoutOn: 'Đang tắt màn hình — bấm để chiếu lại',
    resume: 'Chiếu tiếp',
    openAudience: 'Mở cửa sổ chiếu',
    scanRemote: 'Quét mã để điều khiển bằng điện thoại',
    connected: 'Đã kết nối',
    reconnecting: 'Mất kết nối — đang kết nối lại…',
    refused: 'Mã điều khiển không đúng: trang này chỉ xem được',
    followOnly: 'Chỉ xem: mở bằng địa chỉ có mã để điều khiển',
    noDeck: 'Không thấy trang trình chiếu: hãy mở bàn điều khiển bằng phím S trên trang trình chiếu.',
    openFromDeck:
      'Bàn điều khiển chưa nối với trang trình chiếu nào. Mở trang trình chiếu, rồi nhấn phím S: bàn điều khiển mở ra trong một cửa sổ mới, đi theo từng trang.',
    openDeck: 'Mở trang trình chiếu',
    keys: 'Phím: Space hoặc mũi tên phải để sang bước tiếp, mũi tên trái để lùi lại, B để tắt màn hình',
    wakeLockOff: 'Điện thoại có thể tự tắt màn hình; khi mở lại, trang tự kết nối lại.',
    presentHeading: 'Trình bày tại hội nghị: {0}',
    consoleRole: 'Bàn điều khiển (máy tính của người trình bày)',
    remoteRole: 'Điều khiển từ xa (điện thoại của người trình bày)',
    audienceRole: 'Khán giả (máy chiếu, máy tính và điện thoại người dự)',
    scanInTerminal: 'Quét mã này bằng điện thoại của người trình bày:',
    stopHint: 'Nhấn Ctrl-C để dừng.',
    refusedOne: 'Đã từ chối {0} kết nối {1}',
    refusedMany: 'Đã từ chối {0} kết nối: {1}',
    refusedWrongToken: 'dùng mã sai',
    refusedForeignHost: 'dùng địa chỉ lạ',
    refusedOtherSite: 'từ trang web khác',
    refusedTooFast: 'gửi quá nhanh',
    refusedSilent: 'im lặng quá lâu',
    refusedFull: 'khi đã hết chỗ',
    resumed: 'Tiếp tục bài trình bày từ trang {0}/{1}, như lúc dừng.',
    keptKey: 'Điện thoại đã quét mã trước đó vẫn điều khiển được, không cần quét lại.',
    newKey: 'Đã tạo mã điều khiển mới: điện thoại cần quét lại mã dưới đây.',
    notSaved: 'Không lưu được vị trí bài trình bày ({0}): nếu khởi động lại, bài sẽ bắt đầu từ trang đầu.',
    noLanAddress: 'Không tìm thấy mạng nội bộ: chỉ máy này mở được các địa chỉ trên.',
    stopped: 'Đã dừng trình bày.',
  },
  messages: { ...baseMessages, ...contentMessages, ...commandMessages },
  fieldHelp,
} as const;
