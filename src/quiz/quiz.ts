import modelData from '../../content/quiz/model.json';
import { checklistsFor } from '../checklists/checklists';
import { locales } from '../i18n/locales';
import { localePath, withBase } from '../i18n/paths';
import { useTranslations } from '../i18n/ui';
import { findPage } from '../site/page-table';
import { guidePages, sitePages } from '../site/pages';
import { quizLinkProblems, quizModelSchema, quizTextProblems, quizTextSchema, type QuizModel, type QuizText } from './model';
import type { QuizViewProps } from './view-props';
import { toolLaw } from '../law/tool-law';

/** Zod's issues as one line each, with where they are. */
const issues = (error: { issues: { path: PropertyKey[]; message: string }[] }) =>
  error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);

function parseModel(): QuizModel {
  const result = quizModelSchema.safeParse(modelData);
  if (!result.success) throw new Error(`content/quiz/model.json is invalid:\n- ${issues(result.error).join('\n- ')}`);
  return result.data;
}

const model = parseModel();

const texts: Record<string, QuizText> = Object.fromEntries(
  Object.entries(import.meta.glob<unknown>('/content/quiz/[a-z][a-z].json', { eager: true, import: 'default' })).map(([path, data]) => {
    const lang = path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
    const result = quizTextSchema.safeParse(data);
    if (!result.success) throw new Error(`content/quiz/${lang}.json is invalid:\n- ${issues(result.error).join('\n- ')}`);
    return [lang, result.data];
  }),
);

let checked: Promise<void> | undefined;

/** Every language has the quiz's words, and its outcomes point at pages and checklists that exist; else the build stops. */
function check(): Promise<void> {
  checked ??= (async () => {
    const problems: string[] = [];
    const pageIds = [...new Set((await guidePages()).map((p) => p.pageId))];
    for (const lang of locales) {
      const words = texts[lang];
      if (!words) {
        problems.push(`no quiz words for "${lang}": add content/quiz/${lang}.json`);
        continue;
      }
      problems.push(...quizTextProblems(model, lang, words));
      const checklistIds = (await checklistsFor(lang)).map((list) => list.id);
      problems.push(...quizLinkProblems(model, pageIds, checklistIds).map((p) => `"${lang}": ${p}`));
    }
    if (problems.length) throw new Error(`The quiz does not fit the site:\n- ${[...new Set(problems)].join('\n- ')}`);
  })();
  return checked;
}

/** Everything the quiz island of one language needs, its links resolved against the deployment base. */
export async function quizFor(lang: string): Promise<QuizViewProps> {
  await check();
  const t = useTranslations(lang);
  const words = texts[lang]!;
  const pages = await sitePages();
  const href = (path: string) => withBase(path, import.meta.env.BASE_URL);
  const checklists = await checklistsFor(lang);
  const checklistsPage = findPage(pages, 'checklists', lang);
  return {
    lang,
    model,
    scale: model.scale.map((step) => ({ id: step.id, label: words.scale[step.id]! })),
    questions: model.questions.map((q) => ({ id: q.id, ...words.questions[q.id]! })),
    outcomes: Object.fromEntries(
      model.outcomes.map((outcome) => {
        const checklist = checklists.find((list) => list.id === outcome.checklist);
        const links = [
          ...outcome.pages.map((id) => findPage(pages, id, lang)).map((page) => ({ href: href(page.path), title: page.title })),
          ...(checklist
            ? [{ href: `${href(checklistsPage.path)}#checklist-${checklist.id}`, title: t('quiz.result.checklist', { title: checklist.title }) }]
            : []),
        ];
        return [outcome.id, { ...words.outcomes[outcome.id]!, links }];
      }),
    ),
    lettersHref: href(localePath(lang, t('letters.slug'))),
    invoicesHref: href(localePath(lang, t('invoices.slug'))),
    law: toolLaw(lang, href),
    strings: t.slice('quiz', 'clients'),
  };
}
