/**
 * English words that a sentence cannot do without (articles, pronouns, the commonest verbs,
 * prepositions) and the words the old English messages used: a message that holds one of them,
 * outside what it quotes, speaks English somewhere. "in" and "do" are left out: they are Vietnamese
 * words too (in: to print; do: by).
 */
const englishWords = new Set(
  [
    'a an the this that these those it its is are was were be been being has have had does did not no nor',
    'of to on at for from with without by about into over under after before between and or but if then than',
    'must should can cannot could would will may might shall please',
    'what which who whom whose when where why how there here',
    'expected got found missing error warning problem problems file files line lines field fields value values',
    'number text list name names write remove delete add use used using see make made keep choose',
    'more less only every each any some other same such first last',
    'slide page chart item items source quote quotes figure unit label deck folder',
    'refusing could permission denied disk full read only exists',
  ]
    .join(' ')
    .split(' '),
);

/**
 * The English words of a message, leaving out what it quotes («…», "…", `…`), the commands it names
 * (npm run build, node bin/deck.mjs pdf), options (--out), and file and field names (deck.yaml,
 * slides/04-ket-qua.md:8, chart.items[2].value): those are the editor's own words.
 */
export function englishWordsIn(message: string): string[] {
  const prose = message
    .replace(/«[^»]*»/g, ' ')
    .replace(/"[^"\n]*"/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/\bnpm run [\w:-]+(?: --(?: --?[\w-]+(?: [\w./-]+)?)*)?/g, ' ')
    .replace(/\bnode (?:--import tsx )?[\w./-]+(?: [\w-]+)?/g, ' ')
    .replace(/\bsudo apt-get install -y [\w-]+/g, ' ')
    .replace(/\S*[./\\:_[\]()0-9@=]\S*/g, ' ')
    .replace(/--?[\w-]+/g, ' ');
  return [...prose.matchAll(/\p{L}+/gu)].map((match) => match[0]).filter((word) => englishWords.has(word.toLowerCase()));
}
