import { describe, expect, it } from 'vitest';
import realModel from '../../content/quiz/model.json';
import { decodeAnswers } from './answers-url';
import { answersSearch, firstUnanswered, isComplete, stepFor } from './flow';
import { quizModelSchema } from './model';

const model = quizModelSchema.parse(realModel);
const ids = model.questions.map((q) => q.id);
const answered = (count: number) => Object.fromEntries(ids.slice(0, count).map((id) => [id, 'sometimes']));
const all = answered(ids.length);

describe('progress through the questions', () => {
  it('finds the first unanswered question', () => {
    expect(firstUnanswered(model, {})).toBe(0);
    expect(firstUnanswered(model, answered(3))).toBe(3);
    const { [ids[2]!]: _skipped, ...gap } = answered(5);
    expect(firstUnanswered(model, gap)).toBe(2);
    expect(firstUnanswered(model, all)).toBe(ids.length);
  });

  it('is complete only with every question answered', () => {
    expect(isComplete(model, all)).toBe(true);
    expect(isComplete(model, answered(ids.length - 1))).toBe(false);
  });
});

describe('stepFor', () => {
  it('opens a page without answers at the start, and a shared complete set at its result', () => {
    expect(stepFor(model, {})).toEqual({ view: 'start' });
    expect(stepFor(model, all)).toEqual({ view: 'result' });
  });

  it('resumes unfinished answers at the first open question', () => {
    expect(stepFor(model, answered(4))).toEqual({ view: 'question', index: 4 });
    expect(stepFor(model, answered(4), { view: 'result' })).toEqual({ view: 'question', index: 4 });
  });

  it('returns to the step a history entry saved', () => {
    expect(stepFor(model, all, { view: 'question', index: 2 })).toEqual({ view: 'question', index: 2 });
    expect(stepFor(model, all, { view: 'start' })).toEqual({ view: 'start' });
    expect(stepFor(model, all, { view: 'result' })).toEqual({ view: 'result' });
  });

  it('never skips an unanswered question, nor leaves the list', () => {
    expect(stepFor(model, answered(2), { view: 'question', index: 9 })).toEqual({ view: 'question', index: 2 });
    expect(stepFor(model, all, { view: 'question', index: 99 })).toEqual({ view: 'question', index: ids.length - 1 });
    expect(stepFor(model, all, { view: 'question', index: -4 })).toEqual({ view: 'question', index: 0 });
  });

  it('ignores a history state that is not its own', () => {
    for (const saved of [null, 'x', 42, { view: 'question', index: '3' }, { view: 'question', index: 1.5 }, { view: 'elsewhere' }, []]) {
      expect(stepFor(model, answered(3), saved)).toEqual({ view: 'question', index: 3 });
    }
  });
});

describe('answersSearch', () => {
  it('carries the answers in a query the decoder reads back', () => {
    const search = answersSearch(model, answered(3));
    expect(search).toMatch(/^\?a=1\.111-+$/);
    expect(decodeAnswers(model, new URLSearchParams(search).get('a'))).toEqual({ ok: true, answers: answered(3) });
  });

  it('is empty before the first answer', () => {
    expect(answersSearch(model, {})).toBe('');
  });
});
