/** Amounts as readers type them, in their language's way; shared by the letter tools. */

/** Currencies offered; the reader's language names them (Intl.DisplayNames). */
export const currencies = ['EUR', 'HUF', 'USD', 'GBP', 'CHF', 'PLN', 'CZK', 'RON', 'SEK', 'DKK'] as const;

// A currency written next to the number ("EUR 80", "125 000 Ft") is not part of the amount.
const currencyWords = new RegExp(`^(${currencies.join('|')}|Ft|zł|kr|Kč|lei)|(${currencies.join('|')}|Ft|zł|kr|Kč|lei)$`, 'gi');

/**
 * An amount as people in the letter's language type it: "1.250,50", "1 250,50", "1250.50", "€ 80".
 * Undefined when empty, 'invalid' when it cannot be read with certainty.
 */
export function parseAmount(value: string, lang: string): number | undefined | 'invalid' {
  const decimal = new Intl.NumberFormat(lang).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
  const other = decimal === ',' ? '.' : ',';
  const text = value.replace(/[\s\u00a0\u202f'€$£]/g, '').replace(currencyWords, '');
  if (text === '') return value.trim() === '' ? undefined : 'invalid';
  let normal: string;
  if (text.includes(decimal)) {
    // The language's decimal mark is there: anything else is grouping.
    if (text.indexOf(decimal) !== text.lastIndexOf(decimal)) return 'invalid';
    normal = text.split(other).join('').replace(decimal, '.');
  } else if (new RegExp(`^\\d{1,3}(\\${other}\\d{3})+$`).test(text)) {
    normal = text.split(other).join(''); // 1.250 in Dutch: thousands
  } else if (new RegExp(`^\\d+\\${other}\\d{1,2}$`).test(text)) {
    normal = text.replace(other, '.'); // 1250.50 typed the English way
  } else normal = text;
  if (!/^\d+(\.\d+)?$/.test(normal)) return 'invalid';
  const amount = Number(normal);
  return Number.isFinite(amount) && amount < 1e12 ? amount : 'invalid';
}
