/**
 * Words for a person (an editor, a presenter), kept as data until the edge shows them: a key of
 * the Locale's messages (src/model/locale.ts) and the values it needs. The command, the dev server
 * or a test formats it with the Locale it speaks; nothing that makes a message knows its words.
 */
export interface Message {
  readonly key: string;
  readonly params: object;
}

/** Formats a message, and any message inside its values. */
export type Say = (message: Message) => string;

/** A message that needs no values. */
export type NoParams = Record<never, never>;

/** The values a catalog entry `(params, say) => string` takes. */
export type ParamsOf<Entry> = Entry extends (params: infer Params, say: Say) => string ? Params : never;

/** A typed maker of one catalog's messages: `baseMessage('cantWrite', { target, reason })`. */
export function messageMaker<Catalog>() {
  return <Key extends keyof Catalog & string>(key: Key, params: ParamsOf<Catalog[Key]>): Message => ({ key, params: params as object });
}

/** Whether a value is a message (a key and its values), for a list that holds text and messages. */
export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Message).key === 'string' &&
    typeof (value as Message).params === 'object'
  );
}

/** Until a command chooses its Locale (see runCli), a message is shown as its key: never silently dropped. */
let installed: Say = (message) => `${message.key} ${JSON.stringify(message.params)}`;

/** The command's words, chosen once at its start by runCli. */
export function installSay(say: Say): void {
  installed = say;
}

/** A message in the command's words. */
export function say(message: Message): string {
  return installed(message);
}

/** The message with every text among its values (and those of the messages inside them) passed through `change`. */
export function mapMessageText(message: Message, change: (text: string) => string): Message {
  const map = (value: unknown): unknown => {
    if (typeof value === 'string') return change(value);
    if (Array.isArray(value)) return value.map(map);
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, map(inner)]));
    return value;
  };
  return { key: message.key, params: map(message.params) as object };
}
