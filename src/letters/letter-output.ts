/**
 * A composed letter on the page and what a reader does with it (components/LetterPreview.astro): plain
 * DOM, shared by the letter generator and the unpaid-invoices ladder. The letter is only ever text.
 */
import type { KeysOf, Translator } from '../i18n/translator';
import type { ToolCountry } from '../law/tool-law';
import type { Letter } from './letter-text';
import { letterFileName, letterFileText, mailtoHref } from './output';

export interface LetterOutputOptions {
  t: Translator<KeysOf<'letters'>>;
  /** Whether the letter may leave the page; when not, the form marks what it needs and moves the focus there. */
  ready: () => boolean;
  /** The words the downloaded file is named after. */
  fileNameParts: () => string[];
  onClear: () => void;
}

export interface LetterOutput {
  show(
    letter: Letter,
    shown: { lang: string; subjectLabel: string; disclaimer?: string },
    country: Pick<ToolCountry, 'send' | 'href' | 'title'>,
  ): void;
  status(text: string, alert?: boolean): void;
  saved(kept: boolean): void;
}

export function letterOutput(root: HTMLElement, { t, ready, fileNameParts, onClear }: LetterOutputOptions): LetterOutput {
  const find = <T extends HTMLElement = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const dialog = find<HTMLDialogElement>('dialog');
  let current = { letter: { subject: '', body: '' }, subjectLabel: '' };
  const status = (text: string, alert = false) => {
    find('.letter-status[role="status"]').textContent = alert ? '' : text;
    find('.letter-status[role="alert"]').textContent = alert ? text : '';
  };
  const text = () => letterFileText(current.letter, current.subjectLabel);
  const whenReady = (event: Event, action: () => void) => {
    if (ready()) return action();
    event.preventDefault();
    status(t('letters.fixFirst'), true);
  };
  const actions: Record<string, (event: Event) => void> = {
    copy: (event) =>
      whenReady(event, () =>
        navigator.clipboard.writeText(text()).then(
          () => status(t('letters.copied')),
          () => status(t('letters.copyFailed'), true),
        ),
      ),
    download: (event) =>
      whenReady(event, () => {
        const url = URL.createObjectURL(new Blob([text()], { type: 'text/plain;charset=utf-8' }));
        Object.assign(document.createElement('a'), { href: url, download: letterFileName(...fileNameParts()) }).click();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      }),
    email: (event) => whenReady(event, () => undefined),
    print: (event) => whenReady(event, () => window.print()),
    clear: () => dialog.showModal(),
  };
  root.addEventListener('click', (event) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-action], dialog button');
    if (!target) return;
    if (target.dataset.action) return actions[target.dataset.action]!(event);
    if ((target as HTMLButtonElement).value === 'clear') onClear();
    dialog.close();
  });

  return {
    show(letter, shown, country) {
      current = { letter, subjectLabel: shown.subjectLabel };
      find('.letter-paper').lang = shown.lang;
      find('.letter-subject span:first-child').textContent = shown.subjectLabel;
      find('.letter-subject-text').textContent = letter.subject;
      find('.letter-body').textContent = letter.body;
      if (shown.disclaimer) find('.letter-disclaimer').textContent = shown.disclaimer;
      find('.letter-send').textContent = country.send;
      Object.assign(find<HTMLAnchorElement>('.letter-country'), { href: country.href, textContent: country.title });
      const mailto = mailtoHref(letter);
      const email = find<HTMLAnchorElement>('[data-action="email"]');
      email.hidden = !mailto;
      // Too long to arrive whole: no link at all, and a note says why.
      if (mailto) email.href = mailto;
      else email.removeAttribute('href');
      find('.letter-too-long').hidden = Boolean(mailto);
    },
    status,
    saved: (kept) => (find('.letter-saved').textContent = kept ? t('letters.saved') : t('letters.storageOff')),
  };
}
