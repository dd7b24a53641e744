import { describe, expect, it } from 'vitest';
import realModel from '../../content/quiz/model.json';
import { decodeAnswers, encodeAnswers } from './answers-url';
import { quizModelSchema, type QuizModel } from './model';
import { scoreQuiz } from './scoring';

// Ten questions of weight 1 (20 points possible) and two red lines: each point is exactly 5 percent,
// so every boundary can be reached exactly.
const model: QuizModel = quizModelSchema.parse({
  scale: [
    { id: 'never', value: 0 },
    { id: 'sometimes', value: 1 },
    { id: 'often', value: 2 },
  ],
  questions: [
    ...Array.from({ length: 11 }, (_, i) => ({
      id: `q${i}`,
      sign: 'S1',
      weight: 1,
      letter: i === 3 ? 'outside-skills' : 'neutral',
      ...(i === 3 ? { notice: '1-2-months' } : {}),
      ...(i === 0 ? { unpaidInvoices: true } : {}),
    })),
    { id: 'abuse', sign: 'S5', weight: 3, redLine: true, letter: 'abusive-client' },
    { id: 'unethical', sign: 'S5', weight: 3, redLine: true, letter: 'abusive-client' },
  ].filter((q) => q.id !== 'q10'),
  outcomes: [
    { id: 'keep', upTo: 20, notice: null, pages: ['save-it-first'], checklist: null },
    { id: 'repair', upTo: 45, notice: null, pages: ['save-it-first'], checklist: null },
    { id: 'exit', upTo: 100, notice: '30-days', pages: ['ending-it'], checklist: null },
    { id: 'end-now', redLine: true, notice: 'immediately', pages: ['special-situations'], checklist: null },
  ],
});

/** Answers worth `points` points: "often" (2) on the first questions, then one "sometimes" if odd. */
function worth(points: number, extra: Record<string, string> = {}) {
  const answers: Record<string, string> = Object.fromEntries(model.questions.map((q) => [q.id, 'never']));
  for (let i = 0; i < Math.floor(points / 2); i++) answers[`q${i}`] = 'often';
  if (points % 2) answers[`q${Math.floor(points / 2)}`] = 'sometimes';
  return { ...answers, ...extra };
}

describe('scoreQuiz', () => {
  it.each([
    [0, 'keep'],
    [4, 'keep'], // 20 %: the boundary itself still keeps
    [5, 'repair'], // 25 %
    [9, 'repair'], // 45 %
    [10, 'exit'], // 50 %
    [20, 'exit'],
  ])('%i points of 20 lead to %s', (points, outcome) => {
    const result = scoreQuiz(model, worth(points));
    expect(result.percent).toBe(points * 5);
    expect(result.outcome).toBe(outcome);
  });

  it('ends it now on any red line, whatever the score', () => {
    for (const step of ['sometimes', 'often']) {
      const result = scoreQuiz(model, worth(0, { abuse: step }));
      expect(result).toMatchObject({ outcome: 'end-now', redLines: ['abuse'], letter: 'abusive-client', notice: 'immediately' });
    }
    expect(scoreQuiz(model, worth(0, { abuse: 'never' })).outcome).toBe('keep');
  });

  it('names the answers that weighed most, and opens the letter of the heaviest with its own notice', () => {
    const result = scoreQuiz(model, { ...worth(0), q1: 'sometimes', q3: 'often', q5: 'often', q8: 'often', q9: 'often' });
    expect(result.percent).toBe(45);
    const more = scoreQuiz(model, { ...worth(0), q1: 'sometimes', q3: 'often', q5: 'often', q6: 'sometimes', q8: 'often', q9: 'often' });
    expect(more.weighedMost).toEqual([
      { question: 'q3', points: 2 },
      { question: 'q5', points: 2 },
      { question: 'q8', points: 2 },
    ]);
    expect(more).toMatchObject({ outcome: 'exit', letter: 'outside-skills', notice: '1-2-months' });
    expect(result.outcome).toBe('repair');
  });

  it('opens no termination letter when the advice is to keep or repair', () => {
    const result = scoreQuiz(model, worth(6));
    expect(result.outcome).toBe('repair');
    expect(result.letter).toBeUndefined();
  });

  it('hands open invoices to the step of the payment ladder that fits the answer and the outcome', () => {
    expect(scoreQuiz(model, worth(0, { q0: 'sometimes' }))).toMatchObject({ outcome: 'keep', ladderStep: 'friendly' });
    expect(scoreQuiz(model, worth(6))).toMatchObject({ outcome: 'repair', ladderStep: 'second' }); // q0 'often'
    expect(scoreQuiz(model, worth(10))).toMatchObject({ outcome: 'exit', ladderStep: 'formalNotice' });
    expect(scoreQuiz(model, worth(0, { q0: 'sometimes', abuse: 'often' }))).toMatchObject({ outcome: 'end-now', ladderStep: 'formalNotice' });
    // A client who pays on time, or a quiz that did not ask: no ladder, whatever the outcome.
    expect(scoreQuiz(model, worth(0)).ladderStep).toBeUndefined();
    expect(scoreQuiz(model, { ...worth(12), q0: 'never', q6: 'often' })).toMatchObject({ outcome: 'exit' });
    expect(scoreQuiz(model, { ...worth(12), q0: 'never', q6: 'often' }).ladderStep).toBeUndefined();
    expect(scoreQuiz(model, { q1: 'often' }).ladderStep).toBeUndefined();
  });

  it('counts unanswered questions for nothing either way', () => {
    expect(scoreQuiz(model, { q0: 'often', q1: 'often' })).toMatchObject({ outcome: 'exit', percent: 100 });
    expect(scoreQuiz(model, {})).toMatchObject({ outcome: 'keep', percent: 0 });
  });
});

describe('answers in the URL', () => {
  it('round-trip, unanswered questions included', () => {
    const answers = { q0: 'often', q2: 'sometimes', abuse: 'never' };
    const encoded = encodeAnswers(model, answers);
    expect(encoded).toBe('1.2-1-------0-');
    expect(decodeAnswers(model, encoded)).toEqual({ ok: true, answers });
  });

  it('say what is wrong with a missing, tampered, truncated or old link', () => {
    expect(decodeAnswers(model, null)).toEqual({ ok: false, problem: 'missing' });
    expect(decodeAnswers(model, '<script>')).toEqual({ ok: false, problem: 'damaged' });
    expect(decodeAnswers(model, '1.0120')).toEqual({ ok: false, problem: 'damaged' });
    expect(decodeAnswers(model, '1.900000000000')).toEqual({ ok: false, problem: 'damaged' });
    expect(decodeAnswers(model, '7.000000000000')).toEqual({ ok: false, problem: 'outdated' });
  });
});

describe('the real quiz model', () => {
  const real = quizModelSchema.parse(realModel);

  it('asks 12 to 20 questions covering the signs S1 to S16', () => {
    const signs = new Set(real.questions.map((q) => q.sign));
    for (let i = 1; i <= 16; i++) expect(signs, `S${i}`).toContain(`S${i}`);
  });

  it('treats abuse and unethical requests as red lines', () => {
    expect(real.questions.filter((q) => q.redLine).map((q) => q.sign)).toEqual(['S5', 'S5']);
    const everything = Object.fromEntries(real.questions.map((q) => [q.id, q.redLine ? 'sometimes' : 'never']));
    expect(scoreQuiz(real, everything).outcome).toBe('end-now');
  });

  it('asks about unpaid invoices in the late-payment question', () => {
    expect(real.questions.filter((q) => q.unpaidInvoices).map((q) => q.id)).toEqual(['late-payment']);
  });

  it('reaches every outcome', () => {
    const all = (step: string) => Object.fromEntries(real.questions.map((q) => [q.id, q.redLine ? 'never' : step]));
    expect(scoreQuiz(real, all('never')).outcome).toBe('keep');
    expect(scoreQuiz(real, all('often')).outcome).toBe('exit');
    const some = { ...all('never'), 'late-payment': 'often', 'scope-creep': 'often', 'rate-pressure': 'sometimes' };
    expect(scoreQuiz(real, some).outcome).toBe('repair');
  });
});
