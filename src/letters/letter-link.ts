import type { LetterId, NoticeKind } from './letter-params';

/**
 * The address that opens the letter generator on one letter and notice (`?letter=…&notice=…`): the quiz
 * writes it, the generator reads it (readLetterParams). Apart from the letters' vocabulary so the quiz
 * loads only this.
 */
export const letterParam = 'letter';
export const noticeParam = 'notice';

/** The query string that opens the generator on one letter and notice. */
export function letterParams(letter: LetterId, notice?: NoticeKind): string {
  const params = new URLSearchParams({ [letterParam]: letter });
  if (notice) params.set(noticeParam, notice);
  return `?${params}`;
}
