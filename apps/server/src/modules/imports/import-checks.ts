import { type AnswerValue, type Answers, canUpgrade, upgradeAnswers } from '@concord/domain';
import { AppError, type FieldProblem } from '../../errors/app-error.js';
import { describeZodIssues } from '../../errors/zod-issues.js';
import { validateAnswerValues } from '../answers/answer-validation.js';
import type { ContentCatalog } from '../content/content-catalog.js';
import {
  PORTABLE_FORMAT,
  PORTABLE_FORMAT_VERSION,
  type PortableStrategy,
  computeChecksum,
  portableStrategySchema,
} from './portable-format.js';

/** A refusal of the whole file names the request field that carried it, like any other 400. */
function importInvalid(
  message: string,
  fields: FieldProblem[] = [{ path: 'body.file', message }],
): AppError {
  return new AppError('import_invalid', message, { fields });
}

const NOT_CONCORD =
  'This file is not a Concord strategy export. Choose a file made with "Export, portable file (JSON)" in Concord.';

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The file's checksum, or null when it cannot be computed (nested too deep to serialise). */
function checksumOf(data: Record<string, unknown>): string | null {
  try {
    return computeChecksum(data);
  } catch {
    return null;
  }
}

/**
 * Reads an uploaded file as a portable strategy, refusing in this order: not JSON or not a
 * Concord export; made by a newer Concord; damaged or edited since export (checksum);
 * not the expected shape; guide content newer than this install's.
 */
export function readPortableFile(text: string, catalog: ContentCatalog): PortableStrategy {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw importInvalid(`${NOT_CONCORD} (It is not a JSON file.)`);
  }
  if (!isRecord(data) || data.format !== PORTABLE_FORMAT) throw importInvalid(NOT_CONCORD);
  const { formatVersion } = data;
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
    throw importInvalid(`${NOT_CONCORD} (Its format version is missing.)`);
  }
  if (formatVersion > PORTABLE_FORMAT_VERSION) {
    throw importInvalid(
      `This file was exported by a newer version of Concord (file format ${formatVersion}; this install reads format ${PORTABLE_FORMAT_VERSION}). Update Concord, then import it again.`,
    );
  }
  const checksum = isRecord(data.checksum) ? data.checksum.value : undefined;
  if (typeof checksum !== 'string' || checksum !== checksumOf(data)) {
    throw importInvalid(
      'This file is damaged or was changed after it was exported: its checksum does not match its content. Export it again from Concord and import the new file.',
    );
  }
  const parsed = portableStrategySchema.safeParse(data);
  if (!parsed.success) {
    throw importInvalid(
      'This file does not have the shape of a Concord strategy export, so nothing was imported.',
      describeZodIssues(parsed.error.issues, 'file', data),
    );
  }
  const file = parsed.data;
  const newest = [file.contentVersion, ...file.versions.map((v) => v.snapshot.contentVersion)];
  const tooNew = Math.max(...newest);
  if (tooNew > catalog.version) {
    throw importInvalid(
      `This file uses version ${tooNew} of the guide content, and this install has version ${catalog.version}. Update Concord, then import it again.`,
    );
  }
  return file;
}

/**
 * Brings answers to this install's content version and checks them as a save would, every
 * problem with its place in the file.
 */
export function checkAnswers(
  answers: { contentVersion: number; values: Record<string, unknown> },
  catalog: ContentCatalog,
  path: string,
): { values: Record<string, AnswerValue>; problems: FieldProblem[] } {
  if (!canUpgrade(answers.contentVersion, catalog.version)) {
    return {
      values: {},
      problems: [
        {
          path,
          message: `Answers from version ${answers.contentVersion} of the guide content cannot be read by this install (version ${catalog.version}).`,
        },
      ],
    };
  }
  let upgraded: Answers;
  try {
    // Upgrades move values between question ids; every value is checked below either way.
    upgraded = upgradeAnswers(answers as Answers, answers.contentVersion, catalog.version);
  } catch {
    return {
      values: {},
      problems: [{ path, message: 'These answers cannot be brought to this content version.' }],
    };
  }
  const problems: FieldProblem[] = [];
  const proposed = [];
  for (const [questionId, value] of Object.entries(upgraded.values)) {
    const question = catalog.compiled.en.questions.get(questionId);
    if (!question) {
      problems.push({
        path: `${path}.${questionId}`,
        message: `There is no question with this id in content version ${catalog.version}.`,
      });
    } else proposed.push({ question, value, path: `${path}.${questionId}` });
  }
  const checked = validateAnswerValues(catalog, proposed);
  problems.push(...checked.problems);
  return { values: Object.fromEntries(checked.values), problems };
}

/** Accepted risks must name gaps of the content; sensitive marks, its questions. */
export function checkReferences(file: PortableStrategy, catalog: ContentCatalog): FieldProblem[] {
  const content = catalog.compiled.en;
  const gapRules = new Set(content.rules.filter((r) => r.kind === 'gap').map((r) => r.id));
  const problems: FieldProblem[] = [];
  file.acceptedRisks.forEach((risk, i) => {
    if (!gapRules.has(risk.ruleId)) {
      problems.push({
        path: `file.acceptedRisks.${i}.ruleId`,
        message: `There is no gap rule with this id in content version ${catalog.version}.`,
      });
    }
  });
  file.sensitiveAnswers.forEach((mark, i) => {
    if (!content.questions.has(mark.questionId)) {
      problems.push({
        path: `file.sensitiveAnswers.${i}.questionId`,
        message: `There is no question with this id in content version ${catalog.version}.`,
      });
    }
  });
  const approved = file.versions.filter((v) => v.status === 'approved');
  if (approved.length > 1) {
    problems.push({ path: 'file.versions', message: 'Only one version can be approved.' });
  }
  const numbers = file.versions.map((v) => v.number);
  if (new Set(numbers).size !== numbers.length) {
    problems.push({ path: 'file.versions', message: 'Two versions have the same number.' });
  }
  if (file.strategy.endYear < file.strategy.startYear) {
    problems.push({
      path: 'file.strategy.endYear',
      message: 'The end year must be the same as or after the start year.',
    });
  }
  return problems;
}

export function rejectWithProblems(problems: FieldProblem[]): void {
  if (problems.length > 0) {
    throw importInvalid(
      'Some of the content of this file cannot be used here, so nothing was imported.',
      problems,
    );
  }
}
