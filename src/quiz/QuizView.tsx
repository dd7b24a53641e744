/** @jsxImportSource preact */
import { useEffect, useRef, useState } from 'preact/hooks';
import ClientManager from '../clients/ClientManager';
import { clientStore } from '../clients/client-store';
import { defaultList } from '../clients/clients';
import { translator } from '../i18n/translator';
import { useSharedStore } from '../storage/use-shared-store';
import { answersParam, decodeAnswers, encodeAnswers } from './answers-url';
import { answersSearch, stepFor, type QuizStep } from './flow';
import { addResult } from './history';
import { historyStore } from './history-store';
import type { QuizModel } from './model';
import type { QuizViewProps } from './view-props';
import QuizHistory from './QuizHistory';
import QuizResult from './QuizResult';
import type { Answers } from './scoring';

/** The quiz's words: the quiz's and the client manager's UI strings, and the shared ones. */
const urlFor = (search: string) => `${location.pathname}${search}`;
const answersInAddress = (model: QuizModel) => decodeAnswers(model, new URLSearchParams(location.search).get(answersParam));

/**
 * The self-assessment: one question at a time, then a result that explains itself. Rendered in the
 * browser only (islands/render.ts); the page itself shows the questions as a list. Answers live in the
 * address (`?a=`), so a reload, a bookmark or a shared link shows the same step; each step is a browser
 * history entry.
 */
export default function QuizView(props: QuizViewProps) {
  const { model, scale, questions, strings } = props;
  const t = translator(strings);
  const [opened] = useState(() => {
    const decoded = answersInAddress(model);
    const answers = decoded.ok ? decoded.answers : {};
    return {
      answers,
      step: stepFor(model, answers, history.state),
      problem: decoded.ok || decoded.problem === 'missing' ? undefined : decoded.problem,
    };
  });
  const [answers, setAnswers] = useState<Answers>(opened.answers);
  const [step, setStep] = useState<QuizStep>(opened.step);
  const [problem, setProblem] = useState(opened.problem);
  const [missing, setMissing] = useState(false);
  const [clients] = useSharedStore(clientStore);
  const [past, setPast] = useSharedStore(historyStore);
  const [saved, setSaved] = useState(historyStore.persistent);
  // Read by the popstate listener, which outlives any one render.
  const current = useRef<Answers>(opened.answers);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const client = clients.current ?? defaultList;
  const clientName = clients.clients.find((c) => c.id === clients.current)?.name;

  const show = (next: QuizStep, nextAnswers: Answers, entry: 'push' | 'replace') => {
    current.current = nextAnswers;
    setAnswers(nextAnswers);
    setStep(next);
    setMissing(false);
    setProblem(undefined);
    const url = urlFor(answersSearch(model, nextAnswers));
    if (entry === 'push') history.pushState(next, '', url);
    else history.replaceState(next, '', url);
    moved.current = true;
  };

  useEffect(() => {
    // The entry remembers its step; a damaged link gives way to the bare page, so a reload starts clean.
    history.replaceState(opened.step, '', urlFor(answersSearch(model, opened.answers)));
    const onPop = (event: PopStateEvent) => {
      // An entry without state is a jump to an anchor on this page (the skip link): the step stays.
      if (event.state === null) return;
      const fromUrl = answersInAddress(model);
      // The answers given since keep priority; the address only brings back what a retake cleared.
      const merged = { ...(fromUrl.ok ? fromUrl.answers : {}), ...current.current };
      show(stepFor(model, merged, event.state), merged, 'replace');
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  // Each new step takes focus to its heading, so keyboard and screen reader users start there.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = false;
  }, [step]);

  const choose = (question: string, value: string) => {
    const next = { ...current.current, [question]: value };
    current.current = next;
    setAnswers(next);
    setMissing(false);
    history.replaceState(history.state, '', urlFor(answersSearch(model, next)));
  };

  const finish = (final: Answers) => {
    show({ view: 'result' }, final, 'push');
    setSaved(setPast(addResult(historyStore.get(), client, { date: new Date().toISOString(), answers: encodeAnswers(model, final) })));
  };

  if (step.view === 'question') {
    const index = step.index;
    const question = questions[index]!;
    const last = index === questions.length - 1;
    const hintId = `quiz-hint-${question.id}`;
    const next = (event: Event) => {
      event.preventDefault();
      if (!answers[question.id]) {
        setMissing(true);
        (event.currentTarget as HTMLFormElement).querySelector('input')?.focus();
        return;
      }
      if (last) finish(answers);
      else show({ view: 'question', index: index + 1 }, answers, 'push');
    };
    return (
      <div class="quiz is-live">
        <form class="quiz-step" key={question.id} onSubmit={next} noValidate>
          <h2 class="quiz-count" ref={heading} tabIndex={-1}>
            {t('quiz.progress', { current: index + 1, total: questions.length })}
          </h2>
          <progress max={questions.length} value={index + 1} aria-hidden="true" />
          <fieldset aria-describedby={hintId}>
            <legend class="quiz-question">{question.text}</legend>
            <p class="quiz-hint" id={hintId}>
              {question.hint}
            </p>
            <div class="quiz-options">
              {scale.map((s) => (
                <label class="quiz-option" key={s.id}>
                  <input
                    type="radio"
                    name={`quiz-${question.id}`}
                    value={s.id}
                    checked={answers[question.id] === s.id}
                    aria-invalid={missing ? 'true' : undefined}
                    onChange={() => choose(question.id, s.id)}
                  />
                  <span>{s.label}</span>
                </label>
              ))}
            </div>
          </fieldset>
          {missing && (
            <p class="tool-warning" role="alert">
              {t('quiz.chooseFirst')}
            </p>
          )}
          <p class="quiz-nav">
            <button type="button" onClick={() => show(index ? { view: 'question', index: index - 1 } : { view: 'start' }, answers, 'push')}>
              {t('quiz.back')}
            </button>
            <button type="submit" class="quiz-primary">
              {last ? t('quiz.seeResult') : t('quiz.next')}
            </button>
          </p>
        </form>
      </div>
    );
  }

  const historyList = (
    <QuizHistory
      lang={props.lang}
      model={model}
      outcomes={props.outcomes}
      past={past}
      client={client}
      saved={saved}
      strings={strings}
      onChange={(next) => setSaved(setPast(next))}
    />
  );

  if (step.view === 'result') {
    return (
      <div class="quiz is-live">
        <QuizResult
          {...props}
          answers={answers}
          clientName={clientName}
          heading={heading}
          onChange={() => show({ view: 'question', index: 0 }, answers, 'push')}
          onRetake={() => show({ view: 'start' }, {}, 'push')}
        />
        {historyList}
      </div>
    );
  }

  return (
    <div class="quiz is-live">
      {problem && (
        <p class="tool-warning" role="alert">
          {problem === 'damaged' ? t('quiz.problem.damaged') : t('quiz.problem.outdated')}
        </p>
      )}
      <section class="quiz-start" aria-labelledby="quiz-start-title">
        <h2 id="quiz-start-title" ref={heading} tabIndex={-1}>
          {t('quiz.startHeading')}
        </h2>
        <p>{t('quiz.clientIntro')}</p>
        <ClientManager strings={strings} />
        <p>
          <button type="button" class="quiz-primary" onClick={() => show({ view: 'question', index: 0 }, answers, 'push')}>
            {t('quiz.start')}
          </button>
        </p>
      </section>
      {historyList}
    </div>
  );
}
