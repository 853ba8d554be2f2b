import type { CompiledQuestion } from '@concord/domain/engine';
import { Button } from '../../components/button.js';
import { useT } from '../../i18n/use-t.js';
import { AnswerInput } from './fields/answer-input.js';
import { applicableFieldKeys, type ParseOptions } from './parse-raw.js';
import type { MessageAt } from './problem-messages.js';
import type { RawRow } from './raw-values.js';
import { partDomId, rowDomId, rowFieldDomId } from './workspace-paths.js';

export interface GroupRowProps {
  question: CompiledQuestion;
  row: RawRow;
  index: number;
  total: number;
  name: string;
  isConfirmingRemove: boolean;
  messageAt: MessageAt;
  parseOptions: ParseOptions;
  onChange: (row: RawRow) => void;
  onMove: (by: -1 | 1) => void;
  onAskRemove: () => void;
  onCancelRemove: () => void;
  onRemove: () => void;
}

/** One row of a group: its fields that apply, then buttons to move or remove it. */
export function GroupRowFields(props: GroupRowProps) {
  const { question, row, index, name } = props;
  const t = useT();
  const rowId = rowDomId(question.id, row.id);
  const shown = applicableFieldKeys(question, row, props.parseOptions);

  return (
    <fieldset className="group-row">
      <legend className="group-row__legend" id={rowId} tabIndex={-1}>
        {name}
      </legend>
      <div id={`${rowId}--fields`}>
        {(question.fields ?? [])
          .filter((field) => shown.has(field.key))
          .map((field) => {
            const path = `${index}.${field.key}`;
            return (
              <AnswerInput
                key={field.key}
                definition={field}
                id={rowFieldDomId(question.id, row.id, field.key)}
                label={field.source.label}
                isQuestion={false}
                hint={field.source.help}
                note={field.source.note}
                raw={row[field.key]!}
                onChange={(raw) => props.onChange({ ...row, [field.key]: raw })}
                messageAt={(part) => props.messageAt(part === '' ? path : `${path}.${part}`)}
              />
            );
          })}
      </div>
      {props.isConfirmingRemove ? (
        <div className="group-row__confirm">
          <p className="body group-row__question" id={partDomId(rowId, 'confirm')} tabIndex={-1}>
            {t('workspace.group.confirmRemove', { row: name })}
          </p>
          <div className="button-group">
            <Button variant="warning" isInline onClick={props.onRemove}>
              {t('workspace.group.yesRemove', { row: name })}
            </Button>
            <Button variant="secondary" isInline onClick={props.onCancelRemove}>
              {t('workspace.group.keep', { row: name })}
            </Button>
          </div>
        </div>
      ) : (
        <div className="button-group group-row__actions">
          {index > 0 ? (
            <Button
              id={partDomId(rowId, 'up')}
              variant="secondary"
              isInline
              onClick={() => props.onMove(-1)}
            >
              {t('workspace.group.moveUp')}
              <span className="visually-hidden"> {name}</span>
            </Button>
          ) : null}
          {index < props.total - 1 ? (
            <Button
              id={partDomId(rowId, 'down')}
              variant="secondary"
              isInline
              onClick={() => props.onMove(1)}
            >
              {t('workspace.group.moveDown')}
              <span className="visually-hidden"> {name}</span>
            </Button>
          ) : null}
          <Button
            id={partDomId(rowId, 'remove')}
            variant="secondary"
            isInline
            onClick={props.onAskRemove}
          >
            {t('workspace.group.remove')}
            <span className="visually-hidden"> {name}</span>
          </Button>
        </div>
      )}
    </fieldset>
  );
}
