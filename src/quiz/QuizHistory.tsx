/** @jsxImportSource preact */
import { useRef } from 'preact/hooks';
import { translator, type Strings } from '../i18n/translator';
import { answersParam, decodeAnswers } from './answers-url';
import { isComplete } from './flow';
import { forgetClientHistory, removeResult, resultsOf, type QuizHistory as History } from './history';
import type { QuizModel } from './model';
import { scoreQuiz } from './scoring';
import type { OutcomeWords, QuizKey } from './view-props';

interface Props {
  lang: string;
  model: QuizModel;
  outcomes: Record<string, OutcomeWords>;
  past: History;
  client: string;
  /** False when the browser keeps nothing (storage blocked or full). */
  saved: boolean;
  strings: Strings<QuizKey>;
  onChange: (next: History) => void;
}

/** One client's past results, each with its date and outcome and a link that shows it again. */
export default function QuizHistory({ lang, model, outcomes, past, client, saved, strings, onChange }: Props) {
  const t = translator(strings);
  const confirm = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' });
  // A result from an older version of the quiz can no longer be read; it is not shown.
  const entries = resultsOf(past, client).flatMap((entry) => {
    const decoded = decodeAnswers(model, entry.answers);
    if (!decoded.ok || !isComplete(model, decoded.answers)) return [];
    const result = scoreQuiz(model, decoded.answers);
    const text = t('quiz.history.entry', {
      date: date.format(new Date(entry.date)),
      outcome: outcomes[result.outcome]!.title,
      percent: Math.round(result.percent),
    });
    return [{ ...entry, text }];
  });
  const remove = (when: string) => {
    onChange(removeResult(past, client, when));
    // The button is gone with its entry; the list's heading is the nearest place to continue from.
    heading.current?.focus();
  };

  const openConfirm = () => {
    // Escape closes without a value and leaves the last one: start from none.
    confirm.current!.returnValue = '';
    confirm.current!.showModal();
  };
  // Deleting on close, not on click: the dialog has given focus back by then, so it can go to the heading.
  const closeConfirm = () => {
    if (confirm.current?.returnValue !== 'delete') return;
    onChange(forgetClientHistory(past, client));
    heading.current?.focus();
  };

  return (
    <section class="quiz-history" aria-labelledby="quiz-history-title" data-print="hide">
      <h2 id="quiz-history-title" ref={heading} tabIndex={-1}>
        {t('quiz.history.heading')}
      </h2>
      <p>{t('quiz.history.intro')}</p>
      {!saved && (
        <p class="tool-warning" role="alert">
          {t('quiz.storageOff')}
        </p>
      )}
      {entries.length ? (
        <ul class="quiz-history-list">
          {entries.map((entry) => (
            <li key={entry.date}>
              <a href={`?${answersParam}=${entry.answers}`}>{entry.text}</a>
              <button type="button" onClick={() => remove(entry.date)}>
                {t('common.delete')}
                <span class="sr-only"> {entry.text}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('quiz.history.empty')}</p>
      )}
      {entries.length > 0 && (
        <p>
          <button type="button" onClick={openConfirm}>
            {t('quiz.history.deleteAll')}
          </button>
        </p>
      )}
      <dialog ref={confirm} class="tool-dialog" aria-labelledby="quiz-delete-all" onClose={closeConfirm}>
        <form method="dialog">
          <p id="quiz-delete-all">{t('quiz.history.deleteAllConfirm')}</p>
          <button type="submit" value="cancel" autofocus>
            {t('common.cancel')}
          </button>{' '}
          <button type="submit" value="delete">
            {t('common.delete')}
          </button>
        </form>
      </dialog>
    </section>
  );
}
