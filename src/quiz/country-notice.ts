import type { NoticeKind } from '../letters/letter-params';
import type { QuizResult } from './scoring';

/**
 * The notice a result proposes where the reader works. Where the law lets a freelancer end a project
 * early only for a serious reason (the Netherlands, Italy) or makes a badly timed ending costly
 * (Hungary), "end it, with notice" proposes the next milestone instead (content/law/countries/, quiz).
 */
export function noticeWhereYouWork(
  result: Pick<QuizResult, 'outcome' | 'notice'>,
  countryExitNotice: NoticeKind | undefined,
): NoticeKind | undefined {
  return result.outcome === 'exit' ? (countryExitNotice ?? result.notice) : result.notice;
}
