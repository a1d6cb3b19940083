import type { YAMLError } from 'yaml';

export interface YamlErrorExplained {
  /** Offset in the YAML text of the place to look at. */
  offset: number;
  message: string;
}

/**
 * The YAML library's errors, said as what to do: "Nested mappings are not allowed in compact
 * mappings" becomes "indent with spaces under `items:`". `text` is the YAML the error is in.
 */
export function explainYamlError(error: YAMLError, text: string): YamlErrorExplained {
  const offset = error.pos[0];
  const line = lineOf(text, offset);
  const under = parentKey(text, offset);
  const indent = `indent with spaces${under ? ` under \`${under}:\`` : ''}`;
  const first = firstLine(error.message);
  const explained = (message: string, at = offset): YamlErrorExplained => ({ offset: at, message });

  switch (error.code) {
    case 'TAB_AS_INDENT':
      return explained(`a tab is used to indent: ${indent}, never tabs`);
    case 'BLOCK_AS_IMPLICIT_KEY':
      if ((line.match(/:(\s|$)/g) ?? []).length >= 2) {
        const [, key = 'title', value = '…'] = /^\s*(?:-\s+)?([^:]+):\s+(.*?)\s*$/.exec(line) ?? [];
        return explained(
          `this value contains ": ", which starts a new field: put the value in quotes, as in ${key}: "${value.replaceAll('"', "'")}"`,
        );
      }
      return explained(`the fields here are not lined up: start every field of an item in the same column, and ${indent}`);
    case 'BAD_INDENT':
      if (/flow (sequence|collection)/i.test(first)) {
        return explained(
          'a list opened here with [ is not closed: end it with ] on the same line',
          Math.max(0, text.lastIndexOf('[', offset)),
        );
      }
      if (/flow mapping/i.test(first)) {
        return explained(
          'a group opened here with { is not closed: end it with } on the same line',
          Math.max(0, text.lastIndexOf('{', offset)),
        );
      }
      return explained(`the fields here are not lined up: start every field of an item in the same column, and ${indent}`);
    case 'MULTILINE_IMPLICIT_KEY':
      return explained(`this line is not a field: write each field as "name: value" on its own line, and ${indent}`);
    case 'MISSING_CHAR': {
      const quote = /closing (["'])quote/.exec(first)?.[1];
      if (quote) {
        const opening = text.lastIndexOf(quote, offset - 1);
        return explained(`a text opened with ${quote} here is never closed: end it with ${quote} on the same line`, Math.max(0, opening));
      }
      if (/without - indicator/.test(first)) {
        return explained(
          `this line is indented less than the field above it: line it up with that field (${indent}), or start a new item with "- "`,
        );
      }
      if (/followed by map values/.test(first)) return explained('a field name needs a colon and a value: write "name: value"');
      return explained(`something is missing here (${first.toLowerCase()}): write each field as "name: value"`);
    }
    case 'DUPLICATE_KEY': {
      const key = /^\s*(?:-\s+)?([^:#]+?)\s*:/.exec(line)?.[1];
      return explained(`the field ${key ? `"${key}" ` : ''}is written twice: keep one`);
    }
    case 'BAD_SCALAR_START': {
      const character = first.at(-1) ?? '';
      return explained(`a value cannot start with "${character}": put the value in quotes, such as "${character}…"`);
    }
    case 'UNEXPECTED_TOKEN':
      return explained(
        'text follows a closing quote: put the whole value in quotes, with the other kind of quote inside, such as "\'trích\' dẫn"',
      );
    case 'MULTIPLE_DOCS':
      return explained('a line "---" ends the fields here: remove it, or put the text it belongs to in quotes');
    case 'BAD_DQ_ESCAPE':
      return explained(`a backslash in "double quotes" starts an escape: write \\\\ for a backslash, or use 'single quotes'`);
    case 'BLOCK_IN_FLOW':
      return explained('a list in [ ] or a group in { } must stay on one line: write it on one line, or as lines starting with "- "');
    case 'KEY_OVER_1024_CHARS':
      return explained('a field name is longer than 1024 characters: is a colon missing after a short name?');
    default:
      return explained(`the fields cannot be read here (${first})`);
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
