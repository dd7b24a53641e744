/** The letters at build time: every language's templates, validated, and the words the page needs. */
import { languageName, locales } from '../i18n/locales';
import { useTranslations, uiStrings } from '../i18n/ui';
import type { SampleLabels } from './compose';
import { parseLetterFile, type LetterFile } from './templates';
import type { LetterStrings } from './LetterWriter';

const files: Record<string, LetterFile> = Object.fromEntries(
  Object.entries(import.meta.glob<unknown>('/content/letters/*.json', { eager: true, import: 'default' })).map(([path, data]) => {
    const lang = path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
    return [lang, parseLetterFile(lang, data)];
  }),
);

/** One language's templates; the build stops when a site language has none. */
export function letterFile(lang: string): LetterFile {
  const file = files[lang];
  if (!file) throw new Error(`No letters for "${lang}": add content/letters/${lang}.json`);
  return file;
}

/** The letter languages on offer, each named in its own language. */
export const letterLanguages = () => locales.map((code) => ({ code, name: languageName(code) }));

/** The island's words: every `letters.*` UI string of the page's language. */
export function letterStrings(lang: string): LetterStrings {
  const strings = uiStrings[lang];
  if (!strings) throw new Error(`No UI strings for "${lang}"`);
  return Object.fromEntries(Object.entries(strings).filter(([key]) => key.startsWith('letters.'))) as LetterStrings;
}

/** The bracketed words of the sample letters, from the form's own labels. */
export function sampleLabels(lang: string): SampleLabels {
  const t = useTranslations(lang);
  return {
    senderName: t('letters.field.senderName'),
    businessName: t('letters.field.businessName'),
    clientName: t('letters.field.clientName'),
    contactPerson: t('letters.field.contactPerson'),
    project: t('letters.field.project'),
    lastDay: t('letters.sample.lastDay'),
    milestone: t('letters.field.milestone'),
    amount: t('letters.field.amount'),
    refund: t('letters.field.refund'),
    invoiceNumber: t('letters.field.invoiceNumber'),
    invoiceDue: t('letters.field.invoiceDue'),
    count: t('letters.sample.count'),
    deliverable: t('letters.sample.deliverable'),
    handoverItem: t('letters.sample.handoverItem'),
    referralPerson: t('letters.field.referralPerson'),
    referralProvider: t('letters.field.referralProvider'),
  };
}
