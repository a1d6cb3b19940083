import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse } from 'yaml';
import { getLanguageService } from 'yaml-language-server';
import { editorSchemaFiles, editorSchemas, serializeEditorSchema } from '../../../src/content/editor-schema.ts';
import { splitFrontMatter } from '../../../src/content/split-front-matter.ts';
import { fieldHelpKeys } from '../../../src/model/field-help.ts';
import { createLocale } from '../../../src/model/locale.ts';

const locale = createLocale('vi');
const generated = editorSchemas(locale);
const readSchema = async (file: string): Promise<Record<string, unknown>> =>
  JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
const validator = (schema: Record<string, unknown>) => new Ajv2020({ allErrors: true, strict: false }).compile(schema);

describe('the editor schemas of deck.yaml and of a section’s front matter', () => {
  it('are checked in as the content schemas make them (run npm run schema after changing one)', async () => {
    for (const [name, file] of Object.entries(editorSchemaFiles)) {
      expect(await readFile(file, 'utf8'), `${file}: run npm run schema`).toBe(
        serializeEditorSchema(generated[name as keyof typeof generated]),
      );
    }
  });

  it('describe every field in the Locale’s words, with examples where they help', () => {
    const text = JSON.stringify(generated);
    for (const key of fieldHelpKeys) expect(text, key).toContain(JSON.stringify(locale.fieldHelp[key].description));
    expect(Object.keys((generated.deck.properties ?? {}) as object)).toEqual(
      expect.arrayContaining(['title', 'date', 'source', 'sections', 'timing', 'topics', 'keepTogether']),
    );
  });

  it('accept the real slides/deck.yaml and every section’s front matter', async () => {
    const deck = validator(await readSchema(editorSchemaFiles.deck));
    expect(deck(parse(await readFile('slides/deck.yaml', 'utf8'))), JSON.stringify(deck.errors)).toBe(true);
    const section = validator(await readSchema(editorSchemaFiles.section));
    const files = (await readdir('slides')).filter((name) => name.endsWith('.md'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const { frontMatter } = splitFrontMatter(await readFile(path.join('slides', file), 'utf8'));
      expect(section(parse(frontMatter ?? '')), `${file}: ${JSON.stringify(section.errors)}`).toBe(true);
    }
  });

  it('refuse a broken deck.yaml: a misspelt field, a title that is a number, no sections', async () => {
    const deck = validator(await readSchema(editorSchemaFiles.deck));
    const broken = parse(await readFile('slides/deck.yaml', 'utf8')) as Record<string, unknown>;
    const { sections: _sections, ...withoutSections } = broken;
    expect(deck({ ...withoutSections, titel: 'x', title: 2017 })).toBe(false);
    expect(deck.errors?.map((error) => error.keyword).sort()).toEqual(['additionalProperties', 'required', 'type']);
  });
});

describe('what VS Code shows with the recommended YAML extension (its language server, yaml-language-server)', () => {
  const service = getLanguageService({
    schemaRequestService: async (uri: string) => readFile(new URL(uri), 'utf8'),
    workspaceContext: { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).href },
  });
  service.configure({ validate: true, hover: true, completion: true, schemas: [] });
  // The server keeps what it parsed by address and version, as an editor's open file: each text is a new version.
  let version = 0;
  const open = async (text: string) => TextDocument.create(pathToFileURL(path.resolve('slides/deck.yaml')).href, 'yaml', ++version, text);

  it('finds the schema by the modeline of slides/deck.yaml, and shows a field’s Vietnamese description on hover', async () => {
    const text = await readFile('slides/deck.yaml', 'utf8');
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=../${editorSchemaFiles.deck}`);
    const lines = text.split('\n');
    const line = lines.findIndex((row) => row.startsWith('source:'));
    const hover = await service.doHover(await open(text), { line, character: 2 });
    const shown = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    expect(shown).toContain(locale.fieldHelp['deck.source'].description);
  });

  it('marks a broken field while typing', async () => {
    const text = (await readFile('slides/deck.yaml', 'utf8')).replace(/^date: .*$/m, 'date: [2016]').replace(/^lang: vi$/m, 'ngon-ngu: vi');
    const problems = await service.doValidation(await open(text), false);
    const lines = text.split('\n');
    expect(problems.map((problem) => problem.range.start.line).sort((a, b) => a - b)).toEqual([
      lines.findIndex((row) => row.startsWith('date:')),
      lines.findIndex((row) => row.startsWith('ngon-ngu:')),
    ]);
  });
});
