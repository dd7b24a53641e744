/**
 * What every letter shares, whichever tool writes it: the composed letter, single-line values, amounts as
 * the language writes them, and filling a template's blocks. Pure; shared by the letter generator and the
 * unpaid-invoices ladder.
 */
import { fillIfComplete } from '../i18n/fill';
import type { Block } from './templates';

export interface Letter {
  subject: string;
  body: string;
}

/** A single-line value as it goes into a letter: trimmed, inner line breaks and runs of spaces folded. */
export const oneLine = (value: string | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim();

export function formatMoney(amount: number, currency: string, lang: string): string {
  // Forint amounts are written without fillér.
  const digits = currency === 'HUF' ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {};
  return new Intl.NumberFormat(lang, { style: 'currency', currency, ...digits }).format(amount);
}

/**
 * One template filled in: the first subject whose slots all have values, and the body's blocks whose
 * condition holds (`holds`, else whether the value of that name is non-empty) and whose slots are filled.
 */
export function fillTemplate(template: { subject: string[]; body: Block[] }, values: Record<string, string>, holds: Record<string, boolean>): Letter {
  const applies = (block: Block) => {
    if (typeof block === 'string') return true;
    const negated = block.when.startsWith('!');
    const name = block.when.replace(/^!/, '');
    const truth = name in holds ? holds[name]! : Boolean(values[name]);
    return negated ? !truth : truth;
  };
  return {
    subject: template.subject.map((line) => fillIfComplete(line, values)).find((line) => line !== undefined) ?? '',
    body: template.body
      .filter(applies)
      .map((block) => fillIfComplete(typeof block === 'string' ? block : block.text, values))
      .filter((text): text is string => text !== undefined)
      .join('\n\n'),
  };
}
