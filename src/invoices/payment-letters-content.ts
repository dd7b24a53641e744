/** The payment letters at build time: every language's file, validated against its contract and the law's countries. */
import { countries } from '../law/law';
import { paymentLetterFileSchema, paymentLetterProblems, type PaymentLetterFile } from './payment-letters-schema';

const files: Record<string, PaymentLetterFile> = Object.fromEntries(
  Object.entries(import.meta.glob<unknown>('/content/payment-letters/*.json', { eager: true, import: 'default' })).map(([path, data]) => {
    const lang = path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
    const result = paymentLetterFileSchema.safeParse(data);
    if (!result.success)
      throw new Error(
        `content/payment-letters/${lang}.json is invalid: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    const problems = paymentLetterProblems(result.data, Object.keys(countries));
    if (problems.length) throw new Error(`content/payment-letters/${lang}.json breaks the letters' contract:\n- ${problems.join('\n- ')}`);
    return [lang, result.data];
  }),
);

/** One language's payment letters; the build stops when a site language has none. */
export function paymentLetterFile(lang: string): PaymentLetterFile {
  const file = files[lang];
  if (!file) throw new Error(`No payment letters for "${lang}": add content/payment-letters/${lang}.json`);
  return file;
}
