import { describe, expect, it } from 'vitest';
import { letterFlaws as flaws } from './letter-flaws';
import { locales } from '../i18n/locales';
import { composeLetter, sampleLetter, type LetterValues } from './compose';
import { defaultNotice, endsForCause, endsTheContract, letterIds, noticeKinds, registers } from './letter-params';
import { parseLetterFile, requiredPhrases } from './templates';

// The real templates in content/letters/: every letter, language and register must read as a person
// wrote it, with every optional field filled and with all of them blank.
const raw = import.meta.glob<unknown>('/content/letters/*.json', { eager: true, import: 'default' });
const files = Object.fromEntries(
  Object.entries(raw).map(([path, data]) => {
    const lang = path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
    return [lang, parseLetterFile(lang, data)];
  }),
);

// The countries whose law a letter may follow: each letter language has their clauses in both registers.
const countryCodes = Object.keys(import.meta.glob('/content/law/countries/*.json')).map((path) =>
  path.slice(path.lastIndexOf('/') + 1, -'.json'.length),
);

const blank: LetterValues = {
  senderName: 'Eva Kovács',
  clientName: '',
  notice: '30-days',
  country: 'nl',
  today: new Date(2026, 10, 23),
  currency: 'EUR',
  invoices: [],
  deliverables: [],
  handoverItems: [],
  thanks: false,
};

const full: LetterValues = {
  ...blank,
  clientName: 'Nordlicht GmbH',
  businessName: 'Studio Kovács',
  contactPerson: 'Anna Berger',
  project: 'Website 2027',
  milestone: 'Launch',
  amount: 2480,
  invoices: [{ number: '2026-031', dueDate: new Date(2026, 8, 30) }, { number: '2026-044', dueDate: new Date(2026, 9, 31) }, { number: '2026-050' }],
  deliverables: ['Logo files', 'Style guide'],
  handoverItems: ['Source files', 'Passwords'],
  referralPerson: 'Marco Rossi',
  referralProvider: 'Full-service agency',
  refund: 600,
  thanks: true,
};

describe('the letter templates', () => {
  it('exist for exactly the site languages', () => {
    expect(Object.keys(files).sort()).toEqual([...locales]);
  });

  describe.each(Object.keys(files))('in %s', (lang) => {
    const file = files[lang]!;

    it('have every phrase in both registers', () => {
      for (const register of registers) for (const id of requiredPhrases) expect(file.phrases[register][id], `${register}.${id}`).toBeTruthy();
    });

    it.each(letterIds.flatMap((letter) => registers.map((register) => [letter, register] as const)))(
      '%s (%s) reads cleanly, filled in and blank',
      (letter, register) => {
        for (const values of [full, blank]) {
          for (const notice of letter === 'abusive-client' ? (['immediately'] as const) : noticeKinds.filter((k) => k !== 'date')) {
            const { subject, body } = composeLetter(file, lang, letter, register, { ...values, notice });
            expect(subject.length, `${letter} ${register} subject`).toBeGreaterThan(5);
            expect(flaws(subject), subject).toEqual([]);
            expect(flaws(body), body).toEqual([]);
            expect(body).toContain(values.senderName);
            if (notice !== 'milestone') expect(body.length).toBeGreaterThan(200);
          }
        }
        const filled = composeLetter(file, lang, letter, register, full).body;
        expect(filled).toContain('Anna Berger');
      },
    );

    it("has the clause of every country's law, in both registers, and each reads cleanly in the letters that end the contract", () => {
      for (const register of registers) {
        expect(Object.keys(file.law[register]).sort(), `law.${register}`).toEqual([...countryCodes].sort());
        for (const country of countryCodes)
          for (const letter of endsTheContract) {
            const { body } = composeLetter(file, lang, letter, register, {
              ...full,
              country,
              notice: letter === 'abusive-client' ? 'immediately' : '30-days',
            });
            const clause = file.law[register][country]![endsForCause.includes(letter) ? 'endingForCause' : 'ending'];
            expect(body.split('\n\n'), `${letter} ${register} ${country}`).toContain(clause);
            expect(flaws(body), body).toEqual([]);
          }
      }
    });

    it('mentions the invoices and amount in the letter that ends over payment problems', () => {
      const { body } = composeLetter(file, lang, 'payment-problems', 'formal', full);
      expect(body).toContain('2026-031');
      expect(body).toContain('2026-044');
      expect(body).toContain('2026-050');
      expect(body.replace(/\D/g, '')).toContain('2480');
    });

    it('offers the refund to an abusive client, and neither thanks nor a referral', () => {
      const { body } = composeLetter(file, lang, 'abusive-client', 'formal', { ...full, notice: 'immediately' });
      expect(body.replace(/\D/g, '')).toContain('600');
      expect(body).not.toContain('Marco Rossi');
    });
  });

  it.each(Object.keys(files))('give samples in %s with every slot in brackets and none left as a placeholder', (lang) => {
    const labels = (name: string) => `label ${name}`;
    for (const letter of letterIds) {
      const { subject, body } = sampleLetter(files[lang]!, letter, 'formal', defaultNotice(letter), 'it', labels);
      expect(`${subject}\n${body}`, `${lang} ${letter}`).not.toMatch(/[{}]/);
      expect(body).toContain('[label senderName]');
    }
  });
});
