import type { StrategyDocument } from '@concord/domain/document';
import { useEffect } from 'react';
import { PageHeading } from '../../components/page-heading.js';
import { useT } from '../../i18n/use-t.js';
import { Definitions, DocumentBlocks } from './document-blocks.js';

const chapterId = (index: number) => `document-chapter-${index + 1}`;

/**
 * The whole document as an accessible page: its title is the page's h1, chapters are h2
 * sections listed in a contents list, tables have captions. The print stylesheet
 * (documents.css) turns the same page into an A4 document any browser can save as PDF.
 */
export function DocumentView(props: { document: StrategyDocument }) {
  const { meta, chapters } = props.document;
  const t = useT();
  usePrintMode();
  return (
    <article className="document" lang={meta.language} dir={meta.direction}>
      <header className="document-cover">
        <PageHeading>{meta.title}</PageHeading>
        <p className="body-l document-cover__subtitle">{meta.subtitle}</p>
        <Definitions items={meta.facts} />
      </header>
      <nav className="document-contents" aria-labelledby="document-contents-title">
        <h2 className="heading-m" id="document-contents-title">
          {meta.labels.contents}
        </h2>
        <ol className="list list--number">
          {chapters.map((chapter, index) => (
            <li key={chapter.key}>
              <a className="link" href={`#${chapterId(index)}`}>
                {chapter.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {chapters.map((chapter, index) => (
        <section
          className="document-chapter"
          key={chapter.key}
          id={chapterId(index)}
          aria-labelledby={`${chapterId(index)}-title`}
        >
          <h2 className="heading-l document-chapter__title" id={`${chapterId(index)}-title`}>
            {chapter.title}
          </h2>
          <DocumentBlocks
            blocks={chapter.blocks}
            chapterLevel={2}
            untitledTable={t('documents.view.untitledTable', { chapter: chapter.title })}
          />
        </section>
      ))}
    </article>
  );
}

/**
 * While the document is on screen, printing leaves the app's header, menus and footer out
 * (documents.css keys its print rules on this class), so "Save as PDF" gives the document alone.
 */
function usePrintMode(): void {
  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('print-document');
    return () => root.classList.remove('print-document');
  }, []);
}
