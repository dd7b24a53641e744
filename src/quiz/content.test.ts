import { describe, expect, it } from 'vitest';
import { locales } from '../i18n/locales';
import model from '../../content/quiz/model.json';
import { quizLinkProblems, quizModelSchema, quizTextProblems, quizTextSchema } from './model';

// The real quiz words in content/quiz/<lang>.json: valid, and naming exactly the model's ids.
const texts = import.meta.glob<unknown>('/content/quiz/[a-z][a-z].json', { eager: true, import: 'default' });
const real = quizModelSchema.parse(model);

describe('the quiz content', () => {
  it('exists for exactly the site languages', () => {
    expect(
      Object.keys(texts)
        .map((path) => path.slice(-'xx.json'.length, -'.json'.length))
        .sort(),
    ).toEqual([...locales]);
  });

  it.each(Object.entries(texts))('%s has every question, answer and outcome of the model, and no other', (path, data) => {
    const lang = path.slice(-'xx.json'.length, -'.json'.length);
    expect(quizTextProblems(real, lang, quizTextSchema.parse(data))).toEqual([]);
  });

  it('reports a missing and an extra question', () => {
    const nl = quizTextSchema.parse(texts['/content/quiz/nl.json']);
    const { 'late-payment': _gone, ...questions } = nl.questions;
    expect(quizTextProblems(real, 'nl', { ...nl, questions: { ...questions, extra: { text: 'x', hint: 'y' } } })).toEqual([
      '"nl" lacks the question "late-payment"',
      '"nl" has the question "extra" that the model does not',
    ]);
  });

  it('reports an outcome that points at a guide page or checklist the site lacks', () => {
    const pages = real.outcomes.flatMap((o) => o.pages).filter((page) => page !== 'handover');
    const checklists = real.outcomes.flatMap((o) => (o.checklist ? [o.checklist] : [])).filter((id) => id !== 'the-conversation');
    expect(quizLinkProblems(real, pages, checklists)).toEqual([
      'outcome "exit" points at an unknown guide page "handover"',
      'outcome "end-now" points at an unknown checklist "the-conversation"',
    ]);
  });
});
