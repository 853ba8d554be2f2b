import type { CompiledQuestion } from '@concord/domain/engine';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from '../../components/button.js';
import { useT } from '../../i18n/use-t.js';
import { rowName } from './answer-view.js';
import { describedByIds, FieldTextsBlock, groupClass } from './fields/field-frame.js';
import { GroupRowFields } from './group-row.js';
import { MAX_ROWS, type ParseOptions } from './parse-raw.js';
import type { MessageAt } from './problem-messages.js';
import { createRow, type RawRow } from './raw-values.js';
import { partDomId, questionDomId, rowDomId } from './workspace-paths.js';

export interface GroupQuestionProps {
  question: CompiledQuestion;
  label: ReactNode;
  hint?: ReactNode | undefined;
  note?: string | undefined;
  rows: RawRow[];
  onChange: (rows: RawRow[]) => void;
  messageAt: MessageAt;
  parseOptions: ParseOptions;
}

/** Where focus goes once React has drawn the rows after an add, move or remove. */
type FocusRequest =
  | { rowId: string; target: 'first-field' | 'legend' | 'up' | 'down' | 'remove' | 'confirm' }
  | { rowId: null; target: 'add' };

/**
 * A repeating group (GOV.UK "add another"): rows can be added, edited, removed after a
 * confirmation, and moved up or down with buttons, so reordering needs no mouse or dragging.
 * Each change moves focus somewhere sensible and is announced.
 */
export function GroupQuestion(props: GroupQuestionProps) {
  const { question, rows } = props;
  const t = useT();
  const [confirmingId, setConfirmingId] = useState<string | null>(null);
  const focusRequest = useRef<FocusRequest | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const baseId = questionDomId(question.id);
  const maxRows =
    question.source.type === 'group' ? (question.source.maxRows ?? MAX_ROWS) : MAX_ROWS;
  const isFull = rows.length >= maxRows;

  // After the render that follows an add, move or remove, not before: the row must exist.
  useEffect(() => {
    const request = focusRequest.current;
    if (!request) return;
    focusRequest.current = null;
    findFocusTarget(question.id, baseId, request)?.focus();
  });

  function setFocusRequest(request: FocusRequest): void {
    focusRequest.current = request;
  }

  function add(): void {
    const row = createRow(question);
    props.onChange([...rows, row]);
    setAnnouncement(t('workspace.group.added', { row: rowName(question, rows.length, t) }));
    setFocusRequest({ rowId: row.id, target: 'first-field' });
  }

  function move(index: number, by: -1 | 1): void {
    const to = index + by;
    if (to < 0 || to >= rows.length) return;
    const next = [...rows];
    const [row] = next.splice(index, 1);
    next.splice(to, 0, row!);
    props.onChange(next);
    setAnnouncement(
      t('workspace.group.moved', {
        row: rowName(question, index, t),
        position: to + 1,
        total: rows.length,
      }),
    );
    // Keep focus on the same button; at the top or bottom it is gone, so take the other one.
    const stillThere = by === -1 ? to > 0 : to < rows.length - 1;
    const target = by === -1 ? (stillThere ? 'up' : 'down') : stillThere ? 'down' : 'up';
    setFocusRequest({ rowId: row!.id, target: rows.length > 1 ? target : 'legend' });
  }

  function remove(index: number): void {
    const removed = rows[index]!;
    const next = rows.filter((row) => row.id !== removed.id);
    props.onChange(next);
    setConfirmingId(null);
    setAnnouncement(t('workspace.group.removed', { row: rowName(question, index, t) }));
    const neighbour = next[index] ?? next[index - 1];
    setFocusRequest(
      neighbour ? { rowId: neighbour.id, target: 'legend' } : { rowId: null, target: 'add' },
    );
  }

  const error = props.messageAt('');
  return (
    <div className={groupClass(error)}>
      <fieldset className="fieldset" aria-describedby={describedByIds(baseId, { ...props, error })}>
        {/* The group's own id sits on its legend: links from findings and errors land here. */}
        <legend className="fieldset__legend label--question" id={baseId} tabIndex={-1}>
          {props.label}
        </legend>
        <FieldTextsBlock id={baseId} hint={props.hint} note={props.note} error={error} />
        {rows.length === 0 ? <p className="body">{t('workspace.group.empty')}</p> : null}
        <ol className="group-rows">
          {rows.map((row, index) => (
            <li className="group-rows__item" key={row.id}>
              <GroupRowFields
                question={question}
                row={row}
                index={index}
                total={rows.length}
                name={rowName(question, index, t)}
                isConfirmingRemove={confirmingId === row.id}
                messageAt={props.messageAt}
                parseOptions={props.parseOptions}
                onChange={(changed) =>
                  props.onChange(rows.map((item) => (item.id === changed.id ? changed : item)))
                }
                onMove={(by) => move(index, by)}
                onAskRemove={() => {
                  setConfirmingId(row.id);
                  setFocusRequest({ rowId: row.id, target: 'confirm' });
                }}
                onCancelRemove={() => {
                  setConfirmingId(null);
                  setFocusRequest({ rowId: row.id, target: 'remove' });
                }}
                onRemove={() => remove(index)}
              />
            </li>
          ))}
        </ol>
        {isFull ? (
          <p className="hint">{t('workspace.group.full', { max: maxRows })}</p>
        ) : (
          <Button id={partDomId(baseId, 'add')} variant="secondary" onClick={add}>
            {rows.length === 0 ? t('workspace.group.addFirst') : t('workspace.group.addAnother')}
            <span className="visually-hidden"> {props.label}</span>
          </Button>
        )}
        <div className="visually-hidden" aria-live="polite">
          {announcement}
        </div>
      </fieldset>
    </div>
  );
}

function findFocusTarget(
  questionId: string,
  baseId: string,
  request: FocusRequest,
): HTMLElement | null {
  if (request.rowId === null) return document.getElementById(partDomId(baseId, 'add'));
  const rowId = rowDomId(questionId, request.rowId);
  switch (request.target) {
    case 'legend':
      return document.getElementById(rowId);
    case 'first-field':
      return (
        document
          .getElementById(`${rowId}--fields`)
          ?.querySelector<HTMLElement>('input, select, textarea') ?? document.getElementById(rowId)
      );
    default:
      return document.getElementById(partDomId(rowId, request.target));
  }
}
