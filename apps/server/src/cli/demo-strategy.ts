import {
  SCENARIO_ANSWERS,
  q,
  scenarioValues,
  withAnswers,
  type Values,
} from '@concord/domain/scenarios';
import type { Db } from '../db/database.js';
import { newId } from '../lib/ids.js';
import { toTimestamp } from '../lib/time.js';
import { recordChange } from '../modules/audit/audit.service.js';

const s1 = scenarioValues('S1');
const s8 = scenarioValues('S8');

/** The sections a demo answer belongs to, taken from its id (`strategy:<section>:q:<name>`). */
export function sectionOf(questionId: string): string {
  return questionId.split(':q:')[0] ?? questionId;
}

function pick(values: Values, section: string): Values {
  return Object.fromEntries(
    Object.entries(values).filter(([id]) => sectionOf(id) === `strategy:${section}`),
  );
}

/**
 * Riverside's strategy, part way through: a city acting on its public-safety mandate (the
 * Dabrowa Gornicza pattern, S8) while a national framework exists that nobody shared with it
 * (the Uganda pattern, S1), funded by donors. Mandate to institutionalisation are answered,
 * sustainability is begun, resources are not started, funding is begun.
 */
export const DEMO_STRATEGY_VALUES: Values = withAnswers(
  {
    ...pick(s8, 'mandate'),
    ...pick(s1, 'awareness'),
    ...pick(s8, 'sufficiency'),
    ...pick(s8, 'framework'),
    ...pick(s8, 'principles'),
    ...pick(s8, 'considerations'),
    ...pick(s8, 'institutionalisation'),
  },
  {
    [q('mandate', 'mandates')]: [
      ...((s8[q('mandate', 'mandates')] as Values[string][]) ?? []),
      ...((s1[q('mandate', 'mandates')] as Values[string][]) ?? []),
    ] as Values[string],
    [q('mandate', 'locally-adopted')]: 'no',
    [q('framework', 'horizon-start')]: '2025-01-01',
    [q('framework', 'horizon-end')]: '2028-12-31',
    [q('sustainability', 'political-terms')]: s1[q('sustainability', 'political-terms')],
    [q('sustainability', 'key-roles')]: s1[q('sustainability', 'key-roles')],
    [q('funding', 'sources')]: s1[q('funding', 'sources')],
    [q('funding', 'seeking-donors')]: 'yes',
  },
);

export const DEMO_CONTENT_VERSION = SCENARIO_ANSWERS[0]!.contentVersion;

/** Gaps the demo city has knowingly accepted, with the reasons a coordinator would give. */
export const DEMO_ACCEPTED_RISKS: { ruleId: string; justification: string }[] = [
  {
    ruleId: 'strategy:rule:FUN-05',
    justification:
      'Donor grants carry the work in 2025 and 2026 while the council prepares its own budget line for 2027. We review this every quarter.',
  },
  {
    ruleId: 'strategy:rule:AW-6',
    justification:
      'The regional association of municipalities raises our questions with national government until a direct channel exists.',
  },
];

/** Sections the youth department answers for (it is the demo's editor). */
export const DEMO_YOUTH_SECTIONS = [
  'strategy:awareness',
  'strategy:principles',
  'strategy:considerations',
];

const DAY_MS = 24 * 60 * 60 * 1000;

export interface DemoAuthors {
  coordinatorId: string;
  youthId: string;
}

/**
 * Writes Riverside's strategy as if the team had worked on it over the past three weeks: each
 * answer with its author and time, assignments, accepted risks, and the matching audit rows.
 */
export async function seedDemoStrategy(
  db: Db,
  { cityId, authors, now }: { cityId: string; authors: DemoAuthors; now: Date },
): Promise<string> {
  const strategyId = newId();
  const at = (daysAgo: number, minutes = 0) =>
    toTimestamp(new Date(now.getTime() - daysAgo * DAY_MS + minutes * 60_000));
  const created = {
    title: 'Riverside prevention strategy 2025-2028',
    startYear: 2025,
    endYear: 2028,
    status: 'active',
    contentVersion: DEMO_CONTENT_VERSION,
  };
  await db
    .insertInto('strategies')
    .values({
      id: strategyId,
      city_id: cityId,
      title: created.title,
      start_year: created.startYear,
      end_year: created.endYear,
      content_version: created.contentVersion,
      status: created.status,
      revision: 1,
      created_by: authors.coordinatorId,
      created_at: at(21),
      updated_at: at(21),
    })
    .execute();
  await recordChange(db, {
    cityId,
    actorId: authors.coordinatorId,
    action: 'strategy.create',
    entityType: 'strategy',
    entityId: strategyId,
    strategyId,
    before: null,
    after: created,
    at: new Date(at(21)),
  });

  for (const sectionId of DEMO_YOUTH_SECTIONS) {
    await db
      .insertInto('section_assignments')
      .values({
        city_id: cityId,
        strategy_id: strategyId,
        section_id: sectionId,
        user_id: authors.youthId,
        assigned_by: authors.coordinatorId,
        assigned_at: at(20),
      })
      .execute();
    await recordChange(db, {
      cityId,
      actorId: authors.coordinatorId,
      action: 'assignment.set',
      entityType: 'assignment',
      entityId: sectionId,
      strategyId,
      before: { userIds: [] },
      after: { userIds: [authors.youthId] },
      at: new Date(at(20)),
    });
  }

  // One working session a section, a day apart, in the chapter's order.
  const sections = [...new Set(Object.keys(DEMO_STRATEGY_VALUES).map(sectionOf))];
  for (const [questionIndex, [questionId, value]] of Object.entries(
    DEMO_STRATEGY_VALUES,
  ).entries()) {
    const section = sectionOf(questionId);
    const author = DEMO_YOUTH_SECTIONS.includes(section) ? authors.youthId : authors.coordinatorId;
    const when = at(18 - sections.indexOf(section) * 2, questionIndex);
    await db
      .insertInto('answers')
      .values({
        city_id: cityId,
        strategy_id: strategyId,
        question_id: questionId,
        value: JSON.stringify(value),
        revision: 1,
        updated_by: author,
        updated_at: when,
      })
      .execute();
    await recordChange(db, {
      cityId,
      actorId: author,
      action: 'answer.save',
      entityType: 'answer',
      entityId: questionId,
      strategyId,
      before: null,
      after: value,
      at: new Date(when),
    });
  }

  for (const risk of DEMO_ACCEPTED_RISKS) {
    await db
      .insertInto('accepted_risks')
      .values({
        city_id: cityId,
        strategy_id: strategyId,
        rule_id: risk.ruleId,
        justification: risk.justification,
        accepted_by: authors.coordinatorId,
        accepted_at: at(1),
      })
      .execute();
    await recordChange(db, {
      cityId,
      actorId: authors.coordinatorId,
      action: 'risk.accept',
      entityType: 'accepted-risk',
      entityId: risk.ruleId,
      strategyId,
      before: null,
      after: { justification: risk.justification },
      at: new Date(at(1)),
    });
  }
  return strategyId;
}
