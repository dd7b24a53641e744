import { describe, expect, it } from 'vitest';
import { noticeWhereYouWork } from './country-notice';

describe('noticeWhereYouWork', () => {
  it("replaces the notice of 'end it, with notice' with the country's, where it has one", () => {
    expect(noticeWhereYouWork({ outcome: 'exit', notice: '30-days' }, 'milestone')).toBe('milestone');
    expect(noticeWhereYouWork({ outcome: 'exit', notice: '1-2-months' }, 'milestone')).toBe('milestone');
    expect(noticeWhereYouWork({ outcome: 'exit', notice: '30-days' }, undefined)).toBe('30-days');
  });

  it('leaves every other outcome alone: stopping now stays immediate, keeping or repairing has no notice', () => {
    expect(noticeWhereYouWork({ outcome: 'end-now', notice: 'immediately' }, 'milestone')).toBe('immediately');
    expect(noticeWhereYouWork({ outcome: 'repair', notice: undefined }, 'milestone')).toBeUndefined();
  });
});
