import { PageTitle } from '../components/page-title.js';
import { COMMON_TEXTS } from '../i18n/common-texts.js';
import { useTexts } from '../i18n/language.js';

export function NotFoundPage() {
  const t = useTexts(COMMON_TEXTS);
  return <PageTitle title={t.notFound} />;
}
