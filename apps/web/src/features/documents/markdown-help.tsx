import { TableRegion } from '../../components/table-region.js';
import type { MessageId } from '../../i18n/load-messages.js';
import { useT } from '../../i18n/use-t.js';

// What each kind of formatting looks like when typed; the examples themselves are Markdown
// and stay the same in every language, the explanations are translated.
const EXAMPLES: readonly { label: MessageId; typed: string }[] = [
  { label: 'documents.help.heading', typed: '## Our approach' },
  { label: 'documents.help.bullets', typed: '- Youth services\n- Libraries' },
  { label: 'documents.help.numbers', typed: '1. Map partners\n2. Agree roles' },
  { label: 'documents.help.emphasis', typed: '*lighter emphasis* and **strong emphasis**' },
  { label: 'documents.help.link', typed: '[Council decision](https://example.org/decision)' },
  {
    label: 'documents.help.table',
    typed: '| Department | Role |\n| --- | --- |\n| Youth | Lead |',
  },
];

/** A short guide to the Markdown the chapters accept, in a disclosure so it stays out of the way. */
export function MarkdownHelp(props: { id: string }) {
  const t = useT();
  return (
    <details className="details markdown-help" id={props.id}>
      <summary className="details__summary">
        <span className="details__summary-text">{t('documents.help.open')}</span>
      </summary>
      <div className="details__text">
        <p className="body">{t('documents.help.lead')}</p>
        <TableRegion labelledBy={`${props.id}-caption`}>
          <table className="table">
            <caption className="table__caption" id={`${props.id}-caption`}>
              {t('documents.help.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('documents.help.columnWhat')}</th>
                <th scope="col">{t('documents.help.columnTyped')}</th>
              </tr>
            </thead>
            <tbody>
              {EXAMPLES.map((example) => (
                <tr key={example.label}>
                  <th scope="row">{t(example.label)}</th>
                  <td>
                    <code className="markdown-help__code" dir="ltr">
                      {example.typed}
                    </code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
        <p className="body">{t('documents.help.safety')}</p>
      </div>
    </details>
  );
}
