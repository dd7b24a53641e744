import { useTranslations } from '../i18n/ui';
import type { ClientManagerStrings } from './ClientManager';

/** The client manager's words in one language, for every page that shows it (built, not shipped). */
export function clientManagerStrings(lang: string): ClientManagerStrings {
  const t = useTranslations(lang);
  return {
    clientLabel: t('clients.label'),
    unnamed: t('clients.unnamed'),
    add: t('clients.add'),
    nameLabel: t('clients.nameLabel'),
    save: t('clients.save'),
    cancel: t('checklists.cancel'),
    rename: t('clients.rename'),
    delete: t('clients.delete'),
    deleteConfirm: t('clients.deleteConfirm'),
    nameRequired: t('clients.nameRequired'),
    nameTooLong: t('clients.nameTooLong'),
    privacy: t('clients.privacy'),
  };
}
