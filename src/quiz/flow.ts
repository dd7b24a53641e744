import { answersParam, encodeAnswers } from './answers-url';
import type { QuizModel } from './model';
import type { Answers } from './scoring';

/**
 * Where the reader is in the quiz. Each step is a browser history entry (its `history.state`), so the
 * browser's back and forward buttons move between questions as the quiz's own buttons do.
 */
export type QuizStep = { view: 'start' } | { view: 'question'; index: number } | { view: 'result' };

/** The first question without an answer; the number of questions when all are answered. */
export function firstUnanswered(model: QuizModel, answers: Answers): number {
  const index = model.questions.findIndex((q) => answers[q.id] === undefined);
  return index === -1 ? model.questions.length : index;
}

export const isComplete = (model: QuizModel, answers: Answers): boolean => firstUnanswered(model, answers) === model.questions.length;

/**
 * The step to show for these answers: the one a history entry saved, if it still makes sense, else the
 * furthest the answers allow (a complete set shows its result, as a shared link must). A question
 * after an unanswered one is never shown, so no question can be skipped; `saved` may be anything.
 */
export function stepFor(model: QuizModel, answers: Answers, saved?: unknown): QuizStep {
  const open = firstUnanswered(model, answers);
  const last = model.questions.length - 1;
  const entry = (typeof saved === 'object' && saved !== null ? saved : {}) as Partial<{ view: unknown; index: unknown }>;
  if (entry.view === 'start') return { view: 'start' };
  if (entry.view === 'question' && Number.isInteger(entry.index)) {
    return { view: 'question', index: Math.max(0, Math.min(entry.index as number, open, last)) };
  }
  if (open > last) return { view: 'result' };
  return Object.keys(answers).length ? { view: 'question', index: open } : { view: 'start' };
}

/** The query string that carries the answers (none before the first answer). */
export function answersSearch(model: QuizModel, answers: Answers): string {
  return Object.keys(answers).length ? `?${answersParam}=${encodeAnswers(model, answers)}` : '';
}
