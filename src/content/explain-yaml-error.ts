import type { YAMLError } from 'yaml';
import type { Message } from '../base/message.ts';
import { contentMessage } from '../model/content-messages.ts';

export interface YamlErrorExplained {
  /** Offset in the YAML text of the place to look at. */
  offset: number;
  message: Message;
}

/**
 * The YAML library's errors, said as what to do: "Nested mappings are not allowed in compact
 * mappings" becomes "indent with spaces under `items:`". `text` is the YAML the error is in.
 */
export function explainYamlError(error: YAMLError, text: string): YamlErrorExplained {
  const offset = error.pos[0];
  const line = lineOf(text, offset);
  const under = parentKey(text, offset);
  const at = under ? { under } : {};
  const first = firstLine(error.message);
  const explained = (message: Message, place = offset): YamlErrorExplained => ({ offset: place, message });

  switch (error.code) {
    case 'TAB_AS_INDENT':
      return explained(contentMessage('yamlTab', at));
    case 'BLOCK_AS_IMPLICIT_KEY':
      if ((line.match(/:(\s|$)/g) ?? []).length >= 2) {
        const [, key = 'title', value = '…'] = /^\s*(?:-\s+)?([^:]+):\s+(.*?)\s*$/.exec(line) ?? [];
        return explained(contentMessage('yamlColonInValue', { key, value: value.replaceAll('"', "'") }));
      }
      return explained(contentMessage('yamlNotAligned', at));
    case 'BAD_INDENT':
      if (/flow (sequence|collection)/i.test(first)) {
        return explained(contentMessage('yamlListNotClosed', {}), Math.max(0, text.lastIndexOf('[', offset)));
      }
      if (/flow mapping/i.test(first)) {
        return explained(contentMessage('yamlGroupNotClosed', {}), Math.max(0, text.lastIndexOf('{', offset)));
      }
      return explained(contentMessage('yamlNotAligned', at));
    case 'MULTILINE_IMPLICIT_KEY':
      return explained(contentMessage('yamlNotAField', at));
    case 'MISSING_CHAR': {
      const quote = /closing (["'])quote/.exec(first)?.[1];
      if (quote) {
        const opening = text.lastIndexOf(quote, offset - 1);
        return explained(contentMessage('yamlQuoteNotClosed', { quote }), Math.max(0, opening));
      }
      if (/without - indicator/.test(first)) return explained(contentMessage('yamlLessIndented', at));
      if (/followed by map values/.test(first)) return explained(contentMessage('yamlNeedsColon', {}));
      return explained(contentMessage('yamlSomethingMissing', {}));
    }
    case 'DUPLICATE_KEY': {
      const key = /^\s*(?:-\s+)?([^:#]+?)\s*:/.exec(line)?.[1];
      return explained(contentMessage('yamlDuplicate', key ? { key } : {}));
    }
    case 'BAD_SCALAR_START':
      return explained(contentMessage('yamlBadStart', { character: first.at(-1) ?? '' }));
    case 'UNEXPECTED_TOKEN':
      return explained(contentMessage('yamlTextAfterQuote', {}));
    case 'MULTIPLE_DOCS':
      return explained(contentMessage('yamlDocumentEnd', {}));
    case 'BAD_DQ_ESCAPE':
      return explained(contentMessage('yamlBackslash', {}));
    case 'BLOCK_IN_FLOW':
      return explained(contentMessage('yamlFlowOnOneLine', {}));
    case 'KEY_OVER_1024_CHARS':
      return explained(contentMessage('yamlLongKey', {}));
    default:
      return explained(contentMessage('yamlUnreadable', {}));
  }
}

function lineOf(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end < 0 ? undefined : end);
}

/** The key of the nearest block above `offset` that is indented less, such as "items". */
function parentKey(text: string, offset: number): string | undefined {
  const lines = text.slice(0, offset).split('\n');
  const current = lines.pop() ?? '';
  const fullLine = current + lineOf(text, offset).slice(current.length);
  let indent = indentOf(fullLine);
  for (const line of lines.reverse()) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const lineIndent = indentOf(line);
    if (lineIndent >= indent) continue;
    const key = /^\s*(?:-\s+)?([^\s:#][^:#]*?)\s*:\s*(?:#.*)?$/.exec(line)?.[1];
    if (key) return key;
    indent = lineIndent;
  }
  return undefined;
}

function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)?.[0].length ?? 0;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
