import { useT } from '../i18n/use-t.js';

export function SiteFooter() {
  const t = useT();
  return (
    <footer className="footer">
      <div className="width-container">
        <p className="footer__text">{t('footer.about')}</p>
        <p className="footer__text">{t('footer.licence')}</p>
      </div>
    </footer>
  );
}
