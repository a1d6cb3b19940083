import { lstat, open, readdir, readlink, realpath, rm, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { baseMessage, type OutputRefusal, type ProtectedName } from './base-messages.ts';
import { defaults } from './defaults.ts';
import { asWriteError } from './describe-write-error.ts';
import { displayPath } from './display-path.ts';
import { DeckError } from './errors.ts';
import { removeStaleLocks } from './output-lock.ts';
import { outputMarkerFile, readOutputMarker } from './output-marker.ts';
import { projectRoot } from './project-root.ts';
import { removeStaleTemporaries } from './scratch-path.ts';

/** A folder an output must keep away from, and how to name it in a message. */
export interface ProtectedFolder {
  path: string;
  name: ProtectedName;
}

/**
 * Where outputs may not go. An output folder is replaced as a whole, so it may be none of `whole`
 * and hold none of them; no output may be written inside `inside`.
 */
export interface OutputRules {
  whole: readonly ProtectedFolder[];
  inside: readonly ProtectedFolder[];
}

export interface OutputRulesOptions {
  /** The content folder (default: slides/). */
  contentDir?: string;
  root?: string;
  home?: string;
}

/** The project, its content, its code, the home folder and the root of the file system are never replaced. */
export function outputRules(options: OutputRulesOptions = {}): OutputRules {
  const root = path.resolve(options.root ?? projectRoot);
  const content = path.resolve(options.contentDir ?? defaults.contentDir);
  const contentName: ProtectedName = { kind: 'content', path: displayPath(content) };
  return {
    whole: [
      { path: path.parse(root).root, name: { kind: 'fileSystemRoot' } },
      { path: path.resolve(options.home ?? homedir()), name: { kind: 'home' } },
      { path: root, name: { kind: 'project' } },
      { path: content, name: contentName },
    ],
    inside: [
      { path: content, name: contentName },
      { path: path.join(root, 'src'), name: { kind: 'code' } },
      { path: path.join(root, '.git'), name: { kind: 'git' } },
      { path: path.join(root, 'node_modules'), name: { kind: 'nodeModules' } },
    ],
  };
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** Why `target` may not be an output folder under `rules`, or undefined when it may. Paths only: no disk access. */
export function protectedReason(target: string, rules: OutputRules, { replacesFolder = true } = {}): OutputRefusal | undefined {
  const resolved = path.resolve(target);
  const same = [...rules.whole, ...rules.inside].find((folder) => path.resolve(folder.path) === resolved);
  if (same) return { kind: 'isProtected', name: same.name };
  const within = rules.inside.find((folder) => isInside(resolved, path.resolve(folder.path)));
  if (within) return { kind: 'insideProtected', name: within.name };
  if (!replacesFolder) return undefined;
  const holds = rules.whole.find((folder) => isInside(path.resolve(folder.path), resolved));
  if (holds) return { kind: 'holdsProtected', name: holds.name };
  return undefined;
}

export interface ClaimOutputDirectoryOptions {
  /** The kind of output, as written in the folder's marker. */
  kind: string;
  rules: OutputRules;
  /** Recognises a folder of this kind made before folders were marked. */
  recognise?: (dir: string) => Promise<boolean>;
}

/**
 * Checks, before any work, that `target` may be replaced by a new output: it is not a protected
 * folder, and it is missing, empty, or marked as an output of the same kind. Also checks that its
 * parent folder can be written to, and removes what interrupted runs left beside it.
 * Anything else is a DeckError (exit 73) that names the folder and says why.
 */
export async function claimOutputDirectory(target: string, options: ClaimOutputDirectoryOptions): Promise<string> {
  const refuse = (refusal: OutputRefusal): DeckError =>
    new DeckError('cantWrite', baseMessage('refuseReplace', { target: displayPath(target), refusal }));
  const resolved = await resolveReal(target, refuse);
  const reason = protectedReason(resolved, options.rules);
  if (reason) throw refuse(reason);
  // First what interrupted runs left: a swap stopped half-way is finished, so the folder is judged as it should be.
  await removeLeftovers(path.dirname(resolved));
  const problem = await replaceableProblem(resolved, options);
  if (problem) throw refuse(problem);
  await checkWritable(path.dirname(resolved), target);
  return resolved;
}

/**
 * Before a command reads an output that is not there: a swap of it that was stopped half-way is
 * finished (or undone) first, so `npm run present -- --no-build` after a `kill -9` of a release finds it.
 */
export async function recoverOutput(folder: string): Promise<void> {
  await removeLeftovers(path.dirname(path.resolve(folder)));
}

/** Finishes the swaps that interrupted runs left, and removes the rest of their leftovers and locks (see removeStaleTemporaries). */
export async function removeLeftovers(dir: string): Promise<void> {
  await removeStaleTemporaries(dir);
  await removeStaleLocks(dir);
}

/** Why the existing folder is not ours to replace, or undefined when it is (or does not exist). */
async function replaceableProblem(dir: string, options: ClaimOutputDirectoryOptions): Promise<OutputRefusal | undefined> {
  const found = await stat(dir).catch((error: NodeJS.ErrnoException) => {
    // Missing, or under a file: nothing to replace (checkWritable reports the latter).
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
    throw asWriteError(error, displayPath(dir)) ?? error;
  });
  if (!found) return undefined;
  if (!found.isDirectory()) return { kind: 'isFile' };
  const names = await readdir(dir);
  if (names.length === 0) return undefined;
  const marker = await readOutputMarker(dir);
  if (marker) return marker.kind === options.kind ? undefined : { kind: 'otherKind', found: marker.kind, wanted: options.kind };
  if (await options.recognise?.(dir)) return undefined;
  const listed = names.filter((name) => name !== outputMarkerFile).sort();
  return { kind: 'foreignFiles', sample: listed.slice(0, 3), more: Math.max(0, listed.length - 3) };
}

export interface ClaimOutputFileOptions {
  /** The file's extension, such as ".pdf": an existing file is replaced only if it has it. */
  extension: string;
  rules: OutputRules;
}

/**
 * Checks, before any work, that the file `target` may be written: not inside the content or the
 * code, not a folder, not some other kind of file, in a folder that can be written to. Removes what
 * interrupted runs left beside it.
 */
export async function claimOutputFile(target: string, options: ClaimOutputFileOptions): Promise<string> {
  const refuse = (refusal: OutputRefusal): DeckError =>
    new DeckError('cantWrite', baseMessage('refuseWrite', { target: displayPath(target), refusal }));
  const resolved = await resolveReal(target, refuse);
  // A missing folder may be an output whose swap was stopped half-way (dist/ for dist/deck.pdf): finished first.
  const folder = path.dirname(resolved);
  if (!(await stat(folder).catch(() => undefined))) await removeLeftovers(path.dirname(folder));
  const reason = protectedReason(resolved, options.rules, { replacesFolder: false });
  if (reason) throw refuse(reason);
  const existing = await stat(resolved).catch(() => undefined);
  if (existing?.isDirectory()) throw refuse({ kind: 'isFolder', example: path.join(displayPath(target), `deck${options.extension}`) });
  if (existing && path.extname(resolved).toLowerCase() !== options.extension)
    throw refuse({ kind: 'wrongExtension', extension: options.extension });
  await checkWritable(path.dirname(resolved), target);
  await removeLeftovers(path.dirname(resolved));
  return resolved;
}

/**
 * Creates and removes a probe file in `dir`, or in its nearest existing ancestor when the folder
 * is still to be made: a read-only, full or forbidden place fails now, not after the rendering.
 */
let probeCount = 0;

export async function checkWritable(dir: string, target: string): Promise<void> {
  let existing = path.resolve(dir);
  for (;;) {
    const found = await stat(existing).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw asWriteError(error, displayPath(target)) ?? error;
    });
    if (found?.isDirectory()) break;
    if (found) {
      throw new DeckError('cantWrite', baseMessage('notAFolderOnPath', { target: displayPath(target), existing: displayPath(existing) }));
    }
    const parent = path.dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  // Unique per check: two exports of one process may check the same folder at the same time.
  const probe = path.join(existing, `.deck-write-check-${process.pid}-${++probeCount}`);
  try {
    const handle = await open(probe, 'wx');
    await handle.close();
  } catch (error) {
    throw asWriteError(error, displayPath(target)) ?? error;
  } finally {
    await rm(probe, { force: true });
  }
}

/**
 * The absolute path with symbolic links resolved as far as the path exists. A link whose target is
 * missing, such as one to a USB stick that is not mounted, is refused: writing through it would
 * replace the link with a folder of the same name, and the output would not be where it was meant to go.
 */
async function resolveReal(target: string, refuse: (refusal: OutputRefusal) => DeckError): Promise<string> {
  const resolved = path.resolve(target);
  const missing: string[] = [];
  let existing = resolved;
  for (;;) {
    try {
      return path.join(await realpath(existing), ...missing.reverse());
    } catch {
      const link = await lstat(existing).then(
        (info) => (info.isSymbolicLink() ? readlink(existing) : undefined),
        () => undefined,
      );
      if (link !== undefined) {
        throw refuse({ kind: 'deadLink', ...(existing === resolved ? {} : { path: displayPath(existing) }), link });
      }
      const parent = path.dirname(existing);
      if (parent === existing) return resolved;
      missing.push(path.basename(existing));
      existing = parent;
    }
  }
}
