import { describe, expect, it } from 'vitest';
import { fieldsFor, placeholdersUsed } from './fields';
import { parseLetterFile } from './templates';

const nl = parseLetterFile('nl', (await import('../../content/letters/nl.json')).default);
const it_ = parseLetterFile('it', (await import('../../content/letters/it.json')).default);

describe('fieldsFor', () => {
  it('asks for invoices and the amount in the letter that ends over payment problems, and not for a referral or a refund', () => {
    const fields = fieldsFor(nl, 'payment-problems', 'formal', '30-days');
    expect([...fields]).toEqual(expect.arrayContaining(['senderName', 'clientName', 'contactPerson', 'notice', 'amount', 'currency', 'invoices']));
    for (const hidden of ['referralPerson', 'refund'] as const) expect(fields.has(hidden), hidden).toBe(false);
  });

  it('asks for a refund but never a thank-you or referral in the letter to an abusive client', () => {
    const fields = fieldsFor(nl, 'abusive-client', 'informal', 'immediately');
    expect(fields.has('refund')).toBe(true);
    expect(fields.has('currency')).toBe(true);
    for (const hidden of ['thanks', 'referralPerson', 'referralProvider', 'invoices'] as const) expect(fields.has(hidden), hidden).toBe(false);
  });

  it('asks for the milestone or the date only when that notice is chosen', () => {
    expect(fieldsFor(nl, 'neutral', 'formal', 'milestone').has('milestone')).toBe(true);
    expect(fieldsFor(nl, 'neutral', 'formal', 'milestone').has('chosenDate')).toBe(false);
    expect(fieldsFor(nl, 'neutral', 'formal', 'date').has('chosenDate')).toBe(true);
    expect(fieldsFor(nl, 'neutral', 'formal', '2-weeks').has('milestone')).toBe(false);
  });

  it('asks for everything the written confirmation reports', () => {
    const fields = fieldsFor(nl, 'written-confirmation', 'formal', '30-days');
    for (const shown of ['deliverables', 'handoverItems', 'invoices', 'amount', 'referralPerson', 'referralProvider', 'thanks', 'notice'] as const)
      expect(fields.has(shown), shown).toBe(true);
  });
});

describe('placeholdersUsed', () => {
  it("tells whether the client's name appears in a letter: in Italian subjects it does, in Dutch letters it does not", () => {
    expect(placeholdersUsed(it_, 'neutral', 'formal').has('clientName')).toBe(true);
    expect(placeholdersUsed(nl, 'neutral', 'formal').has('clientName')).toBe(false);
  });

  it('counts the conditions of optional lines, not only their text', () => {
    // "invoices" appears in no {slot} of this letter, only as the condition of the line without them.
    expect(placeholdersUsed(nl, 'payment-problems', 'formal')).toContain('invoices');
  });
});
