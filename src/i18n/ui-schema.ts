import { z } from 'astro/zod';

const text = z.string().trim().min(1);
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase ASCII words joined by single hyphens');

/**
 * Every UI string the site uses, one flat key each (Starlight style). Each language has one JSON file in
 * content/ui/ that must hold exactly these keys: a missing or extra key fails the build and the tests.
 * `{name}` marks a value filled in at run time.
 */
export const uiSchema = z.strictObject({
  'language.name': text,
  'language.ogLocale': z.string().regex(/^[a-z]{2}_[A-Z]{2}$/),
  'language.label': text,
  'language.choose': text,
  'site.title': text,
  'site.tagline': text,
  'skip.toContent': text,
  'nav.label': text,
  'nav.home': text,
  'nav.guide': text,
  'guide.contents': text,
  'guide.start': text,
  'guide.previous': text,
  'guide.next': text,
  'guide.pager': text,
  'toc.title': text,
  'search.slug': slug,
  'search.title': text,
  'search.description': text,
  'search.open': text,
  'search.shortcut': text,
  'search.close': text,
  'search.dialogLabel': text,
  'search.loading': text,
  'search.loadFailed': text,
  'search.needsJs': text,
  'footer.privacy': text,
  'footer.disclaimer': text,
  'notFound.title': text,
  'notFound.description': text,
  'notFound.text': text,
  'notFound.home': text,
  // The tools' pages: their slugs are fixed now so guide links stay stable when each tool lands.
  'quiz.slug': slug,
  'quiz.cta': text,
  'letters.slug': slug,
  'letters.cta': text,
  'checklists.slug': slug,
  'checklists.cta': text,
  'checklists.title': text,
  'checklists.description': text,
  'checklists.intro': text,
  'checklists.progress': text,
  'checklists.allDone': text,
  'checklists.reset': text,
  'checklists.resetConfirm': text,
  'checklists.resetYes': text,
  'checklists.cancel': text,
  'checklists.print': text,
  'checklists.printEmpty': text,
  'checklists.readMore': text,
  'checklists.storageOff': text,
  'checklists.noscript': text,
  // The reader's clients, shared by the tools.
  'clients.label': text,
  'clients.unnamed': text,
  'clients.add': text,
  'clients.nameLabel': text,
  'clients.save': text,
  'clients.rename': text,
  'clients.delete': text,
  'clients.deleteConfirm': text,
  'clients.nameRequired': text,
  'clients.nameTooLong': text,
  'clients.privacy': text,
});

export type UiStrings = z.infer<typeof uiSchema>;
export type UiKey = keyof UiStrings;
