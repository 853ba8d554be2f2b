import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Locale } from '../api/types.js';
import { Button } from '../components/button.js';
import { ChoiceFieldset } from '../components/choice-fieldset.js';
import { LoadingMessage } from '../components/loading-message.js';
import { ProblemPage } from '../components/problem-page.js';
import { SelectField } from '../components/select-field.js';
import { useDocumentTitle } from '../components/use-document-title.js';
import { DocumentView } from '../features/documents/document-view.js';
import { documentPath } from '../features/documents/documents-paths.js';
import { useStrategyDocument } from '../features/documents/documents.queries.js';
import type {
  Audience,
  DocumentKind,
  StrategyVersion,
} from '../features/documents/documents.types.js';
import '../features/documents/documents.css';
import { useStrategyBase, type StrategyBase } from '../features/documents/use-strategy-base.js';
import { statusMessageId } from '../features/documents/version-status.js';
import { useLocale } from '../i18n/locale-context.js';
import { isLocale, LOCALE_NAMES, SUPPORTED_LOCALES } from '../i18n/locales.js';
import { useT } from '../i18n/use-t.js';

export function DocumentsViewPage() {
  const state = useStrategyBase();
  if (state.status === 'error') return <ProblemPage error={state.error} />;
  if (state.status === 'pending') return <LoadingMessage />;
  return <DocumentPage base={state.base} />;
}

/**
 * The document as the council will read it, with a print stylesheet: "Print or save as PDF"
 * gives an A4 document in any browser. The choices above it (audience, language, version) are
 * kept in the address, so a link shows the same document.
 */
function DocumentPage(props: { base: StrategyBase }) {
  const { base } = props;
  const { cityId, strategyId } = base.ref;
  const t = useT();
  const { locale: pageLocale } = useLocale();
  const [params, setParams] = useSearchParams();
  const audience: Audience = params.get('audience') === 'public' ? 'public' : 'council';
  const requestedLocale = params.get('lang');
  const locale: Locale = isLocale(requestedLocale) ? requestedLocale : pageLocale;
  const versionId = params.get('version') ?? '';
  const kind: DocumentKind =
    params.get('kind') === 'handover-brief' ? 'handover-brief' : 'strategy';
  const document = useStrategyDocument(base.ref, {
    kind,
    locale,
    audience,
    versionId: versionId || undefined,
  });
  useDocumentTitle(document.data?.meta.title ?? t('documents.view.title'));

  const choose = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of ['kind', 'audience', 'lang', 'version']) {
      const value = data.get(name);
      if (typeof value === 'string' && value !== '') next.set(name, value);
    }
    setParams(next);
  };

  return (
    <>
      <div className="document-controls no-print">
        <p className="body back-link-row">
          <Link className="link" to={documentPath(cityId, strategyId)}>
            {t('documents.back.toDocument')}
          </Link>
        </p>
        <div className="document-controls__print">
          <Button isInline onClick={() => window.print()}>
            {t('documents.view.print')}
          </Button>
          <p className="hint">{t('documents.view.printHint')}</p>
        </div>
        <details className="details" open={params.size > 0 ? true : undefined}>
          <summary className="details__summary">
            <span className="details__summary-text">{t('documents.view.choose')}</span>
          </summary>
          <div className="details__text">
            <form className="document-controls__form" onSubmit={choose} noValidate>
              <SelectField
                key={`kind-${kind}`}
                id="document-kind"
                name="kind"
                label={t('documents.view.kind')}
                defaultValue={kind}
                options={[
                  { value: 'strategy', label: t('documents.view.kindStrategy') },
                  { value: 'handover-brief', label: t('documents.view.kindHandover') },
                ]}
              />
              <ChoiceFieldset
                key={`audience-${audience}`}
                id="document-audience"
                name="audience"
                type="radio"
                isSmall
                legend={t('documents.view.audience')}
                choices={[
                  { value: 'council', label: t('documents.view.audienceCouncil') },
                  {
                    value: 'public',
                    label: t('documents.view.audiencePublic'),
                    hint: t('documents.view.audiencePublicHint'),
                  },
                ]}
                defaultValues={[audience]}
              />
              <SelectField
                key={`lang-${locale}`}
                id="document-language"
                name="lang"
                label={t('documents.view.language')}
                defaultValue={locale}
                options={SUPPORTED_LOCALES.map((value) => ({ value, label: LOCALE_NAMES[value] }))}
              />
              <SelectField
                key={`version-${versionId}`}
                id="document-version"
                name="version"
                label={t('documents.view.version')}
                defaultValue={versionId}
                options={[
                  { value: '', label: t('documents.exports.defaultText') },
                  ...base.versions.map((version) => ({
                    value: version.id,
                    label: versionOption(version, t),
                  })),
                ]}
              />
              <Button type="submit" variant="secondary">
                {t('documents.view.show')}
              </Button>
            </form>
          </div>
        </details>
      </div>
      {document.isError ? (
        <ProblemPage error={document.error} />
      ) : document.data ? (
        <div aria-busy={document.isPlaceholderData ? true : undefined}>
          <DocumentView document={document.data} />
        </div>
      ) : (
        <LoadingMessage />
      )}
    </>
  );
}

function versionOption(version: StrategyVersion, t: ReturnType<typeof useT>): string {
  return t('documents.exports.versionOption', {
    label: version.label,
    status: t(statusMessageId(version.status)),
  });
}
