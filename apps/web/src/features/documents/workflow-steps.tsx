import type { MessageId } from '../../i18n/load-messages.js';
import { useT } from '../../i18n/use-t.js';

const STEPS: readonly MessageId[] = [
  'documents.workflow.stepSnapshot',
  'documents.workflow.stepReview',
  'documents.workflow.stepSubmit',
  'documents.workflow.stepDecide',
];

/** How a version travels from draft to the council's decision, in four plain steps. */
export function WorkflowSteps() {
  const t = useT();
  return (
    <details className="details">
      <summary className="details__summary">
        <span className="details__summary-text">{t('documents.workflow.open')}</span>
      </summary>
      <div className="details__text">
        <ol className="list list--number">
          {STEPS.map((step) => (
            <li key={step}>{t(step)}</li>
          ))}
        </ol>
      </div>
    </details>
  );
}
