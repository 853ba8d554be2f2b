import { useId, type ReactNode } from 'react';
import { TableRegion } from '../../components/table-region.js';
import { useT } from '../../i18n/use-t.js';

/** One dashboard: a section with its h2, reachable from the page's contents list. */
export function DashboardSection(props: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="dashboard" id={props.id} aria-labelledby={`${props.id}-title`}>
      <h2 className="heading-l" id={`${props.id}-title`}>
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}

/** GOV.UK warning text: the "!" is decoration, the hidden word says it is a warning. */
export function WarningText(props: { children: ReactNode }) {
  const t = useT();
  return (
    <div className="warning-text">
      <span className="warning-text__icon" aria-hidden="true">
        !
      </span>
      <p className="warning-text__text">
        <span className="visually-hidden">{t('common.warning')}: </span>
        {props.children}
      </p>
    </div>
  );
}

/** A table with a caption, scrolling sideways on its own when it is wider than the screen. */
export function DataTable(props: {
  caption: string;
  isCaptionVisible?: boolean;
  children: ReactNode;
  className?: string;
}) {
  const captionId = useId();
  return (
    <TableRegion labelledBy={captionId}>
      <table className={`table ${props.className ?? ''}`.trim()}>
        <caption
          id={captionId}
          className={`table__caption ${props.isCaptionVisible === false ? 'visually-hidden' : 'table__caption--m'}`}
        >
          {props.caption}
        </caption>
        {props.children}
      </table>
    </TableRegion>
  );
}

/** An empty table cell that still says "nothing" to a screen reader. */
export function NoValue(props: { label: string }) {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{props.label}</span>
    </>
  );
}
