/**
 * The letter generator come alive, without a framework: the form is built at build time
 * (pages/[lang]/[letters].astro); this reads it into a draft, shows only the fields the chosen letter
 * uses, composes the letter with the pure modules and writes it as text. The draft stays in this browser.
 */
import { clientStore } from '../clients/client-store';
import { translator, type KeysOf, type Strings } from '../i18n/translator';
import { readDataBlock } from '../islands/data-block';
import { chosenCountry } from '../law/country';
import { countryStore } from '../law/country-store';
import type { ToolLaw } from '../law/tool-law';
import { localStore } from '../storage/local-store';
import { composeLetter, formatDate } from './compose';
import { draftProblems, draftValues, maxInvoices, newDraft, parseDraft, serializeDraft, type Draft } from './draft';
import { fieldsFor, placeholdersUsed } from './fields';
import { lastWorkingDay } from './last-day';
import { letterOutput } from './letter-output';
import { defaultNotice, endsByAgreement, endsForCause, letterIds, readLetterParams, type LetterId } from './letter-params';
import type { LetterFile } from './templates';

export type LetterKey = KeysOf<'letters'>;

export interface LetterWriterProps {
  lang: string;
  /** The page language's templates; other languages load from `templatesBase + <code>.json`. */
  file: LetterFile;
  templatesBase: string;
  languages: string[];
  /** The countries whose law a letter may follow, in the page language. */
  law: ToolLaw;
  strings: Strings<LetterKey>;
}

/** The form's plain text fields and selects: a control of the same name holds each. */
const plainFields = [
  'letter',
  'lang',
  'register',
  'notice',
  'senderName',
  'businessName',
  'clientName',
  'contactPerson',
  'project',
  'milestone',
  'chosenDate',
  'amount',
  'currency',
  'deliverables',
  'handoverItems',
  'referralPerson',
  'referralProvider',
  'refund',
] as const;

const startOfToday = () => {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate());
};

export function startLetterWriter(host: HTMLElement): void {
  const { lang, file, templatesBase, languages, law, strings } = readDataBlock<LetterWriterProps>(host);
  const t = translator(strings);
  const form = host.querySelector<HTMLElement>('.letter-writer')!;
  const find = <T extends HTMLElement = HTMLElement>(selector: string) => form.querySelector<T>(selector)!;
  const control = (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  const store = localStore('letter-draft');
  const files: Record<string, LetterFile> = { [lang]: file };
  const failed = new Set<string>();
  const today = startOfToday();
  const params = readLetterParams(new URLSearchParams(location.search));
  // The law the letter follows: a link's ?country= until the reader picks one, then the one every tool keeps.
  let linked = new URLSearchParams(location.search).get('country');
  const countryCode = () => chosenCountry({ linked, stored: countryStore.get(), known: law.order, fallback: law.defaultCountry });
  let showProblems = false;
  let invalid: string[] = [];

  // The stored draft first, then what the link asks for (the quiz result opens a letter and a notice).
  let draft: Draft = { ...newDraft(lang), ...parseDraft(store.read(), languages) };
  if (params.letter) Object.assign(draft, { letter: params.letter, notice: params.notice ?? defaultNotice(params.letter) });
  if (!draft.clientName) {
    const { clients, current } = clientStore.get();
    draft.clientName = clients.find((c) => c.id === current)?.name ?? '';
  }

  const output = letterOutput(find('.letter-preview'), {
    t,
    ready: () => {
      if (!invalid.length) return true;
      showProblems = true;
      render();
      find(`#letter-${invalid[0]}`).focus();
      return false;
    },
    fileNameParts: () => [draft.clientName, t(`letters.kind.${draft.letter}`)],
    onClear: () => {
      draft = newDraft(lang);
      showProblems = false;
      writeForm();
      changed();
    },
  });

  /** Puts the draft into the form: on start, after adding or removing an invoice, and after clearing. */
  function writeForm() {
    for (const name of plainFields) control(name).value = draft[name];
    control('thanks').checked = draft.thanks;
    control('country').value = countryCode();
    for (let i = 0; i < maxInvoices; i++) {
      const invoice = draft.invoices[i];
      find(`[data-row="${i}"]`).hidden = !invoice;
      // One invoice row stays: only a second one can be removed.
      find(`[data-row="${i}"] [data-remove]`).hidden = draft.invoices.length < 2;
      control(`invoice-${i + 1}`).value = invoice?.number ?? '';
      control(`invoice-${i + 1}-due`).value = invoice?.dueDate ?? '';
    }
    find('.letter-add').hidden = draft.invoices.length >= maxInvoices;
  }

  function readForm(): Draft {
    return {
      ...draft,
      ...(Object.fromEntries(plainFields.map((name) => [name, control(name).value])) as Pick<Draft, (typeof plainFields)[number]>),
      letter: control('letter').value as LetterId,
      thanks: control('thanks').checked,
      invoices: draft.invoices.map((_, i) => ({ number: control(`invoice-${i + 1}`).value, dueDate: control(`invoice-${i + 1}-due`).value })),
    };
  }

  function render() {
    const country = law.countries[countryCode()]!;
    const shown = files[draft.lang] ?? file;
    const fields = fieldsFor(shown, draft.letter, draft.register, draft.notice);
    form.querySelectorAll<HTMLElement>('[data-field]').forEach((box) => (box.hidden = !fields.has(box.dataset.field as never)));
    find('#letter-letter-hint').textContent = t(`letters.when.${draft.letter}`);
    find('#letter-clientName-hint').textContent = t(
      placeholdersUsed(shown, draft.letter, draft.register).has('clientName') ? 'letters.hint.clientNameInLetter' : 'letters.hint.clientName',
    );
    const values = draftValues(draft, fields, today, countryCode());
    const lastDay = fields.has('notice') ? lastWorkingDay(today, draft.notice, values.chosenDate) : undefined;
    find('#letter-notice-hint').textContent = lastDay && draft.notice !== 'date' ? t('letters.lastDay', { date: formatDate(lastDay, lang) }) : '';

    // Where the law lets a freelancer end early only for a serious reason, a notice other than the safe one is flagged.
    const risk = find('.tool-warning');
    risk.hidden = !(
      fields.has('notice') &&
      country.exitNotice &&
      draft.notice !== country.exitNotice &&
      !endsForCause.includes(draft.letter) &&
      draft.letter !== endsByAgreement
    );
    if (risk.hidden) delete risk.dataset.risk;
    else {
      risk.dataset.risk = countryCode();
      find('.letter-risk-text').textContent = country.exit;
      Object.assign(find<HTMLAnchorElement>('.letter-risk-link'), { href: country.href, textContent: country.title });
      find('.letter-use-notice').textContent = t('letters.useNotice', { notice: t(`letters.notice.${country.exitNotice!}`) });
    }

    find('#letter-clients').replaceChildren(
      ...clientStore.get().clients.map((client) => Object.assign(document.createElement('option'), { value: client.name })),
    );

    const problems = draftProblems(draft, fields, today);
    invalid = Object.keys(problems);
    form.querySelectorAll<HTMLElement>('.letter-problem[id$="-problem"]').forEach((span) => {
      const name = span.id.slice('letter-'.length, -'-problem'.length) as keyof typeof problems;
      const problem = showProblems ? problems[name] : undefined;
      span.textContent = problem ? t(`letters.problem.${problem}`) : '';
      const input = form.querySelector(`#letter-${name}`);
      if (problem) input?.setAttribute('aria-invalid', 'true');
      else input?.removeAttribute('aria-invalid');
    });

    const loaded = Boolean(files[draft.lang]);
    const language = (control('lang') as unknown as HTMLSelectElement).selectedOptions[0]?.text ?? draft.lang;
    const loading = find('.letter-loading');
    loading.setAttribute('role', failed.has(draft.lang) ? 'alert' : 'status');
    loading.className = failed.has(draft.lang) ? 'letter-loading letter-problem' : 'letter-loading';
    loading.textContent = loaded ? '' : t(failed.has(draft.lang) ? 'letters.loadFailed' : 'letters.loading', { language });
    if (!loaded && !failed.has(draft.lang)) load(draft.lang);

    // The preview shows where the sender's name will go until it is filled in.
    const letter = composeLetter(shown, shown === file ? lang : draft.lang, draft.letter, draft.register, {
      ...values,
      senderName: values.senderName.trim() || `[${t('letters.field.senderName')}]`,
    });
    output.show(letter, { lang: loaded ? draft.lang : lang, subjectLabel: shown.subjectLabel, disclaimer: shown.phrases.formal.disclaimer }, country);
  }

  function load(code: string) {
    fetch(`${templatesBase}${code}.json`)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((data: LetterFile) => {
        if (!letterIds.every((id) => data?.letters?.[id]?.formal && data.letters[id].informal)) throw new Error('not a letter file');
        files[code] = data;
      })
      .catch(() => failed.add(code))
      .finally(render);
  }

  function changed() {
    output.saved(store.write(serializeDraft(draft, new Date().toISOString())));
    output.status('');
    render();
  }

  form.addEventListener('input', () => {
    draft = readForm();
    changed();
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).id === 'letter-country') {
      linked = null;
      countryStore.set(control('country').value);
    }
    draft = readForm();
    changed();
  });
  form.querySelector('.letter-form')!.addEventListener('click', (event) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('button');
    if (!target) return;
    if (target.classList.contains('letter-use-notice')) {
      draft = { ...readForm(), notice: law.countries[countryCode()]!.exitNotice! };
      writeForm();
      changed();
      // The note goes with the risk: focus stays with the notice it changed.
      control('notice').focus();
    } else if (target.classList.contains('letter-add')) {
      draft = { ...readForm(), invoices: [...readForm().invoices, { number: '', dueDate: '' }] };
      writeForm();
      changed();
      control(`invoice-${draft.invoices.length}`).focus();
    } else if (target.dataset.remove !== undefined) {
      const index = Number(target.dataset.remove);
      const rows = readForm().invoices.filter((_, i) => i !== index);
      draft = { ...readForm(), invoices: rows.length ? rows : [{ number: '', dueDate: '' }] };
      writeForm();
      changed();
      control(`invoice-${Math.min(index + 1, draft.invoices.length)}`).focus();
    }
  });
  countryStore.subscribe(() => {
    control('country').value = countryCode();
    render();
  });
  clientStore.subscribe(render);

  writeForm();
  output.saved(store.persistent);
  render();
  // Said once the page is live, so the status region announces it.
  if (params.letter) setTimeout(() => (find('.letter-from-quiz').textContent = t('letters.fromQuiz')));
}
