import { useT } from '../i18n/use-t.js';

export function LoadingMessage() {
  const t = useT();
  return (
    <p className="body loading" role="status">
      {t('common.loading')}
    </p>
  );
}
