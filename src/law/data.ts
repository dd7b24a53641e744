import { z } from 'astro/zod';
import { noticeKinds } from '../letters/letter-params';
import { isOfficialSource } from './official-hosts';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const text = z.string().trim().min(1);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const httpsUrl = z.url({ protocol: /^https$/ });
export const clientKinds = ['business', 'consumer'] as const;
export type ClientKind = (typeof clientKinds)[number];

/** What a fact is about; the country page has a section for each group (see lawSections). */
export const topics = [
  'ending',
  'notice',
  'late-payment',
  'recovery-costs',
  'payment-terms',
  'formal-notice',
  'small-claims',
  'copyright',
  'personal-data',
  'record-keeping',
] as const;
export type Topic = (typeof topics)[number];

/**
 * The recovery costs a creditor may add, as a country's law sets them: a flat amount per invoice, one
 * converted from euros at the rate of the first day late (the reader gives that rate), or a scale over
 * the claim with a minimum and a maximum (bands in euros, each `upTo` the top of its slice).
 */
const recoveryCosts = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('flat'), euro: z.number().positive(), fact: id }),
  z.strictObject({ kind: z.literal('flat-converted'), euro: z.number().positive(), fact: id }),
  z.strictObject({
    kind: z.literal('scale'),
    bands: z.array(z.strictObject({ upTo: z.number().positive().optional(), percent: z.number().positive() })).min(1),
    min: z.number().positive(),
    max: z.number().positive(),
    fact: id,
  }),
]);

/**
 * What a freelancer may claim from a late client of one kind. `interest` is absent where the law gives
 * none without a contract clause; it runs from the day after the due date, or only from the formal
 * notice, on the country's rate table for `rates`, simple or compounded yearly. `costsAfterNotice`: the
 * costs become due only once a formal notice with that many days to pay has gone unanswered.
 * `deadlineAtLeast`: the law gives this kind of client a term to pay after a formal notice; `days` counts
 * from the day the letter is sent to the earliest deadline that surely respects it, the post included.
 */
const lateClaim = z.strictObject({
  interest: z
    .strictObject({
      from: z.enum(['day-after-due', 'formal-notice']),
      rates: z.enum(clientKinds),
      compounding: z.enum(['none', 'yearly']),
      facts: z.array(id).min(1),
    })
    .optional(),
  recoveryCosts: recoveryCosts.optional(),
  costsAfterNotice: z.strictObject({ days: z.number().int().positive(), fact: id }).optional(),
  deadlineAtLeast: z.strictObject({ days: z.number().int().positive(), why: z.string().min(1), fact: id }).optional(),
});
export type LateClaimRule = z.infer<typeof lateClaim>;
export type RecoveryCostsRule = z.infer<typeof recoveryCosts>;

/**
 * One country's law as data: content/law/countries/<country>.json ("eu" holds the EU-wide rules shown for
 * "another country"). Every fact names its act and article (`cite`), links to the official text
 * (`source`), says when it was checked and in what copy it was read, and quotes the operative words.
 * The words readers see are in content/law/text/<lang>.json, by fact id.
 */
export const countryFileSchema = z.strictObject({
  country: z.string().regex(/^[A-Z]{2}$/),
  /** Page languages whose readers get this country by default. */
  defaultFor: z.array(z.string()),
  /** Page languages on which this country comes first among the alternatives. */
  offerFirstOn: z.array(z.string()),
  /** EU-wide facts (content/law/countries/eu.json) this page shows too, where the national text could not be confirmed. */
  alsoShow: z.array(id).optional(),
  facts: z
    .array(
      z.strictObject({
        id,
        topic: z.enum(topics),
        client: z.enum([...clientKinds, 'any']),
        act: text,
        cite: text,
        source: httpsUrl,
        checked: isoDate,
        readIn: text,
        quote: text,
      }),
    )
    .min(1),
  /** Statutory late-payment interest, one row per period, as published or worked out from the law's formula. */
  statutoryInterest: z.array(
    z.strictObject({
      client: z.enum(clientKinds),
      from: isoDate,
      to: isoDate,
      ratePercent: z.number().min(0).max(100),
      /** Worked out from the law's formula and a published reference rate, not read in a published notice. */
      computed: z.literal(true).optional(),
      how: text,
      source: httpsUrl,
      checked: isoDate,
    }),
  ),
  /**
   * What the quiz tells a reader of this country whose result is to end the relationship: the notice it
   * proposes instead of the usual one ("milestone" where the law lets a freelancer end a project early
   * only for a serious reason), and the facts its words rest on (their sources are printed with them).
   */
  quiz: z.strictObject({ exitNotice: z.enum(noticeKinds).optional(), basis: z.array(id) }),
  /** The facts a guide page shows for this country where its advice depends on the law (<CountryRules topic="…">). */
  guide: z.partialRecord(z.enum(['notice', 'latePayment', 'handover']), z.array(id)),
  /** What the unpaid-invoices tool adds to a claim, for business clients and for consumers. */
  lateClaims: z.strictObject({ business: lateClaim, consumer: lateClaim }),
  /** Where a reader finds the current rate once the table's last period has passed. */
  rateSources: z.partialRecord(z.enum(clientKinds), z.strictObject({ name: text, url: httpsUrl })),
  help: z.array(z.strictObject({ id, name: text, url: httpsUrl, what: text })),
});

export type CountryFile = z.infer<typeof countryFileSchema>;
export type LegalFact = CountryFile['facts'][number];
export type RateRow = CountryFile['statutoryInterest'][number];

/** One language's words for the law: content/law/text/<lang>.json. */
export const lawTextSchema = z.strictObject({
  facts: z.record(id, text.max(400)),
  countries: z.record(
    id,
    z.strictObject({
      name: text,
      title: text.min(3).max(90),
      description: text.min(50).max(170),
      intro: text,
      /** The quiz's paragraph for a reader of this country told to end it with notice, and told to stop now. */
      quizExit: text.max(500),
      quizEndNow: text.max(300),
      /** How to send a letter that ends a contract or claims money there, so the reader can prove it arrived. */
      send: text.max(300),
    }),
  ),
  help: z.record(id, text.max(160)),
});

export type LawText = z.infer<typeof lawTextSchema>;

/**
 * Everything that keeps the law data from being complete and sourced: a source off the official
 * hosts, a fact or help entry without words in a language (or words for an unknown one), a country
 * without its page words, a fact id used twice, rate periods that overlap or run backwards.
 */
export function lawProblems(
  countries: Readonly<Record<string, CountryFile>>,
  texts: Readonly<Record<string, LawText>>,
  locales: readonly string[],
): string[] {
  const problems: string[] = [];
  const factIds: string[] = [];
  const helpIds: string[] = [];
  for (const [code, file] of Object.entries(countries)) {
    for (const fact of file.facts) {
      factIds.push(fact.id);
      if (!isOfficialSource(fact.source))
        problems.push(`${code}: fact "${fact.id}" cites ${fact.source}, which is not an official host (src/law/official-hosts.ts)`);
    }
    for (const row of file.statutoryInterest) {
      if (!isOfficialSource(row.source))
        problems.push(`${code}: the ${row.client} rate from ${row.from} cites ${row.source}, which is not an official host`);
      if (row.to < row.from) problems.push(`${code}: the ${row.client} rate period ${row.from}–${row.to} ends before it starts`);
    }
    for (const client of ['business', 'consumer'] as const) {
      const rows = file.statutoryInterest.filter((row) => row.client === client).sort((a, b) => a.from.localeCompare(b.from));
      rows.slice(1).forEach((row, i) => {
        if (row.from <= rows[i]!.to) problems.push(`${code}: the ${client} rate periods from ${rows[i]!.from} and ${row.from} overlap`);
      });
    }
    helpIds.push(...file.help.map((entry) => entry.id));
  }
  for (const [code, file] of Object.entries(countries)) {
    for (const shown of file.alsoShow ?? []) if (!factIds.includes(shown)) problems.push(`${code}: alsoShow names an unknown fact "${shown}"`);
    for (const shown of Object.values(file.guide).flat())
      if (![...file.facts.map((fact) => fact.id), ...(file.alsoShow ?? [])].includes(shown!))
        problems.push(`${code}: the guide shows "${shown}", not a fact of this country`);
    for (const rule of Object.values(file.lateClaims))
      for (const fact of [...(rule.interest?.facts ?? []), rule.recoveryCosts?.fact, rule.costsAfterNotice?.fact, rule.deadlineAtLeast?.fact])
        if (fact && ![...file.facts.map((f) => f.id), ...(file.alsoShow ?? [])].includes(fact))
          problems.push(`${code}: a late-payment claim rests on "${fact}", not a fact of this country`);
    for (const basis of file.quiz.basis)
      if (!file.facts.some((fact) => fact.id === basis)) problems.push(`${code}: the quiz rests on "${basis}", not a fact of this country`);
  }
  for (const dup of new Set(factIds.filter((fact, i) => factIds.indexOf(fact) !== i))) problems.push(`fact id "${dup}" is used twice`);
  for (const lang of locales) {
    const words = texts[lang];
    if (!words) {
      problems.push(`no words for the law in "${lang}": add content/law/text/${lang}.json`);
      continue;
    }
    for (const fact of factIds) if (!words.facts[fact]) problems.push(`"${lang}" has no words for fact "${fact}" (content/law/text/${lang}.json)`);
    for (const fact of Object.keys(words.facts)) if (!factIds.includes(fact)) problems.push(`"${lang}" has words for an unknown fact "${fact}"`);
    for (const help of helpIds) if (!words.help[help]) problems.push(`"${lang}" has no words for help entry "${help}"`);
    for (const help of Object.keys(words.help)) if (!helpIds.includes(help)) problems.push(`"${lang}" has words for an unknown help entry "${help}"`);
    for (const code of Object.keys(countries)) if (!words.countries[code]) problems.push(`"${lang}" has no page words for country "${code}"`);
    for (const code of Object.keys(words.countries)) if (!countries[code]) problems.push(`"${lang}" has page words for an unknown country "${code}"`);
  }
  return problems;
}

/** Parses one law file, or stops with a message naming the file and each field that is wrong. */
export function parseLawFile<T>(schema: z.ZodType<T>, file: string, data: unknown): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
  throw new Error(`${file} is invalid: ${problems.join('; ')}`);
}

/** content/law/<folder>/<name>.json → name, with its parsed data. */
export function lawFiles<T>(schema: z.ZodType<T>, raw: Record<string, unknown>): Record<string, T> {
  return Object.fromEntries(
    Object.entries(raw).map(([path, data]) => [
      path.slice(path.lastIndexOf('/') + 1, -'.json'.length),
      parseLawFile(schema, path.replace(/^\//, ''), data),
    ]),
  );
}
