import type { Block, DefinitionItem, InlineRun, TableBlock } from '@concord/domain/document';
import { useId, type ReactNode } from 'react';
import { TableRegion } from '../../components/table-region.js';
import { isLiveHref } from './live-href.js';

/**
 * The document model's blocks as React elements. Text is only ever text: there is no path from
 * the model to raw HTML, so a `<script>` typed into a chapter shows as those characters.
 */
export function DocumentBlocks(props: {
  blocks: readonly Block[];
  /** The heading level of the chapter the blocks sit under (its own headings go below it). */
  chapterLevel: 1 | 2;
  /** Names a table that has no caption of its own (city-written tables), for screen readers. */
  untitledTable: string;
}) {
  return (
    <>
      {props.blocks.map((block, index) => (
        <BlockView
          key={index}
          block={block}
          chapterLevel={props.chapterLevel}
          untitledTable={props.untitledTable}
        />
      ))}
    </>
  );
}

function BlockView(props: { block: Block; chapterLevel: 1 | 2; untitledTable: string }) {
  const { block } = props;
  switch (block.kind) {
    case 'heading': {
      // Level 2 sits just under the chapter title.
      const level = props.chapterLevel + block.level - 1;
      return <Heading level={level} runs={block.runs} />;
    }
    case 'paragraph':
      return (
        <p className="body">
          <Runs runs={block.runs} />
        </p>
      );
    case 'note':
      return (
        <div className="inset-text document-note" role="note">
          <p className="body">
            <Runs runs={block.runs} />
          </p>
        </div>
      );
    case 'definitions':
      return <Definitions items={block.items} />;
    case 'list': {
      const items = block.items.map((item, index) => (
        <li key={index}>
          <DocumentBlocks
            blocks={item}
            chapterLevel={props.chapterLevel}
            untitledTable={props.untitledTable}
          />
        </li>
      ));
      return block.ordered ? (
        <ol className="list list--number document-list">{items}</ol>
      ) : (
        <ul className="list list--bullet document-list">{items}</ul>
      );
    }
    case 'table':
      return <DocumentTable table={block} untitled={props.untitledTable} />;
    default: {
      const unknown: never = block;
      throw new Error(`Unknown block kind: ${JSON.stringify(unknown)}`);
    }
  }
}

function Heading(props: { level: number; runs: InlineRun[] }) {
  const children = <Runs runs={props.runs} />;
  switch (props.level) {
    case 2:
      return <h2 className="heading-l document-heading">{children}</h2>;
    case 3:
      return <h3 className="heading-m document-heading">{children}</h3>;
    case 4:
      return <h4 className="heading-s document-heading">{children}</h4>;
    default:
      return <h5 className="heading-s document-heading">{children}</h5>;
  }
}

export function Definitions(props: { items: readonly DefinitionItem[] }) {
  return (
    <dl className="summary-list document-definitions">
      {props.items.map((item, index) => (
        <div className="summary-list__row" key={index}>
          <dt className="summary-list__key">{item.term}</dt>
          <dd className="summary-list__value">
            <Runs runs={item.details} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function DocumentTable(props: { table: TableBlock; untitled: string }) {
  const { table } = props;
  const captionId = useId();
  const alignClass = (column: number) =>
    table.align?.[column] === 'end' ? 'document-table__cell--end' : undefined;
  return (
    <TableRegion labelledBy={captionId}>
      <table className="table document-table">
        <caption className={table.caption ? 'table__caption' : 'visually-hidden'} id={captionId}>
          {table.caption ?? props.untitled}
        </caption>
        <thead>
          <tr>
            {table.header.map((cell, column) => (
              <th scope="col" key={column} className={alignClass(column)}>
                <Runs runs={cell} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((cell, column) => (
                <td key={column} className={alignClass(column)}>
                  <Runs runs={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

export function Runs(props: { runs: readonly InlineRun[] }) {
  return (
    <>
      {props.runs.map((run, index) => (
        <RunView key={index} run={run} />
      ))}
    </>
  );
}

function RunView(props: { run: InlineRun }) {
  const { run } = props;
  let content: ReactNode = run.text;
  if (run.em) content = <em>{content}</em>;
  if (run.strong) content = <strong>{content}</strong>;
  if (run.href && isLiveHref(run.href)) {
    content = (
      <a className="link document-link" href={run.href.trim()} rel="noopener noreferrer">
        {content}
      </a>
    );
  }
  return <>{content}</>;
}
