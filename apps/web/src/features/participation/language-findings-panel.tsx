import type { CompiledContent } from '@concord/domain/engine';
import type { Locale } from '../../api/types.js';
import { useT } from '../../i18n/use-t.js';
import type { StrategyRef } from '../workspace/workspace-api.js';
import { questionLink } from '../workspace/workspace-paths.js';
import { Link } from 'react-router';
import { useLanguageFindings } from './participation.queries.js';

/**
 * The language check over the saved answers: LANG-01 (wording that sounds like a security
 * operation or labels people) and LANG-02 (key terms without an agreed definition), each with
 * where the words were found.
 */
export function LanguageFindingsPanel(props: {
  strategyRef: StrategyRef;
  locale: Locale;
  compiled: CompiledContent;
}) {
  const t = useT();
  const findings = useLanguageFindings(props.strategyRef, props.locale);
  const { cityId, strategyId } = props.strategyRef;
  if (findings.isPending) return <p className="body">{t('common.loading')}</p>;
  if (findings.isError) return <p className="body">{t('participation.language.failed')}</p>;
  if (findings.data.findings.length === 0)
    return <p className="body">{t('participation.language.none')}</p>;
  return (
    <>
      {findings.data.findings.map((finding) => (
        <div className="finding" key={finding.ruleId}>
          <h3 className="heading-s">{finding.title}</h3>
          <p className="body">{finding.why}</p>
          <ul className="list list--bullet">
            {finding.actions.map((action) => (
              <li key={action}>{action}</li>
            ))}
          </ul>
          <p className="body">{t('participation.language.foundIn')}</p>
          <ul className="list list--bullet">
            {finding.occurrences.map((occurrence, index) => {
              const question = occurrence.location
                ? props.compiled.questions.get(occurrence.location.q)
                : undefined;
              return (
                <li key={`${occurrence.match}-${index}`}>
                  <strong dir="auto">
                    {t('participation.flags.quoted', { text: occurrence.match })}
                  </strong>{' '}
                  {question ? (
                    <Link
                      className="link"
                      to={questionLink(cityId, strategyId, question.sectionId, question.id)}
                    >
                      {question.source.label}
                    </Link>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </>
  );
}
