/**
 * The unpaid-invoices page come alive, without a framework: the form is built at build time
 * (pages/[lang]/[invoices].astro); this reads it into a draft, works out the claim and the letter with the
 * pure modules, and writes them back as text. A rate the site cannot confirm is asked for, never guessed.
 */
import { clientStore } from '../clients/client-store';
import { translator, type KeysOf, type Strings } from '../i18n/translator';
import { readDataBlock } from '../islands/data-block';
import { chosenCountry } from '../law/country';
import { countryStore } from '../law/country-store';
import type { LateClaimRule } from '../law/data';
import { formatDay, formatRate } from '../law/rates';
import type { ToolLaw } from '../law/tool-law';
import { letterOutput } from '../letters/letter-output';
import { localStore } from '../storage/local-store';
import type { Claim, RatePeriodRow } from './claim';
import {
  figuresAsked,
  ladderClaim,
  ladderLetterValues,
  earliestDeadline,
  ladderProblems,
  maxLadderInvoices,
  newLadderDraft,
  parseLadderDraft,
  serializeLadderDraft,
  type LadderDraft,
} from './ladder-draft';
import { composePaymentLetter, ladderSteps, money, type LadderStep, type PaymentLetterFile } from './payment-letters';

export type InvoicesKey = KeysOf<'invoices' | 'letters'>;

/** One country's rules for the calculator: what may be claimed from each kind of client, its rates, where to read them. */
export interface CountryClaims {
  business: LateClaimRule;
  consumer: LateClaimRule;
  rateTable: RatePeriodRow[];
  rateSources: Partial<Record<'business' | 'consumer', { name: string; url: string }>>;
}

export interface LadderProps {
  lang: string;
  /** The page language's letters; other languages load from `templatesBase + <code>.json`. */
  file: PaymentLetterFile;
  templatesBase: string;
  languages: string[];
  law: ToolLaw;
  claims: Record<string, CountryClaims>;
  strings: Strings<InvoicesKey>;
}

/** The form's plain fields: a control of the same name holds each. */
const plainFields = [
  'client',
  'lang',
  'register',
  'senderName',
  'businessName',
  'clientName',
  'contactPerson',
  'project',
  'currency',
  'iban',
  'accountHolder',
  'payBy',
  'pauseFrom',
  'deadline',
] as const;

const localDay = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** A new element with properties and children (text stays text). */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]>, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}
/** A decimal field the reader fills in, described by its problem's place. */
function input(id: string, name: string, value: string): HTMLInputElement {
  const node = document.createElement('input');
  Object.assign(node, { id, name, value, inputMode: 'decimal' });
  node.setAttribute('autocomplete', 'off');
  node.setAttribute('aria-describedby', `${id}-problem`);
  return node;
}
const row = (cells: (string | Node)[]) =>
  element('tr', {}, element('th', { scope: 'row' }, cells[0]!), ...cells.slice(1).map((cell) => element('td', {}, cell)));

export function startLadder(host: HTMLElement): void {
  const props = readDataBlock<LadderProps>(host);
  const { lang, law, claims } = props;
  const t = translator(props.strings);
  const form = host.querySelector<HTMLElement>('.letter-writer')!;
  const find = <T extends HTMLElement = HTMLElement>(selector: string) => form.querySelector<T>(selector)!;
  const field = (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`);
  const store = localStore('payment-draft');
  const files: Record<string, PaymentLetterFile> = { [lang]: props.file };
  const failed = new Set<string>();
  const today = localDay();
  const day = (value: string) => formatDay(value, lang);
  let linked = new URLSearchParams(location.search).get('country');
  let showProblems = false;
  let problems: Record<string, string> = {};
  const countryCode = () => chosenCountry({ linked, stored: countryStore.get(), known: law.order, fallback: law.defaultCountry });

  let draft: LadderDraft = {
    ...newLadderDraft(lang, today, countryCode() === 'hu' ? 'HUF' : 'EUR'),
    ...parseLadderDraft(store.read(), props.languages),
  };
  const step = new URLSearchParams(location.search).get('step');
  if (ladderSteps.includes(step as LadderStep)) draft.step = step as LadderStep;
  if (!draft.clientName) {
    const { clients, current } = clientStore.get();
    draft.clientName = clients.find((c) => c.id === current)?.name ?? '';
  }

  const output = letterOutput(find('.letter-preview'), {
    t,
    ready: () => {
      const first = Object.keys(problems)[0];
      if (!first) return true;
      showProblems = true;
      render();
      form.querySelector<HTMLElement>(`#ladder-${first}`)?.focus();
      return false;
    },
    fileNameParts: () => [draft.clientName, t(`invoices.step.${draft.step}`)],
    onClear: () => {
      draft = newLadderDraft(lang, today, draft.currency);
      showProblems = false;
      writeForm();
      save();
      render();
    },
  });

  /** Puts the draft into the form: on start, and after adding, removing or clearing. */
  function writeForm() {
    for (const name of plainFields) field(name)!.value = draft[name];
    field('country')!.value = countryCode();
    find<HTMLInputElement>(`#ladder-step-${draft.step}`).checked = true;
    for (let i = 0; i < maxLadderInvoices; i++) {
      const invoice = draft.invoices[i];
      find(`[data-row="${i}"]`).hidden = !invoice;
      // One invoice row stays: only a second one can be removed.
      find(`[data-row="${i}"] [data-remove]`).hidden = draft.invoices.length < 2;
      field(`invoice-${i + 1}`)!.value = invoice?.number ?? '';
      field(`invoice-${i + 1}-due`)!.value = invoice?.dueDate ?? '';
      field(`invoice-${i + 1}-amount`)!.value = invoice?.amount ?? '';
    }
    find('.ladder-add').hidden = draft.invoices.length >= maxLadderInvoices;
    find('.ladder-max').hidden = draft.invoices.length < maxLadderInvoices;
  }

  /** The draft as the form now holds it. */
  function readForm(): LadderDraft {
    const typed = (prefix: string) =>
      Object.fromEntries(
        [...form.querySelectorAll<HTMLInputElement>(`input[name^="${prefix}-"]`)].map((input) => [input.name.slice(prefix.length + 1), input.value]),
      );
    return {
      ...draft,
      ...Object.fromEntries(plainFields.map((name) => [name, field(name)!.value])),
      step: form.querySelector<HTMLInputElement>('input[name="step"]:checked')!.value as LadderStep,
      invoices: draft.invoices.map((_, i) => ({
        number: field(`invoice-${i + 1}`)!.value,
        dueDate: field(`invoice-${i + 1}-due`)!.value,
        amount: field(`invoice-${i + 1}-amount`)!.value,
      })),
      rates: { ...draft.rates, ...typed('rate') },
      euroRates: { ...draft.euroRates, ...typed('euro') },
    };
  }

  /** The fields for figures the site cannot know, rebuilt only when the set changes so the focus stays. */
  function showAsked(kind: 'rates' | 'euroRates', prefix: string, asked: [key: string, label: string][]) {
    const box = find(`[data-asked="${kind}"]`);
    box.hidden = !asked.length;
    const fields = box.querySelector<HTMLElement>('.ladder-fields')!;
    const keys = asked.map(([key]) => key).join();
    if (fields.dataset.keys === keys) return;
    fields.dataset.keys = keys;
    fields.replaceChildren(
      ...asked.map(([key, label]) => {
        const id = `ladder-${prefix}-${key}`;
        return element(
          'p',
          { className: 'letter-field' },
          element('label', { htmlFor: id }, label),
          input(id, `${prefix}-${key}`, draft[kind][key] ?? ''),
          element('span', { className: 'letter-problem', id: `${id}-problem` }),
        );
      }),
    );
  }

  function showClaim(claim: Claim, rule: LateClaimRule) {
    const cash = (amount: number) => money(amount, draft.currency, lang);
    // The table's figures without the currency sign, which the caption names once: five columns fit a phone.
    const forint = draft.currency === 'HUF';
    const figures = new Intl.NumberFormat(lang, { minimumFractionDigits: forint ? 0 : 2, maximumFractionDigits: forint ? 0 : 2 });
    const figure = (amount: number) => figures.format(forint ? amount : amount / 100);
    const section = find('.ladder-claim');
    section.hidden = draft.step !== 'formalNotice' || !claim.invoices.length;
    find('.ladder-claim-note').textContent =
      !rule.interest && !rule.recoveryCosts
        ? t('invoices.claim.none')
        : rule.interest?.from === 'formal-notice'
          ? t('invoices.claim.fromNotice')
          : '';
    const table = section.querySelector('table')!;
    table.parentElement!.hidden = !claim.complete;
    section.querySelector('details')!.hidden = !claim.complete || !claim.interest;
    find('.ladder-costs-note').textContent = !claim.complete
      ? ''
      : claim.invoices.some((c) => c.costs.kind === 'after-notice')
        ? t('invoices.claim.afterNotice', { amount: cash(claim.announcedCosts), days: rule.costsAfterNotice!.days })
        : rule.recoveryCosts?.kind === 'scale' && claim.costs
          ? t('invoices.claim.costsOnce')
          : '';
    if (!claim.complete) return;
    const interestOf = (c: Claim['invoices'][number]) => (c.interest.kind === 'computed' ? c.interest.amount : 0);
    const costsOf = (c: Claim['invoices'][number]) => (c.costs.kind === 'computed' ? c.costs.amount : 0);
    table.caption!.textContent = t('invoices.claim.caption', { date: day(today), currency: draft.currency });
    table.tBodies[0]!.replaceChildren(
      ...claim.invoices.map((c) =>
        row([
          c.invoice.number,
          figure(c.invoice.amount),
          figure(interestOf(c)),
          figure(costsOf(c)),
          figure(c.invoice.amount + interestOf(c) + costsOf(c)),
        ]),
      ),
    );
    table.tFoot!.replaceChildren(
      row([
        t('invoices.claim.total'),
        figure(claim.principal),
        figure(claim.interest),
        figure(claim.costs),
        element('strong', {}, figure(claim.total)),
      ]),
    );
    find('.ladder-lines tbody').replaceChildren(
      ...claim.invoices.flatMap((c) =>
        c.interest.kind === 'computed'
          ? c.interest.lines.map((line) =>
              row([
                c.invoice.number,
                `${day(line.from)} – ${day(line.to)}`,
                String(line.days),
                formatRate(line.ratePercent, lang) + (line.entered ? ` (${t('invoices.claim.entered')})` : ''),
                cash(line.base),
                cash(line.interest),
              ]),
            )
          : [],
      ),
    );
  }

  /** Everything that follows from the draft: the step's fields, the figures asked for, the claim, the letter. */
  function render() {
    const code = countryCode();
    const country = law.countries[code]!;
    const rules = claims[code]!;
    const rule = rules[draft.client];
    const formal = draft.step === 'formalNotice';
    const claim = ladderClaim(draft, today, { rule, rateTable: rules.rateTable });
    const asked = figuresAsked(draft, today, { rule, rateTable: rules.rateTable });
    problems = ladderProblems(
      draft,
      today,
      formal
        ? { rates: asked.rates.map((p) => p.from), euroRates: asked.euroRates, earliestDeadline: earliestDeadline(today, rule) }
        : { rates: [], euroRates: [] },
    );

    form.querySelectorAll<HTMLElement>('[data-step]').forEach((block) => (block.hidden = block.dataset.step !== draft.step));
    find('[data-client="consumer"]').hidden = draft.client !== 'consumer';
    showAsked('rates', 'rate', formal ? asked.rates.map((p) => [p.from, t('invoices.rates.field', { from: day(p.from), to: day(p.to) })]) : []);
    showAsked('euroRates', 'euro', formal ? asked.euroRates.map((on) => [on, t('invoices.euro.field', { date: day(on) })]) : []);
    const source = rules.rateSources[rule.interest?.rates ?? draft.client];
    const link = find<HTMLAnchorElement>('.ladder-source');
    link.hidden = !source;
    if (source) Object.assign(link, { href: source.url, rel: 'external', textContent: t('invoices.rates.source', { name: source.name }) });
    showClaim(claim, rule);

    // Each problem at its field, once the reader tried to use an unfinished letter.
    form.querySelectorAll<HTMLElement>('.letter-problem[id$="-problem"]').forEach((span) => {
      const name = span.id.slice('ladder-'.length, -'-problem'.length);
      const problem = showProblems ? problems[name] : undefined;
      span.textContent = problem ? t(`invoices.problem.${problem}` as InvoicesKey, { date: day(earliestDeadline(today, rule) ?? today) }) : '';
      const control = form.querySelector(`#ladder-${name}`);
      if (problem) control?.setAttribute('aria-invalid', 'true');
      else control?.removeAttribute('aria-invalid');
    });

    const file = files[draft.lang];
    const loading = find('.ladder-loading');
    loading.setAttribute('role', failed.has(draft.lang) ? 'alert' : 'status');
    loading.textContent = file
      ? ''
      : t(failed.has(draft.lang) ? 'letters.loadFailed' : 'letters.loading', {
          language: (field('lang') as unknown as HTMLSelectElement).selectedOptions[0]?.text ?? draft.lang,
        });
    if (!file && !failed.has(draft.lang)) load(draft.lang);
    const shown = file ?? props.file;
    const values = ladderLetterValues(draft, today, code, claim);
    const letter = composePaymentLetter(shown, file ? draft.lang : lang, draft.step, draft.register, {
      ...values,
      senderName: values.senderName.trim() || `[${t('letters.field.senderName')}]`,
    });
    output.show(letter, { lang: file ? draft.lang : lang, subjectLabel: shown.subjectLabel }, country);
  }

  function load(code: string) {
    fetch(`${props.templatesBase}${code}.json`)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((data: PaymentLetterFile) => {
        if (!ladderSteps.every((s) => data?.formal?.letters?.[s] && data.informal?.letters?.[s])) throw new Error('not a letter file');
        files[code] = data;
      })
      .catch(() => failed.add(code))
      .finally(render);
  }

  const save = () => output.saved(store.write(serializeLadderDraft(draft, new Date().toISOString())));
  const changed = () => {
    draft = readForm();
    save();
    output.status('');
    render();
  };

  form.addEventListener('input', changed);
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).id === 'ladder-country') {
      linked = null;
      countryStore.set(field('country')!.value);
    }
    changed();
  });
  form.querySelector('.letter-form')!.addEventListener('click', (event) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('button');
    if (!target) return;
    if (target.classList.contains('ladder-add')) {
      draft = { ...readForm(), invoices: [...readForm().invoices, { number: '', dueDate: '', amount: '' }] };
      writeForm();
      save();
      render();
      field(`invoice-${draft.invoices.length}`)!.focus();
    } else if (target.dataset.remove !== undefined) {
      const index = Number(target.dataset.remove);
      draft = { ...readForm(), invoices: readForm().invoices.filter((_, i) => i !== index) };
      if (!draft.invoices.length) draft.invoices = [{ number: '', dueDate: '', amount: '' }];
      writeForm();
      save();
      render();
      field(`invoice-${Math.min(index + 1, draft.invoices.length)}`)!.focus();
    }
  });
  // Another tab or tool changing the reader's country.
  countryStore.subscribe(() => {
    field('country')!.value = countryCode();
    render();
  });

  writeForm();
  output.saved(store.persistent);
  render();
}
