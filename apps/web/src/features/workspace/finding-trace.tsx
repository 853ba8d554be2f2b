import {
  isGroupRows,
  type CompiledQuestion,
  type Finding,
  type TraceEntry,
} from '@concord/domain/engine';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useT } from '../../i18n/use-t.js';
import { rowName } from './answer-view.js';
import { formatAnswer, type Formatters } from './format-answer.js';
import { useWorkspace, type Workspace } from './workspace-context.js';
import { questionDomId, rowFieldDomId, sectionPath } from './workspace-paths.js';

interface TraceLine {
  key: string;
  href: string;
  label: string;
  answer: string;
}

/** The answers that made a finding appear, each linked to its question. */
export function FindingTrace(props: { finding: Finding }) {
  const workspace = useWorkspace();
  const t = useT();
  const intl = useIntl();
  const lines = describeTrace(props.finding.trace, workspace, { t, intl });
  if (lines.length === 0) return <p className="body">{t('workspace.trace.none')}</p>;
  return (
    <ul className="list list--bullet finding__trace">
      {lines.map((line) => (
        <li key={line.key}>
          <Link className="link" to={line.href}>
            {line.label}
          </Link>
          : {line.answer}
        </li>
      ))}
    </ul>
  );
}

function describeTrace(
  trace: TraceEntry[],
  workspace: Workspace,
  formatters: Formatters,
): TraceLine[] {
  const lines: TraceLine[] = [];
  const seen = new Set<string>();
  for (const entry of trace) {
    const questionId = entry.group ?? entry.q;
    const question = questionId ? workspace.compiled.questions.get(questionId) : undefined;
    if (!question) continue;
    const line = describeEntry(entry, question, workspace, formatters);
    const key = `${line.label}|${line.answer}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push({ ...line, key });
  }
  return lines;
}

function describeEntry(
  entry: TraceEntry,
  question: CompiledQuestion,
  workspace: Workspace,
  formatters: Formatters,
): Omit<TraceLine, 'key'> {
  const { t } = formatters;
  const page = sectionPath(workspace.ref.cityId, workspace.ref.strategyId, question.sectionId);
  const field = entry.field ? question.fieldsByKey?.get(entry.field) : undefined;
  if (field && entry.rowId) {
    const rows = workspace.values[question.id];
    const index = isGroupRows(rows) ? rows.findIndex((row) => row.id === entry.rowId) : -1;
    return {
      href: `${page}#${rowFieldDomId(question.id, entry.rowId, field.key)}`,
      label: t('workspace.trace.rowField', {
        question: question.source.label,
        row: index >= 0 ? rowName(question, index, t) : t('workspace.trace.removedRow'),
        field: field.source.label,
      }),
      answer: formatAnswer(field, plainValue(entry.actual), formatters),
    };
  }
  return {
    href: `${page}#${questionDomId(question.id)}`,
    label: question.source.label,
    answer: describeActual(entry, question, formatters),
  };
}

function describeActual(
  entry: TraceEntry,
  question: CompiledQuestion,
  formatters: Formatters,
): string {
  const { t, intl } = formatters;
  const actual = entry.actual as Record<string, unknown> | null;
  switch (entry.op) {
    case 'count':
      return t('workspace.trace.count', { count: Number(actual?.count ?? 0) });
    case 'some-row':
    case 'every-row':
      return t('workspace.trace.rows', {
        matched: Array.isArray(actual?.rowIds) ? actual.rowIds.length : 0,
        total: Number(actual?.rows ?? 0),
      });
    case 'share':
      return typeof actual?.share === 'number'
        ? t('workspace.trace.share', {
            share: intl.formatNumber(actual.share, { style: 'percent', maximumFractionDigits: 0 }),
          })
        : t('workspace.trace.noAmounts');
    case 'distinct-count':
      return t('workspace.trace.distinct', { count: Number(actual?.count ?? 0) });
    default:
      if (actual && Array.isArray(actual.rowIds))
        return t('workspace.answer.rows', { count: actual.rowIds.length });
      return formatAnswer(question, plainValue(entry.actual), formatters);
  }
}

// Trace values are the answers themselves, or null for "not answered".
function plainValue(value: unknown): Parameters<typeof formatAnswer>[1] {
  return value as Parameters<typeof formatAnswer>[1];
}
