import { describe, expect, it } from 'vitest';
import { composeLetter, formatDate, sampleLetter, type LetterValues } from './compose';
import { formatMoney, oneLine } from './letter-text';
import { endsTheContract, letterIds, noticeKinds } from './letter-params';
import { letterFileSchema, templateProblems, type LetterFile } from './templates';

// A small English stand-in for a language file: the engine must not depend on any real language.
const phrases = {
  greeting: 'Dear {contactPerson},',
  greetingNoName: 'Hello,',
  signOff: 'Kind regards,',
  thanks: 'Thank you for the work together.',
  referralPerson: 'I recommend {referralPerson}.',
  referralProvider: 'Consider {referralProvider}.',
  handover: 'You will receive:\n{handoverList}',
  deliverables: 'I will still deliver:\n{deliverableList}',
  invoiceLine: '- invoice {number}, due {dueDate}',
  invoiceLineNoDate: '- invoice {number}',
  'invoices.one': 'the open invoice',
  'invoices.other': 'the {count} open invoices',
  'notice.immediately': 'The work ends today.',
  'notice.2-weeks': 'My last working day is {lastDay}.',
  'notice.30-days': 'My last working day is {lastDay}.',
  'notice.milestone': 'I will stop after {milestone}.',
  'notice.1-2-months': 'My last working day is {lastDay}.',
  'notice.date': 'My last working day is {lastDay}.',
  disclaimer: 'Not legal advice.',
};
const template = {
  subject: ['Ending our work on {project}', 'Ending our work, {clientName}', 'Ending our work'],
  body: [
    '{greeting}',
    'I have decided to end our collaboration with {clientName}.',
    '{noticeSentence}',
    '{lawClause}',
    'About {invoicesPhrase} ({amount}):\n{invoiceList}',
    { text: 'This is effective immediately.', when: 'notice.immediately' },
    { text: 'No contact person was named.', when: '!contactPerson' },
    '{deliverablesBlock}',
    '{handoverBlock}',
    '{referralPersonSentence}',
    '{thanks}',
    '{signOff}',
  ],
};
const file: LetterFile = letterFileSchema.parse({
  subjectLabel: 'Subject:',
  phrases: { formal: phrases, informal: phrases },
  law: {
    formal: { nl: { ending: 'Ending by agreement, if you accept.', endingForCause: 'Ending for serious reasons.' } },
    informal: { nl: { ending: 'Ending by agreement, ok?', endingForCause: 'Ending for serious reasons, sorry.' } },
  },
  letters: Object.fromEntries(
    letterIds.map((id) => {
      // No thanks and no referral for an abusive client: the contract forbids them there.
      // The clause of the reader's law only in the letters that end the contract.
      const body = template.body.filter((b) => b !== '{lawClause}' || endsTheContract.includes(id));
      const own = { ...template, body: id === 'abusive-client' ? body.filter((b) => b !== '{thanks}' && b !== '{referralPersonSentence}') : body };
      return [id, { formal: own, informal: own }];
    }),
  ),
});

const minimal: LetterValues = {
  senderName: 'Sam Smit',
  clientName: 'Acme',
  notice: '2-weeks',
  country: 'nl',
  today: new Date(2026, 10, 23),
  currency: 'EUR',
  invoices: [],
  deliverables: [],
  handoverItems: [],
  thanks: false,
};

describe('composeLetter', () => {
  it('leaves out every paragraph whose data is missing', () => {
    const { subject, body } = composeLetter(file, 'en', 'neutral', 'formal', minimal);
    expect(subject).toBe('Ending our work, Acme');
    expect(body).toBe(
      [
        'Hello,',
        'I have decided to end our collaboration with Acme.',
        'My last working day is December 7, 2026.',
        'Ending by agreement, if you accept.',
        'No contact person was named.',
        'Kind regards,\nSam Smit',
      ].join('\n\n'),
    );
  });

  it('uses every optional field when given', () => {
    const { subject, body } = composeLetter(file, 'en', 'neutral', 'formal', {
      ...minimal,
      businessName: 'Smit Design',
      contactPerson: 'Ann Lee',
      project: 'the new website',
      amount: 1250.5,
      invoices: [
        { number: '2026-014', dueDate: new Date(2026, 9, 1) },
        { number: '2026-019', dueDate: new Date(2026, 10, 1) },
        { number: '2026-023' },
      ],
      deliverables: ['Final logo files', '  '],
      handoverItems: ['Passwords'],
      referralPerson: 'Jo Jansen',
      thanks: true,
    });
    expect(subject).toBe('Ending our work on the new website');
    expect(body).toContain('Dear Ann Lee,');
    expect(body).toContain(
      'About the 3 open invoices (€1,250.50):\n- invoice 2026-014, due October 1, 2026\n- invoice 2026-019, due November 1, 2026\n- invoice 2026-023',
    );
    expect(body).toContain('I will still deliver:\n- Final logo files');
    expect(body).not.toContain('No contact person');
    expect(body).toContain('Thank you for the work together.');
    expect(body.endsWith('Kind regards,\nSam Smit\nSmit Design')).toBe(true);
  });

  it('adds conditional paragraphs only for their notice', () => {
    expect(composeLetter(file, 'en', 'abusive-client', 'formal', { ...minimal, notice: 'immediately' }).body).toContain(
      'This is effective immediately.',
    );
    expect(composeLetter(file, 'en', 'abusive-client', 'formal', minimal).body).not.toContain('effective immediately');
  });

  it('drops the notice sentence for a milestone that was not named, and uses it when it was', () => {
    expect(composeLetter(file, 'en', 'neutral', 'formal', { ...minimal, notice: 'milestone' }).body).not.toContain('I will stop');
    expect(composeLetter(file, 'en', 'neutral', 'formal', { ...minimal, notice: 'milestone', milestone: 'the launch' }).body).toContain(
      'I will stop after the launch.',
    );
  });

  it('keeps hostile text as plain text and folds line breaks in single-line fields', () => {
    const hostile = '<img src=x onerror=alert(1)> "Q&A" \u202Eevil\nBcc: x@example.org';
    const { subject, body } = composeLetter(file, 'en', 'neutral', 'formal', { ...minimal, clientName: hostile, senderName: 'x'.repeat(10_000) });
    expect(subject).toBe(`Ending our work, ${oneLine(hostile)}`);
    expect(subject).not.toContain('\n');
    expect(body).toContain('<img src=x onerror=alert(1)> "Q&A" \u202Eevil Bcc: x@example.org');
    expect(body).toContain('x'.repeat(10_000));
  });

  it('picks the plural phrase by the language rules', () => {
    const one = composeLetter(file, 'en', 'payment-problems', 'formal', {
      ...minimal,
      amount: 80,
      invoices: [{ number: '7', dueDate: new Date(2026, 0, 5) }],
    });
    expect(one.body).toContain('About the open invoice (€80.00):\n- invoice 7, due January 5, 2026');
  });
});

describe('formatting per language', () => {
  const day = new Date(2026, 11, 14);

  it('writes dates as each language does', () => {
    expect(formatDate(day, 'nl')).toBe('14 december 2026');
    expect(formatDate(day, 'hu')).toBe('2026. december 14.');
    expect(formatDate(day, 'it')).toBe('14 dicembre 2026');
    expect(formatDate(day, 'fr')).toBe('14 décembre 2026');
  });

  it('writes amounts as each language does, forints without fillér', () => {
    const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
    expect(nbsp(formatMoney(1250.5, 'EUR', 'nl'))).toBe('€ 1.250,50');
    expect(nbsp(formatMoney(1250.5, 'EUR', 'fr'))).toBe('1 250,50 €');
    expect(nbsp(formatMoney(125000, 'HUF', 'hu'))).toBe('125 000 Ft');
    expect(nbsp(formatMoney(1250.5, 'EUR', 'it'))).toBe('1250,50 €');
  });
});

describe('templateProblems', () => {
  it('accepts the stand-in file', () => {
    expect(templateProblems(file)).toEqual([]);
  });

  it('reports unknown placeholders and conditions, a subject needing optional data, and thanks to an abusive client', () => {
    const broken = structuredClone(file);
    broken.letters.neutral.formal.body.push('{whatever}', { text: 'x', when: 'sunshine' });
    broken.letters.neutral.formal.subject = ['About {project}'];
    broken.letters['abusive-client'].informal.body.push('{thanks}');
    expect(templateProblems(broken)).toEqual([
      'neutral.formal uses unknown {whatever}',
      'neutral.formal has an unknown condition "sunshine"',
      'neutral.formal: the last subject must not need optional data',
      'abusive-client.informal must not use {thanks}',
    ]);
  });

  it('knows every notice kind', () => {
    for (const kind of noticeKinds) expect(Object.keys(phrases)).toContain(`notice.${kind}`);
  });
});

describe("the clause of the reader's law", () => {
  it("follows the notice, in the register, and ends for cause only in the letters written for the client's fault", () => {
    const body = (letter: 'neutral' | 'payment-problems' | 'abusive-client', register: 'formal' | 'informal') =>
      composeLetter(file, 'en', letter, register, minimal).body.split('\n\n');
    expect(body('neutral', 'formal')).toContain('Ending by agreement, if you accept.');
    expect(body('neutral', 'informal')).toContain('Ending by agreement, ok?');
    for (const letter of ['payment-problems', 'abusive-client'] as const) expect(body(letter, 'formal')).toContain('Ending for serious reasons.');
    const paragraphs = body('neutral', 'formal');
    expect(paragraphs.indexOf('Ending by agreement, if you accept.')).toBe(paragraphs.indexOf('My last working day is December 7, 2026.') + 1);
  });

  it('is left out, not printed as a slot, for a country the file has no clause for', () => {
    const { body } = composeLetter(file, 'en', 'neutral', 'formal', { ...minimal, country: 'xx' });
    expect(body).not.toMatch(/Ending by|\{|undefined/);
  });
});

describe('sampleLetter', () => {
  // Each slot shows its own name, e.g. [project].
  const labels = (name: string) => name;

  it('shows every part of the letter with bracketed words for the reader to replace', () => {
    const { subject, body } = sampleLetter(file, 'neutral', 'formal', '30-days', 'nl', labels);
    expect(subject).toBe('Ending our work on [project]');
    expect(body).toContain('Dear [contactPerson],');
    expect(body).toContain('My last working day is [lastDay].');
    expect(body).toContain('About the [count] open invoices ([amount]):\n- invoice [invoiceNumber], due [invoiceDue]');
    expect(body).toContain('I will still deliver:\n- [deliverable]');
    expect(body).toContain('Thank you for the work together.');
    expect(body.endsWith('Kind regards,\n[senderName]\n[businessName]')).toBe(true);
  });
});
