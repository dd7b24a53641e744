/** @jsxImportSource preact */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { clientStore } from '../clients/client-store';
import { chosenCountry } from '../law/country';
import { countryStore } from '../law/country-store';
import type { ToolLaw } from '../law/tool-law';
import { translator, type KeysOf, type Strings } from '../i18n/translator';
import { localStore } from '../storage/local-store';
import { useSharedStore } from '../storage/use-shared-store';
import { composeLetter, formatDate } from './compose';
import { currencies } from './amount';
import { draftProblems, draftValues, maxInvoices, newDraft, parseDraft, serializeDraft, type Draft } from './draft';
import { fieldsFor, placeholdersUsed, type FieldId } from './fields';
import { lastWorkingDay } from './last-day';
import { defaultNotice, endsByAgreement, endsForCause, letterIds, noticeKinds, readLetterParams, registers } from './letter-params';
import { letterFileName, letterFileText, mailtoHref } from './output';
import type { LetterFile } from './templates';

/** The letter generator's words: the "letters" UI strings and the shared ones. */
export type LetterKey = KeysOf<'letters'>;

interface Props {
  lang: string;
  /** The page language's templates; other languages load from `templatesBase + <code>.json`. */
  file: LetterFile;
  templatesBase: string;
  languages: { code: string; name: string }[];
  /** The countries whose law a letter may follow, in the page language. */
  law: ToolLaw;
  strings: Strings<LetterKey>;
}

const draftStore = localStore('letter-draft');
const startOfToday = () => {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate());
};

/**
 * The letter form and its live preview. The letter is composed from plain values on every change and
 * shown as text; the draft is kept in this browser as the reader types.
 */
export default function LetterWriter({ lang, file, templatesBase, languages, law, strings }: Props) {
  const t = translator(strings);
  const params = useMemo(() => readLetterParams(new URLSearchParams(location.search)), []);
  // The stored draft first, then what the link asks for (the quiz result opens a letter and a notice).
  const [draft, setDraft] = useState<Draft>(() => {
    const next: Draft = {
      ...newDraft(lang),
      ...parseDraft(
        draftStore.read(),
        languages.map((l) => l.code),
      ),
    };
    if (params.letter) Object.assign(next, { letter: params.letter, notice: params.notice ?? defaultNotice(params.letter) });
    const { clients, current } = clientStore.get();
    next.clientName ||= clients.find((c) => c.id === current)?.name ?? '';
    return next;
  });
  const [files, setFiles] = useState<Record<string, LetterFile>>({ [lang]: file });
  /** The letter language whose templates could not be loaded, if any. */
  const [failedLang, setFailedLang] = useState<string>();
  const [showProblems, setShowProblems] = useState(false);
  const [status, setStatus] = useState<{ text: string; alert?: boolean }>();
  const [saved, setSaved] = useState(draftStore.persistent);
  const [fromQuiz, setFromQuiz] = useState(false);
  const [clients] = useSharedStore(clientStore);
  // The law the letter follows: a link's ?country= until the reader picks one, then the one every tool keeps.
  const [linkedCountry, setLinkedCountry] = useState(() => new URLSearchParams(location.search).get('country'));
  const [storedCountry, storeCountry] = useSharedStore(countryStore);
  const countryCode = chosenCountry({ linked: linkedCountry, stored: storedCountry, known: law.order, fallback: law.defaultCountry });
  const country = law.countries[countryCode]!;
  const clearDialog = useRef<HTMLDialogElement>(null);
  const today = useMemo(startOfToday, []);

  // Said after the first render, so the live region exists and reads it out.
  useEffect(() => {
    if (params.letter) setFromQuiz(true);
  }, []);

  // Another language's templates, fetched once when chosen.
  const letterFile = files[draft.lang];
  useEffect(() => {
    if (letterFile) return;
    setFailedLang(undefined);
    fetch(`${templatesBase}${draft.lang}.json`)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((data: LetterFile) => {
        if (!letterIds.every((id) => data?.letters?.[id]?.formal && data.letters[id].informal)) throw new Error('not a letter file');
        setFiles((known) => ({ ...known, [draft.lang]: data }));
      })
      .catch(() => setFailedLang(draft.lang));
  }, [draft.lang, letterFile]);

  const update = (change: Partial<Draft>) => {
    const next = { ...draft, ...change };
    setDraft(next);
    setSaved(draftStore.write(serializeDraft(next)));
    setStatus(undefined);
  };
  const change = (key: keyof Draft) => (event: Event) => update({ [key]: (event.target as HTMLInputElement).value });

  const shownFile = letterFile ?? file;
  const languageName = languages.find((l) => l.code === draft.lang)?.name ?? draft.lang;
  const fields = fieldsFor(shownFile, draft.letter, draft.register, draft.notice);
  const clientNameInLetter = placeholdersUsed(shownFile, draft.letter, draft.register).has('clientName');
  const problems = draftProblems(draft, fields, today);
  const invalid = Object.keys(problems) as FieldId[];
  const values = draftValues(draft, fields, today, countryCode);
  // The preview shows where the sender's name will go until it is filled in.
  const letter = composeLetter(shownFile, draft.lang, draft.letter, draft.register, {
    ...values,
    senderName: values.senderName.trim() || `[${t('letters.field.senderName')}]`,
  });
  const mailto = mailtoHref(letter);
  const kindName = t(`letters.kind.${draft.letter}`);
  const lastDay = fields.has('notice') ? lastWorkingDay(today, draft.notice, values.chosenDate) : undefined;
  // Where the law lets a freelancer end early only for a serious reason, a notice other than the safe one is flagged.
  const riskyNotice =
    fields.has('notice') &&
    country.exitNotice &&
    draft.notice !== country.exitNotice &&
    !endsForCause.includes(draft.letter) &&
    draft.letter !== endsByAgreement;
  /** Runs an action on a finished letter; otherwise marks the fields that need the reader and says so. */
  const whenReady = (event: Event | undefined, action: () => void) => {
    if (invalid.length) {
      event?.preventDefault();
      setShowProblems(true);
      setStatus({ text: t('letters.fixFirst'), alert: true });
      document.getElementById(`letter-${invalid[0]}`)?.focus();
      return;
    }
    action();
  };
  const copy = () =>
    whenReady(undefined, () => {
      navigator.clipboard
        .writeText(letterFileText(letter, shownFile.subjectLabel))
        .then(() => setStatus({ text: t('letters.copied') }))
        .catch(() => setStatus({ text: t('letters.copyFailed'), alert: true }));
    });
  const download = () =>
    whenReady(undefined, () => {
      const url = URL.createObjectURL(new Blob([letterFileText(letter, shownFile.subjectLabel)], { type: 'text/plain;charset=utf-8' }));
      const link = Object.assign(document.createElement('a'), { href: url, download: letterFileName(draft.clientName, kindName) });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    });
  const clear = () => {
    update(newDraft(lang));
    setShowProblems(false);
  };

  /** One labelled control with its optional marker, hint and problem, tied together for screen readers. */
  // A plain function, not a component: a component defined here would remount its control on every key.
  const field = (
    name: string,
    label: string,
    optional: boolean,
    hint: string | undefined,
    control: (describedBy: string | undefined) => ComponentChildren,
  ) => {
    const problem = showProblems ? problems[name as FieldId] : undefined;
    const describedBy = [hint && `letter-${name}-hint`, problem && `letter-${name}-problem`].filter(Boolean).join(' ') || undefined;
    return (
      <p class="letter-field">
        <label for={`letter-${name}`}>
          {label}
          {optional && <span class="letter-optional"> ({t('letters.optional')})</span>}
        </label>
        {hint && (
          <span class="letter-hint" id={`letter-${name}-hint`}>
            {hint}
          </span>
        )}
        {control(describedBy)}
        {problem && (
          <span class="letter-problem" id={`letter-${name}-problem`}>
            {t(`letters.problem.${problem}`)}
          </span>
        )}
      </p>
    );
  };
  const label = (id: FieldId) => t(`letters.field.${id}` as LetterKey);
  const choose = (
    name: 'letter' | 'lang' | 'register' | 'notice' | 'currency' | 'country',
    text: string,
    options: [value: string, label: string][],
    hint?: string,
  ) =>
    field(name, text, false, hint, (describedBy) => (
      <select
        id={`letter-${name}`}
        name={name}
        value={name === 'country' ? countryCode : draft[name]}
        aria-describedby={describedBy}
        onChange={
          name === 'country'
            ? (event) => {
                setLinkedCountry(null);
                storeCountry((event.target as HTMLSelectElement).value);
              }
            : change(name)
        }
      >
        {options.map(([value, optionLabel]) => (
          <option key={value} value={value}>
            {optionLabel}
          </option>
        ))}
      </select>
    ));
  const input = (
    id: FieldId & keyof Draft,
    options: { optional?: boolean; hint?: string; autocomplete?: string; list?: string; type?: string } = {},
  ) =>
    fields.has(id) &&
    field(id, label(id), Boolean(options.optional), options.hint, (describedBy) => (
      <input
        id={`letter-${id}`}
        name={id}
        type={options.type ?? 'text'}
        value={draft[id] as string}
        onInput={change(id)}
        autocomplete={options.autocomplete ?? 'off'}
        list={options.list}
        inputMode={id === 'amount' || id === 'refund' ? 'decimal' : undefined}
        aria-describedby={describedBy}
        aria-invalid={showProblems && problems[id] ? 'true' : undefined}
      />
    ));
  const lines = (id: 'deliverables' | 'handoverItems', hint: string) =>
    fields.has(id) &&
    field(id, label(id), true, hint, (describedBy) => (
      <textarea id={`letter-${id}`} name={id} rows={4} value={draft[id]} onInput={change(id)} aria-describedby={describedBy} />
    ));
  const setInvoice = (index: number, change: Partial<Draft['invoices'][number]>) =>
    update({ invoices: draft.invoices.map((row, i) => (i === index ? { ...row, ...change } : row)) });
  const currencyName = new Intl.DisplayNames(lang, { type: 'currency' });

  return (
    <div class="letter-writer">
      <div class="letter-form" data-print="hide">
        <h2>{t('letters.formTitle')}</h2>
        <p class="letter-from-quiz tool-note" role="status">
          {fromQuiz && t('letters.fromQuiz')}
        </p>
        {choose(
          'letter',
          t('letters.letter'),
          letterIds.map((id) => [id, t(`letters.kind.${id}`)]),
          t(`letters.when.${draft.letter}`),
        )}
        <div class="letter-row">
          {choose(
            'lang',
            t('letters.language'),
            languages.map((l) => [l.code, l.name]),
            t('letters.languageHint'),
          )}
          {choose(
            'register',
            t('letters.register'),
            registers.map((r) => [r, t(`letters.register.${r}`)]),
          )}
        </div>
        {choose(
          'country',
          t('letters.country'),
          law.order.map((code) => [code, law.countries[code]!.name]),
          t('letters.countryHint'),
        )}
        {!letterFile && failedLang !== draft.lang && <p role="status">{t('letters.loading', { language: languageName })}</p>}
        {!letterFile && failedLang === draft.lang && (
          <p class="letter-problem" role="alert">
            {t('letters.loadFailed', { language: languageName })}
          </p>
        )}
        {input('senderName', { autocomplete: 'name' })}
        {input('businessName', { optional: true, autocomplete: 'organization' })}
        {input('clientName', {
          optional: true,
          hint: t(clientNameInLetter ? 'letters.hint.clientNameInLetter' : 'letters.hint.clientName'),
          list: 'letter-clients',
        })}
        <datalist id="letter-clients">
          {clients.clients.map((client) => (
            <option key={client.id} value={client.name} />
          ))}
        </datalist>
        {input('contactPerson', { optional: true, hint: t('letters.hint.contactPerson') })}
        {input('project', { optional: true, hint: t('letters.hint.project') })}
        {fields.has('notice') &&
          choose(
            'notice',
            t('letters.notice'),
            noticeKinds.map((kind) => [kind, t(`letters.notice.${kind}`)]),
            lastDay && draft.notice !== 'date' ? t('letters.lastDay', { date: formatDate(lastDay, lang) }) : undefined,
          )}
        {riskyNotice && (
          <div class="letter-law tool-warning" data-risk={countryCode}>
            <p>
              {country.exit} <a href={country.href}>{country.title}</a>
            </p>
            <button
              type="button"
              onClick={() => {
                update({ notice: country.exitNotice! });
                // The note goes with the risk: focus stays with the notice it changed.
                document.getElementById('letter-notice')?.focus();
              }}
            >
              {t('letters.useNotice', { notice: t(`letters.notice.${country.exitNotice!}`) })}
            </button>
          </div>
        )}
        {input('milestone', { hint: t('letters.hint.milestone') })}
        {input('chosenDate', { type: 'date' })}
        <div class="letter-row">
          {input('amount', { optional: true, hint: t('letters.hint.amount') })}
          {fields.has('currency') &&
            choose(
              'currency',
              label('currency'),
              currencies.map((code) => [code, `${currencyName.of(code)} (${code})`]),
            )}
        </div>
        {fields.has('invoices') && (
          <fieldset class="letter-invoices">
            <legend>
              {t('letters.field.invoices')} <span class="letter-optional">({t('letters.optional')})</span>
            </legend>
            {draft.invoices.map((row, index) => {
              const n = index + 1;
              return (
                <fieldset key={index} class="letter-invoice">
                  <legend>{t('letters.invoice', { n })}</legend>
                  <p class="letter-field">
                    <label for={`letter-invoice-${n}`}>{t('letters.field.invoiceNumber')}</label>
                    <input
                      id={`letter-invoice-${n}`}
                      name={`invoice-${n}`}
                      value={row.number}
                      autocomplete="off"
                      onInput={(event) => setInvoice(index, { number: (event.target as HTMLInputElement).value })}
                    />
                  </p>
                  <p class="letter-field">
                    <label for={`letter-invoice-${n}-due`}>{t('letters.field.invoiceDue')}</label>
                    <input
                      id={`letter-invoice-${n}-due`}
                      name={`invoice-${n}-due`}
                      type="date"
                      value={row.dueDate}
                      onInput={(event) => setInvoice(index, { dueDate: (event.target as HTMLInputElement).value })}
                    />
                  </p>
                  {draft.invoices.length > 1 && (
                    <button type="button" class="letter-remove" onClick={() => update({ invoices: draft.invoices.filter((_, i) => i !== index) })}>
                      {t('letters.removeInvoice', { n })}
                    </button>
                  )}
                </fieldset>
              );
            })}
            {draft.invoices.length < maxInvoices && (
              <button type="button" onClick={() => update({ invoices: [...draft.invoices, { number: '', dueDate: '' }] })}>
                {t('letters.addInvoice')}
              </button>
            )}
          </fieldset>
        )}
        {lines('deliverables', t('letters.hint.deliverables'))}
        {lines('handoverItems', t('letters.hint.handoverItems'))}
        {input('referralPerson', { optional: true })}
        {input('referralProvider', { optional: true, hint: t('letters.hint.referralProvider') })}
        {input('refund', { optional: true, hint: t('letters.hint.amount') })}
        {fields.has('thanks') && (
          <p class="letter-field letter-check">
            <input
              id="letter-thanks"
              name="thanks"
              type="checkbox"
              checked={draft.thanks}
              onChange={(event) => update({ thanks: (event.target as HTMLInputElement).checked })}
            />{' '}
            <label for="letter-thanks">{t('letters.field.thanks')}</label>
          </p>
        )}
      </div>

      <section class="letter-preview" aria-labelledby="letter-preview-title">
        <h2 id="letter-preview-title" data-print="hide">
          {t('letters.preview')}
        </h2>
        <div class="letter-paper" lang={letterFile ? draft.lang : lang}>
          <p class="letter-subject">
            <span>{shownFile.subjectLabel}</span> {letter.subject}
          </p>
          <div class="letter-body">{letter.body}</div>
        </div>
        <p class="letter-disclaimer" data-print="hide">
          {shownFile.phrases.formal.disclaimer}
        </p>
        <p class="letter-law" data-print="hide">
          {country.send} <a href={country.href}>{country.title}</a>
        </p>
        <div class="letter-actions" data-print="hide">
          <button type="button" onClick={copy}>
            {t('letters.copy')}
          </button>
          <button type="button" onClick={download}>
            {t('letters.download')}
          </button>
          {mailto && (
            <a class="control" href={mailto} onClick={(event) => whenReady(event, () => undefined)}>
              {t('letters.email')}
            </a>
          )}
          <button type="button" onClick={() => whenReady(undefined, () => window.print())}>
            {t('letters.print')}
          </button>
          <button type="button" onClick={() => clearDialog.current?.showModal()}>
            {t('letters.clear')}
          </button>
        </div>
        {!mailto && <p class="letter-note">{t('letters.emailTooLong')}</p>}
        <p class="letter-status" role="status" data-print="hide">
          {!status?.alert && status?.text}
        </p>
        <p class="letter-status letter-problem" role="alert" data-print="hide">
          {status?.alert && status.text}
        </p>
        <p class="letter-note" data-print="hide">
          {saved ? t('letters.saved') : t('letters.storageOff')}
        </p>
      </section>

      <dialog ref={clearDialog} aria-labelledby="letter-clear-question">
        <form method="dialog">
          <p id="letter-clear-question">{t('letters.clearConfirm')}</p>
          <button type="submit" value="cancel" autofocus>
            {t('letters.cancel')}
          </button>{' '}
          <button type="submit" value="clear" onClick={clear}>
            {t('letters.clearYes')}
          </button>
        </form>
      </dialog>
    </div>
  );
}
