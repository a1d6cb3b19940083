import { type Message, messageMaker, type Say } from './message.ts';

/** Why a file operation failed, by its errno code; `other` carries the system's own words. */
export type WriteReason =
  | 'ENOSPC'
  | 'EDQUOT'
  | 'EROFS'
  | 'EACCES'
  | 'EPERM'
  | 'ENOTDIR'
  | 'EISDIR'
  | 'EEXIST'
  | 'ENAMETOOLONG'
  | 'EMFILE'
  | 'EIO'
  | 'ENOENT';

/** A folder an output must keep away from (see outputRules). */
export type ProtectedName =
  | { kind: 'fileSystemRoot' }
  | { kind: 'home' }
  | { kind: 'project' }
  | { kind: 'content'; path: string }
  | { kind: 'code' }
  | { kind: 'git' }
  | { kind: 'nodeModules' };

/** Why an output folder or file may not be replaced or written. */
export type OutputRefusal =
  | { kind: 'isProtected'; name: ProtectedName }
  | { kind: 'insideProtected'; name: ProtectedName }
  | { kind: 'holdsProtected'; name: ProtectedName }
  | { kind: 'isFile' }
  | { kind: 'otherKind'; found: string; wanted: string }
  | { kind: 'foreignFiles'; sample: string[]; more: number }
  | { kind: 'deadLink'; path?: string; link: string }
  | { kind: 'isFolder'; example: string }
  | { kind: 'wrongExtension'; extension: string };

/** A whole-number option's unit, when it has one. */
export type OptionUnit = 'milliseconds' | 'runs';

/**
 * The messages of src/base: options, writes, locks, the temporary folder, stop signals and
 * progress. Each entry takes its values (and `say`, for a message inside them); a Locale gives
 * the words (src/model/locales/).
 */
export interface BaseMessages {
  /** A command's one line when it fails: "error: …". */
  errorLine: (params: { problem: Message }, say: Say) => string;
  /** A warning line: "warning: …". */
  warningLine: (params: { problem: Message }, say: Say) => string;
  /** A progress step: "… building". */
  stepLine: (params: { step: Message }, say: Say) => string;
  /** The last progress line: "✓ built dist/ (2.1 s)". */
  doneLine: (params: { done: Message; seconds: number }, say: Say) => string;
  /** The step of a command of several: "[3/7] the PDF". */
  numberedStep: (params: { index: number; total: number; step: Message }, say: Say) => string;
  unknownOption: (params: { option: string }, say: Say) => string;
  optionNeedsValue: (params: { option: string }, say: Say) => string;
  optionTakesNoValue: (params: { option: string }, say: Say) => string;
  optionRequired: (params: { option: string; example: string }, say: Say) => string;
  unexpectedArgument: (params: { argument: string }, say: Say) => string;
  /** An option error the parser words in its own way. */
  badOption: (params: { detail: string }, say: Say) => string;
  integerOption: (params: { name: string; min: number; max: number; unit?: OptionUnit; got: string }, say: Say) => string;
  portOption: (params: { name: string; got: string }, say: Say) => string;
  hostOption: (params: { name: string; got: string }, say: Say) => string;
  pathOption: (params: { name: string; got: string }, say: Say) => string;
  /** Why a write failed, in words. */
  writeReason: (params: { reason: WriteReason }, say: Say) => string;
  cantWrite: (params: { target: string; reason?: WriteReason; detail?: string }, say: Say) => string;
  refuseReplace: (params: { target: string; refusal: OutputRefusal }, say: Say) => string;
  refuseWrite: (params: { target: string; refusal: OutputRefusal }, say: Say) => string;
  notAFolderOnPath: (params: { target: string; existing: string }, say: Say) => string;
  folderBusy: (params: { folder: string; pid?: number }, say: Say) => string;
  waitingForFolder: (params: { folder: string; pid?: number }, say: Say) => string;
  temporaryFolder: (params: { dir: string; reason?: WriteReason; detail?: string }, say: Say) => string;
  temporaryFolderFull: (params: { dir: string; freeBytes: number; neededBytes: number }, say: Say) => string;
  temporaryFolderFilled: (params: { dir: string }, say: Say) => string;
  leftover: (params: { file: string; reason?: WriteReason; detail?: string }, say: Say) => string;
  outputLost: (params: { stream: 'output' | 'messages'; reason?: WriteReason; detail?: string }, say: Say) => string;
  stoppedBy: (params: { signal: string }, say: Say) => string;
  /** The words a DeckError made from a system error carries when it has nothing better. */
  systemError: (params: { detail: string }, say: Say) => string;
  /** Text that is already words, as the developer's own scripts (scripts/) write them. */
  plainText: (params: { text: string }, say: Say) => string;
}

export const baseMessage = messageMaker<BaseMessages>();

/** Text shown as it is written: for the developer's scripts, which are not the office's. */
export const plainText = (text: string): Message => baseMessage('plainText', { text });
