import type { QuizModel } from './model';
import type { Answers } from './scoring';

/**
 * Answers in a shareable URL parameter: a format version, then one digit per question in the model's
 * order (the scale step's position; "-" for unanswered), e.g. `1.0120…`. No names, nothing personal.
 */
export const answersParam = 'a';
const version = '1';

export function encodeAnswers(model: QuizModel, answers: Answers): string {
  const digits = model.questions.map((q) => {
    const step = model.scale.findIndex((s) => s.id === answers[q.id]);
    return step === -1 ? '-' : String(step);
  });
  return `${version}.${digits.join('')}`;
}

export type DecodeResult = { ok: true; answers: Record<string, string> } | { ok: false; problem: 'missing' | 'outdated' | 'damaged' };

/** Reads the parameter back; a tampered, truncated or old link gives a reason, never an exception. */
export function decodeAnswers(model: QuizModel, value: string | null): DecodeResult {
  if (!value) return { ok: false, problem: 'missing' };
  const match = /^(\d+)\.([0-9-]*)$/.exec(value.trim());
  if (!match) return { ok: false, problem: 'damaged' };
  if (match[1] !== version) return { ok: false, problem: 'outdated' };
  const digits = match[2]!;
  if (digits.length !== model.questions.length) return { ok: false, problem: 'damaged' };
  const answers: Record<string, string> = {};
  for (const [i, question] of model.questions.entries()) {
    const char = digits[i]!;
    if (char === '-') continue;
    const step = model.scale[Number(char)];
    if (!step) return { ok: false, problem: 'damaged' };
    answers[question.id] = step.id;
  }
  return { ok: true, answers };
}
