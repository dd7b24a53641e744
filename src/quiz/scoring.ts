import type { LadderStep } from '../invoices/payment-letters';
import type { LetterId, NoticeKind } from '../letters/letter-params';
import type { QuizModel } from './model';

/** Answers by question id: the id of a scale step ("never", "sometimes", "often"). */
export type Answers = Readonly<Record<string, string>>;

export interface QuizResult {
  outcome: string;
  /** Points as a share of the points possible for the answered questions, 0–100 (red lines excluded). */
  percent: number;
  /** Red-line questions answered above the lowest step. */
  redLines: string[];
  /** The answers that weighed most, heaviest first (at most three). */
  weighedMost: { question: string; points: number }[];
  /** The letter and notice that fit, for the hand-off to the letter generator. */
  letter?: LetterId;
  notice?: NoticeKind;
  /** The step of the payment ladder for the client's open invoices, when the answers say they pay late. */
  ladderStep?: LadderStep;
}

/**
 * Scores one client's answers: any red line decides on its own; otherwise the share of possible points
 * picks the first outcome whose `upTo` it does not exceed. Unanswered questions count for nothing either
 * way. Pure: the same answers give the same result in every language.
 */
export function scoreQuiz(model: QuizModel, answers: Answers): QuizResult {
  const valueOf = new Map(model.scale.map((step) => [step.id, step.value]));
  const top = Math.max(...model.scale.map((step) => step.value));
  const bottom = Math.min(...model.scale.map((step) => step.value));
  let points = 0;
  let possible = 0;
  const redLines: string[] = [];
  const weighed: { question: string; points: number; order: number }[] = [];

  model.questions.forEach((question, order) => {
    const value = valueOf.get(answers[question.id] ?? '');
    if (value === undefined) return;
    if (question.redLine) {
      if (value > bottom) redLines.push(question.id);
      return;
    }
    points += question.weight * value;
    possible += question.weight * top;
    if (value > bottom) weighed.push({ question: question.id, points: question.weight * value, order });
  });

  const percent = possible ? (points / possible) * 100 : 0;
  const weighedMost = weighed
    .sort((a, b) => b.points - a.points || a.order - b.order)
    .slice(0, 3)
    .map(({ question, points: p }) => ({ question, points: p }));

  // Open invoices go to the payment ladder: the formal notice when the work ends (collect before you go),
  // otherwise the second reminder when paying late is a habit and the friendly one when it happened.
  const unpaid = Math.max(bottom, ...model.questions.filter((q) => q.unpaidInvoices).map((q) => valueOf.get(answers[q.id] ?? '') ?? bottom));
  const ladderStep = (ends: boolean): { ladderStep?: LadderStep } =>
    unpaid === bottom ? {} : { ladderStep: ends ? 'formalNotice' : unpaid === top ? 'second' : 'friendly' };

  if (redLines.length) {
    const outcome = model.outcomes.find((o) => o.redLine)!;
    const first = model.questions.find((q) => q.id === redLines[0])!;
    return { outcome: outcome.id, percent, redLines, weighedMost, letter: first.letter, notice: outcome.notice ?? undefined, ...ladderStep(true) };
  }

  const scored = model.outcomes.filter((o) => !o.redLine);
  const outcome = scored.find((o) => percent <= (o.upTo ?? 100)) ?? scored.at(-1)!;
  const heaviest = model.questions.find((q) => q.id === weighedMost[0]?.question);
  // Only an outcome that ends the work opens a termination letter; its notice may be the question's own.
  const ends = outcome.notice !== null;
  return {
    outcome: outcome.id,
    percent,
    redLines,
    weighedMost,
    ...(ends && heaviest ? { letter: heaviest.letter, notice: heaviest.notice ?? outcome.notice ?? undefined } : {}),
    ...ladderStep(ends),
  };
}
