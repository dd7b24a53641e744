import type { LetterId, NoticeKind } from './letter-params';

/**
 * The address that opens the letter generator on one letter and notice (`?letter=…&notice=…`, and the
 * `?country=` whose law the quiz followed): the quiz
 * writes it, the generator reads it (readLetterParams). Apart from the letters' vocabulary so the quiz
 * loads only this.
 */
export const letterParam = 'letter';
export const noticeParam = 'notice';

/** The query string that opens the generator on one letter and notice, under the law of `country`. */
export function letterParams(letter: LetterId, notice?: NoticeKind, country?: string): string {
  const params = new URLSearchParams({ [letterParam]: letter });
  if (notice) params.set(noticeParam, notice);
  if (country) params.set('country', country);
  return `?${params}`;
}
