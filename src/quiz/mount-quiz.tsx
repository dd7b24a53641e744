/** @jsxImportSource preact */
import { render } from 'preact';
import QuizView, { type QuizViewProps } from './QuizView';

/**
 * Brings the quiz to life in its host element: reads the words and numbers from the page's data block
 * (built per language by quiz.ts) and renders the quiz in place of the plain list of questions.
 */
export function mountQuiz(host: HTMLElement): void {
  const data = host.querySelector('script[type="application/json"]');
  if (!data?.textContent) throw new Error('The quiz has no data block');
  const props = JSON.parse(data.textContent) as QuizViewProps;
  host.replaceChildren();
  render(<QuizView {...props} />, host);
}
