import { describe, expect, it } from 'vitest';
import { letterFlaws as flaws } from '../letters/letter-flaws';
import { locales } from '../i18n/locales';
import type { CountryFile } from '../law/data';
import { registers } from '../letters/letter-params';
import { lateClaim } from './claim';
import { composePaymentLetter, ladderSteps, type PaymentLetterValues } from './payment-letters';
import { paymentLetterFileSchema, paymentLetterProblems } from './payment-letters-schema';

// The real payment letters in content/payment-letters/: every language, register, step, country and kind of
// client must read as a person wrote it, with a claim and without.
const files = Object.fromEntries(
  Object.entries(import.meta.glob<unknown>('/content/payment-letters/*.json', { eager: true, import: 'default' })).map(([path, data]) => [
    path.slice(path.lastIndexOf('/') + 1, -'.json'.length),
    paymentLetterFileSchema.parse(data),
  ]),
);
const countries = Object.fromEntries(
  Object.entries(import.meta.glob<CountryFile>('/content/law/countries/*.json', { eager: true, import: 'default' })).map(([path, data]) => [
    path.slice(path.lastIndexOf('/') + 1, -'.json'.length),
    data,
  ]),
);

const invoices = [
  { number: '2025-031', dueDate: '2025-03-31', amount: 100_000 },
  { number: '2025-044', dueDate: '2025-05-31', amount: 250_050 },
];
const base: Omit<PaymentLetterValues, 'country' | 'client'> = {
  senderName: 'Eva Kovács',
  businessName: 'Studio Kovács',
  clientName: 'Nordlicht GmbH',
  contactPerson: 'Anna Berger',
  project: 'Website 2027',
  currency: 'EUR',
  invoices,
  iban: 'NL91 ABNA 0417 1643 00',
  accountHolder: 'Studio Kovács',
  payBy: '2025-07-10',
  pauseFrom: '2025-07-14',
  deadline: '2025-07-21',
  until: '2025-06-30',
};

describe('the payment letters', () => {
  it('exist for exactly the site languages', () => {
    expect(Object.keys(files).sort()).toEqual([...locales].sort());
  });

  describe.each(Object.keys(files))('in %s', (lang) => {
    const file = files[lang]!;

    it("keep their contract, with every country's clauses", () => {
      expect(paymentLetterProblems(file, Object.keys(countries))).toEqual([]);
    });

    it.each(Object.keys(countries))('read cleanly for every step, register and client under the law of %s', (country) => {
      for (const client of ['business', 'consumer'] as const) {
        const claim = lateClaim({
          invoices,
          until: base.until,
          rule: countries[country]!.lateClaims[client],
          rateTable: countries[country]!.statutoryInterest,
          enteredRates: { '2025-01-01': 3, '2025-07-01': 3 },
          euroRates: { '2025-04-01': 401.5, '2025-06-01': 402.25 },
        });
        for (const register of registers)
          for (const step of ladderSteps)
            for (const values of [base, { ...base, contactPerson: '', project: '', iban: '', invoices: invoices.slice(0, 1) }]) {
              const { subject, body } = composePaymentLetter(file, lang, step, register, {
                ...values,
                country,
                client,
                claim: step === 'formalNotice' ? claim : undefined,
              });
              const where = `${step} ${register} ${country} ${client}`;
              expect(subject.length, where).toBeGreaterThan(5);
              expect(flaws(subject), `${where}: ${subject}`).toEqual([]);
              expect(flaws(body), `${where}: ${body}`).toEqual([]);
              expect(body, where).toContain('2025-031');
              expect(body, where).toContain('Eva Kovács');
              // The formal notice ends on the clause of that country's law for that client.
              if (step === 'formalNotice') expect(body, where).toContain(file.law[register][country]![client].split('{')[0]!.trim());
            }
      }
    });

    it('puts the IBAN, the dates and the computed claim into the letters that need them', () => {
      const rule = countries.fr!.lateClaims.business;
      const claim = lateClaim({ invoices, until: base.until, rule, rateTable: countries.fr!.statutoryInterest });
      expect(claim.complete).toBe(true);
      const letter = (step: (typeof ladderSteps)[number]) =>
        composePaymentLetter(file, lang, step, 'formal', {
          ...base,
          country: 'fr',
          client: 'business',
          claim: step === 'formalNotice' ? claim : undefined,
        }).body;
      expect(letter('friendly')).toContain('NL91 ABNA 0417 1643 00');
      const money = (cents: number) => new Intl.NumberFormat(lang, { style: 'currency', currency: 'EUR' }).format(cents / 100);
      expect(letter('second').replace(/\s/g, ' ')).toContain(money(350_050).replace(/\s/g, ' '));
      const notice = letter('formalNotice').replace(/\s/g, ' ');
      for (const amount of [claim.interest, claim.costs, claim.total]) expect(notice).toContain(money(amount).replace(/\s/g, ' '));
      expect(notice).toContain(file.law.formal.fr!.business.split('{deadline}')[0]!.replace(/\s/g, ' '));
    });

    it('announces the Dutch 14-day letter’s costs to a private client, and claims none yet', () => {
      const claim = lateClaim({
        invoices,
        until: base.until,
        rule: countries.nl!.lateClaims.consumer,
        rateTable: countries.nl!.statutoryInterest,
        enteredRates: { '2025-01-01': 6 },
      });
      const { body } = composePaymentLetter(file, lang, 'formalNotice', 'formal', { ...base, country: 'nl', client: 'consumer', claim });
      // 15 % of €2 500 + 10 % of €1 000.50 = €475.05.
      expect(body.replace(/\s/g, ' ')).toContain(
        new Intl.NumberFormat(lang, { style: 'currency', currency: 'EUR' }).format(475.05).replace(/\s/g, ' '),
      );
      expect(claim.costs).toBe(0);
    });
  });

  it('print what the reader typed as text, whatever it holds', () => {
    const hostile = '<img src=x onerror=alert(1)> {deadline} ${x}';
    const { subject, body } = composePaymentLetter(files.nl!, 'nl', 'friendly', 'formal', {
      ...base,
      project: hostile,
      senderName: hostile,
      invoices: [{ number: hostile, dueDate: '2025-03-31', amount: 100 }],
      country: 'nl',
      client: 'business',
    });
    expect(`${subject}\n${body}`).toContain('<img src=x onerror=alert(1)>');
    expect(body).toContain('{deadline}');
  });
});
