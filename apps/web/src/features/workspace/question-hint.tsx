import type { CompiledQuestion } from '@concord/domain/engine';
import { useT } from '../../i18n/use-t.js';
import { useWorkspace } from './workspace-context.js';

/** The guide headings a list of cite keys points to, in the reader's language. */
export function useCitationLabels(): (keys: readonly string[]) => string[] {
  const { compiled } = useWorkspace();
  return (keys) => keys.map((key) => compiled.library.citations[key] ?? key);
}

/** A question's help in our words, then the section of the guide it rests on. */
export function QuestionHint(props: { question: CompiledQuestion }) {
  const t = useT();
  const citationLabels = useCitationLabels();
  const { help, cites } = props.question.source;
  const labels = citationLabels(cites ?? []);
  if (!help && labels.length === 0) return null;
  return (
    <>
      {help ? <span className="hint__block">{help}</span> : null}
      {labels.length > 0 ? (
        <span className="hint__block hint__cite">
          {t('workspace.guide.cited', { sections: labels.join('; ') })}
        </span>
      ) : null}
    </>
  );
}
