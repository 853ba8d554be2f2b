import { useT } from '../../i18n/use-t.js';
import type { ConsultationDetail, PreviewPart } from './participation.types.js';
import './participation.css';

function PartBody(props: { part: PreviewPart }) {
  const t = useT();
  const { part } = props;
  if (part.kind === 'framing')
    return (
      <>
        {(part.paragraphs ?? []).map((text, index) => (
          <p className="body preview__text" dir="auto" key={index}>
            {text}
          </p>
        ))}
      </>
    );
  if (part.kind === 'definitions')
    return (
      <dl className="summary-list">
        {(part.definitions ?? []).map((item) => (
          <div className="summary-list__row" key={item.term}>
            <dt className="summary-list__key" dir="auto">
              {item.term}
            </dt>
            <dd className="summary-list__value">
              {item.paragraphs.map((text, index) => (
                <p className="body preview__text" dir="auto" key={index}>
                  {text}
                </p>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    );
  return (
    <>
      {(part.answers ?? []).map((answer) => (
        <div key={answer.questionId}>
          <h4 className="heading-s">{answer.label}</h4>
          {answer.rows.length > 0 ? (
            <ul className="list list--bullet">
              {answer.rows.map((row, index) => (
                <li key={index}>
                  <strong dir="auto">{row.title}</strong>
                  {row.fields.map((field) => (
                    <span key={field.label}>
                      {' '}
                      {t('participation.preview.field', { label: field.label, value: field.value })}
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          ) : (
            answer.paragraphs.map((text, index) => (
              <p className="body preview__text" dir="auto" key={index}>
                {text}
              </p>
            ))
          )}
        </div>
      ))}
    </>
  );
}

/**
 * What residents will read, built by the server with the same code as the public page (so
 * sensitive items are already left out). Shown in a bordered box, headings one level down.
 */
export function ConsultationPreview(props: { preview: ConsultationDetail['preview'] }) {
  const t = useT();
  const headingOf = (part: PreviewPart) =>
    part.kind === 'framing'
      ? t('participation.part.framing')
      : part.kind === 'definitions'
        ? t('participation.part.definitions')
        : (part.heading ?? part.id);
  return (
    <div className="inset-text preview" lang={props.preview.lang}>
      <p className="heading-m" dir="auto">
        {props.preview.title}
      </p>
      {props.preview.parts.map((part) => (
        <section key={part.id} aria-label={headingOf(part)}>
          <h3 className="heading-s">{headingOf(part)}</h3>
          <PartBody part={part} />
        </section>
      ))}
    </div>
  );
}
