/** @jsxImportSource preact */
import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { translator } from '../i18n/translator';
import { letterParams } from '../letters/letter-link';
import { chosenCountry } from '../law/country';
import { countryStore } from '../law/country-store';
import { useSharedStore } from '../storage/use-shared-store';
import { noticeWhereYouWork } from './country-notice';
import { answersSearch } from './flow';
import { scoreQuiz, type Answers } from './scoring';
import type { QuizViewProps } from './view-props';

interface Props extends QuizViewProps {
  answers: Answers;
  clientName: string | undefined;
  heading: RefObject<HTMLHeadingElement>;
  onChange: () => void;
  onRetake: () => void;
}

/**
 * The result, explained: what weighed most (with the reader's own answers), the plan, the notice, where
 * to read on, the letter to start, and a link that shows this result again. Prints on its own.
 */
export default function QuizResult({
  model,
  scale,
  questions,
  outcomes,
  lettersHref,
  invoicesHref,
  law,
  strings,
  answers,
  clientName,
  heading,
  onChange,
  onRetake,
}: Props) {
  const t = translator(strings);
  const [copy, setCopy] = useState<'copied' | 'failed' | undefined>();
  const result = scoreQuiz(model, answers);
  const outcome = outcomes[result.outcome]!;
  // The country whose law the advice follows: linked (?country=), else the reader's (kept on the rules pages), else the language's.
  const [stored] = useSharedStore(countryStore);
  const code = chosenCountry({ linked: new URLSearchParams(location.search).get('country'), stored, known: law.order, fallback: law.defaultCountry });
  const country = law.countries[code]!;
  const ending = result.outcome === 'exit' || result.outcome === 'end-now';
  const notice = noticeWhereYouWork(result, country.exitNotice);
  const shareUrl = `${location.origin}${location.pathname}${answersSearch(model, answers)}`;
  // Red lines decide on their own, so they come first.
  const weighed = [
    ...result.redLines.map((id) => ({ id, redLine: true })),
    ...result.weighedMost.map((w) => ({ id: w.question, redLine: false })),
  ].slice(0, 3);
  const label = (id: string) => scale.find((s) => s.id === answers[id])?.label ?? '';

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(shareUrl);
      setCopy('copied');
    } catch {
      // No clipboard (an insecure page, a refused permission): the link is on screen to copy by hand.
      setCopy('failed');
    }
  };

  return (
    <section class="quiz-result" aria-labelledby="quiz-result-title">
      <p class="quiz-kicker">{clientName ? t('quiz.result.for', { name: clientName }) : t('quiz.result.label')}</p>
      <h2 id="quiz-result-title" ref={heading} tabIndex={-1}>
        {outcome.title}
      </h2>
      <p>{outcome.summary}</p>
      <p class="quiz-score">{t('quiz.result.score', { percent: Math.round(result.percent) })}</p>

      <h3>{t('quiz.result.weighedMost')}</h3>
      {weighed.length ? (
        <ul class="quiz-weighed">
          {weighed.map(({ id, redLine }) => (
            <li key={id} data-question={id}>
              {questions.find((q) => q.id === id)?.text} <span class="quiz-answer">{t('quiz.result.yourAnswer', { answer: label(id) })}</span>
              {redLine && <strong class="quiz-tag">{t('quiz.result.redLine')}</strong>}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('quiz.result.noSigns')}</p>
      )}

      <h3>{t('quiz.result.plan')}</h3>
      <ol class="quiz-plan">
        {outcome.plan.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>

      {ending && (
        <div class="quiz-law" data-country={code}>
          <h3>{t('quiz.result.law')}</h3>
          <p>{result.outcome === 'exit' ? country.exit : country.endNow}</p>
          {country.sources.length > 0 && (
            <p class="quiz-sources">
              {country.sources.map((source, i) => (
                <span key={source.cite}>
                  {i > 0 && ' · '}
                  <a href={source.href} rel="external">
                    {source.cite}
                  </a>
                </span>
              ))}
            </p>
          )}
          <p>
            <a href={country.href}>{country.title}</a> · <a href={law.indexHref}>{t('quiz.result.lawCountry')}</a>
          </p>
        </div>
      )}

      {notice && (
        <>
          <h3>{t('quiz.result.notice')}</h3>
          <p data-notice={notice}>{t(`quiz.notice.${notice}`)}</p>
        </>
      )}

      {result.ladderStep && (
        <div class="quiz-unpaid" data-print="hide">
          <p>{t('quiz.result.unpaidIntro')}</p>
          <p>
            <a class="button" href={`${invoicesHref}?step=${result.ladderStep}&country=${code}`}>
              {t(`quiz.result.unpaid.${result.ladderStep}`)}
            </a>
          </p>
        </div>
      )}

      {result.letter && (
        <div class="quiz-letter" data-print="hide">
          <p>{t('quiz.result.letterIntro')}</p>
          <p>
            <a class="button" href={`${lettersHref}${letterParams(result.letter, notice, code)}`}>
              {t('quiz.result.openLetter')}
            </a>
          </p>
        </div>
      )}

      <h3>{t('quiz.result.readMore')}</h3>
      <ul class="quiz-links">
        {outcome.links.map((link) => (
          <li key={link.href}>
            <a href={link.href}>{link.title}</a>
          </li>
        ))}
      </ul>

      <h3>{t('quiz.share.heading')}</h3>
      <p>{t('quiz.share.intro')}</p>
      <p class="quiz-share-link">
        <a href={shareUrl}>{shareUrl}</a>
      </p>
      <p class="quiz-actions" data-print="hide">
        <button type="button" onClick={copyLink}>
          {t('quiz.share.copy')}
        </button>
        <button type="button" onClick={() => print()}>
          {t('quiz.print')}
        </button>
      </p>
      <p class="quiz-copied" role="status" data-print="hide">
        {copy === 'copied' ? t('quiz.share.copied') : copy === 'failed' ? t('quiz.share.copyFailed') : ''}
      </p>
      <p class="quiz-actions" data-print="hide">
        <button type="button" onClick={onChange}>
          {t('quiz.change')}
        </button>
        <button type="button" onClick={onRetake}>
          {t('quiz.retake')}
        </button>
      </p>
    </section>
  );
}
