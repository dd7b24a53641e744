import { z } from 'astro/zod';
import { letterIds, noticeKinds } from '../letters/letter-params';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

/**
 * content/quiz/model.json: the quiz's numbers, shared by every language so the same answers give the
 * same outcome everywhere. Words live in content/quiz/<lang>.json.
 */
export const quizModelSchema = z
  .strictObject({
    scale: z.array(z.strictObject({ id, value: z.number().int().min(0) })).min(2),
    questions: z
      .array(
        z.strictObject({
          id,
          /** The warning sign of the content brief the question asks about. */
          sign: z.string().regex(/^S\d+$/),
          weight: z.number().int().min(1).max(5),
          /** Any answer above the lowest sends the reader straight to the red-line outcome. */
          redLine: z.boolean().optional(),
          /** The letter that fits when this question weighs most. */
          letter: z.enum(letterIds),
          notice: z.enum(noticeKinds).optional(),
          /** The question asks about unpaid invoices: an answer above the lowest hands off to the payment ladder. */
          unpaidInvoices: z.boolean().optional(),
        }),
      )
      .min(12)
      .max(20),
    outcomes: z
      .array(
        z.strictObject({
          id,
          /** Highest score (percent of the possible points) that still leads here; the red-line outcome has none. */
          upTo: z.number().min(0).max(100).optional(),
          redLine: z.boolean().optional(),
          notice: z.enum(noticeKinds).nullable(),
          pages: z.array(id).min(1),
          checklist: id.nullable(),
        }),
      )
      .min(2),
  })
  .refine((model) => model.outcomes.filter((o) => o.redLine).length === 1, 'exactly one outcome must be the red-line outcome')
  .refine((model) => model.outcomes.filter((o) => !o.redLine).at(-1)?.upTo === 100, 'the last scored outcome must reach 100')
  .refine((model) => new Set(model.questions.map((q) => q.id)).size === model.questions.length, 'question ids must be unique');

export type QuizModel = z.infer<typeof quizModelSchema>;

const text = z.string().trim().min(1);

/** content/quiz/<lang>.json: the words of one language, by the model's ids. */
export const quizTextSchema = z.strictObject({
  scale: z.record(id, text),
  questions: z.record(id, z.strictObject({ text: text.max(160), hint: text.max(160) })),
  outcomes: z.record(id, z.strictObject({ title: text, summary: text, plan: z.array(text).min(2).max(6) })),
});

export type QuizText = z.infer<typeof quizTextSchema>;

/** Ids the model has and the language lacks, or the other way round. */
export function quizTextProblems(model: QuizModel, lang: string, words: QuizText): string[] {
  const problems: string[] = [];
  const compare = (what: string, expected: string[], actual: string[]) => {
    for (const idName of expected) if (!actual.includes(idName)) problems.push(`"${lang}" lacks ${what} "${idName}"`);
    for (const idName of actual) if (!expected.includes(idName)) problems.push(`"${lang}" has ${what} "${idName}" that the model does not`);
  };
  compare(
    'the answer',
    model.scale.map((s) => s.id),
    Object.keys(words.scale),
  );
  compare(
    'the question',
    model.questions.map((q) => q.id),
    Object.keys(words.questions),
  );
  compare(
    'the outcome',
    model.outcomes.map((o) => o.id),
    Object.keys(words.outcomes),
  );
  return problems;
}

/** Outcomes that point at a guide page or a checklist the site does not have. */
export function quizLinkProblems(model: QuizModel, pageIds: readonly string[], checklistIds: readonly string[]): string[] {
  return model.outcomes.flatMap((outcome) => [
    ...outcome.pages.filter((page) => !pageIds.includes(page)).map((page) => `outcome "${outcome.id}" points at an unknown guide page "${page}"`),
    ...(outcome.checklist && !checklistIds.includes(outcome.checklist)
      ? [`outcome "${outcome.id}" points at an unknown checklist "${outcome.checklist}"`]
      : []),
  ]);
}
