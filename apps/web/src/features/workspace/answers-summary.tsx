import type { CompiledSection } from '@concord/domain/engine';
import { Link } from 'react-router';
import { useT } from '../../i18n/use-t.js';
import { AnswerView } from './answer-view.js';
import { useWorkspace } from './workspace-context.js';
import { questionDomId, sectionPath } from './workspace-paths.js';

/**
 * The GOV.UK summary list of a section's answers (the questions that apply now), each with a
 * Change link back to its question when the person may edit it.
 */
export function AnswersSummary(props: { section: CompiledSection; canChange: boolean }) {
  const t = useT();
  const workspace = useWorkspace();
  const page = sectionPath(workspace.ref.cityId, workspace.ref.strategyId, props.section.id);
  const questions = props.section.questionIds
    .filter((id) => workspace.applicable.has(id))
    .map((id) => workspace.compiled.questions.get(id)!);

  return (
    <dl className="summary-list summary-list--actions">
      {questions.map((question) => {
        const isDraft = workspace.snapshot.drafts.has(question.id);
        return (
          <div className="summary-list__row" key={question.id}>
            <dt className="summary-list__key">{question.source.label}</dt>
            <dd className="summary-list__value">
              <AnswerView question={question} value={workspace.values[question.id]} />
              {isDraft ? (
                <span className="hint hint--inline">{t('workspace.check.notSavedYet')}</span>
              ) : null}
            </dd>
            {props.canChange ? (
              <dd className="summary-list__actions">
                <Link className="link" to={`${page}#${questionDomId(question.id)}`}>
                  {t('workspace.check.change')}
                  <span className="visually-hidden"> {question.source.label}</span>
                </Link>
              </dd>
            ) : null}
          </div>
        );
      })}
    </dl>
  );
}
