import type { Db } from '../db/database.js';
import { newId } from '../lib/ids.js';
import { addMilliseconds, toTimestamp } from '../lib/time.js';
import { findCityById } from '../modules/cities/cities.repository.js';
import type { ContentCatalog } from '../modules/content/content-catalog.js';
import { insertComment, listCommentRows } from '../modules/consultations/comments.repository.js';
import {
  type Consultation,
  consultationRowToConsultation,
  phaseOf,
} from '../modules/consultations/consultation.js';
import { findPublishedConsultationBySlug } from '../modules/consultations/consultations.repository.js';
import {
  type ApprovedComment,
  type PublicView,
  buildPublicView,
} from '../modules/consultations/public-view.js';
import { createPublicFormatter } from '../modules/consultations/public-values.js';
import { listSensitiveAnswerRows } from '../modules/consultations/sensitive-answers.repository.js';
import { toSensitiveMarks } from '../modules/consultations/sensitive-marks.js';
import { todayInTimeZone } from '../modules/findings/city-today.js';
import { type Locale, isLocale } from '../modules/users/user.js';
import { deleteStaleCommentThrottles } from './comment-throttle.repository.js';
import { THROTTLE_RETENTION_MS, countComment } from './comment-throttle.js';
import { publicMessages } from './public-messages.js';

export interface PublicConsultation {
  consultation: Consultation;
  cityName: string;
  timeZone: string;
  phase: 'upcoming' | 'open' | 'closed';
}

/** A published or closed consultation by its public slug; drafts and unknown slugs: undefined. */
export async function findPublicConsultation(
  db: Db,
  slug: string,
  now: Date,
): Promise<PublicConsultation | undefined> {
  const row = await findPublishedConsultationBySlug(db, slug);
  if (!row) return undefined;
  const city = await findCityById(db, row.city_id);
  if (!city) return undefined;
  const consultation = consultationRowToConsultation(row);
  const phase = phaseOf(consultation, todayInTimeZone(city.time_zone, now));
  return {
    consultation,
    cityName: city.name,
    timeZone: city.time_zone,
    phase: phase === 'draft' ? 'closed' : phase,
  };
}

/** ?lang= when the consultation has it, else the browser's preference, else its first language. */
export function chooseLanguage(
  languages: readonly Locale[],
  requested: unknown,
  acceptLanguage: string | undefined,
): Locale {
  if (typeof requested === 'string' && isLocale(requested) && languages.includes(requested))
    return requested;
  const preferred = (acceptLanguage ?? '')
    .split(',')
    .map((item) => {
      const [tag = '', ...params] = item.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { base: tag.split('-')[0]!.toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((item) => Number.isFinite(item.q) && item.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { base } of preferred) {
    if (isLocale(base) && languages.includes(base)) return base;
  }
  return languages[0] ?? 'en';
}

/** The day comments stopped: closed early by a coordinator, or the planned closing date. */
export function closedOnOf(consultation: Consultation, timeZone: string): string {
  if (consultation.closedAt === null) return consultation.closesOn;
  const closedOn = todayInTimeZone(timeZone, new Date(consultation.closedAt));
  return closedOn < consultation.closesOn ? closedOn : consultation.closesOn;
}

export interface PublicPage {
  view: PublicView;
  comments: Map<string, ApprovedComment[]>;
  statusText: string;
  formatDate: (timestamp: string) => string;
}

/**
 * Everything the page shows, in one language: the view model (sensitive items filtered out
 * there) and the approved comments of each part. Pending and rejected comments are never read.
 */
export async function loadPublicPage(
  db: Db,
  { consultation, timeZone, phase }: PublicConsultation,
  lang: Locale,
  catalog: ContentCatalog,
): Promise<PublicPage> {
  const [markRows, approvedRows] = await Promise.all([
    listSensitiveAnswerRows(db, {
      cityId: consultation.cityId,
      strategyId: consultation.strategyId,
    }),
    listCommentRows(db, {
      cityId: consultation.cityId,
      consultationId: consultation.id,
      status: 'approved',
    }),
  ]);
  const view = buildPublicView({
    consultation,
    content: catalog.compiled[lang],
    marks: toSensitiveMarks(markRows),
    lang,
  });
  const comments = new Map<string, ApprovedComment[]>();
  for (const row of approvedRows) {
    if (row.status !== 'approved') continue;
    const list = comments.get(row.part) ?? [];
    list.push({
      id: row.id,
      part: row.part,
      authorName: row.author_name,
      body: row.body,
      language: row.language,
      createdAt: row.created_at,
      reply: row.reply,
    });
    comments.set(row.part, list);
  }
  const format = createPublicFormatter(lang);
  const messages = publicMessages(lang);
  const statusText =
    phase === 'open'
      ? messages.statusOpen(format.date(consultation.closesOn))
      : phase === 'upcoming'
        ? messages.statusUpcoming(format.date(consultation.opensOn))
        : messages.statusClosed(format.date(closedOnOf(consultation, timeZone)));
  return {
    view,
    comments,
    statusText,
    formatDate: (timestamp) => format.date(todayInTimeZone(timeZone, new Date(timestamp))),
  };
}

/**
 * Stores a resident's comment as pending (nothing is public before a moderator approves it),
 * counted against the per-address limits in the same transaction. Throws CommentThrottled.
 */
export async function storeComment(
  db: Db,
  {
    consultation,
    part,
    name,
    comment,
    lang,
    ip,
    secret,
    now,
  }: {
    consultation: Consultation;
    part: string;
    name: string;
    comment: string;
    lang: Locale;
    ip: string;
    secret: string;
    now: Date;
  },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await countComment(trx, { secret, ip, consultationId: consultation.id, now });
    await insertComment(trx, {
      id: newId(),
      city_id: consultation.cityId,
      consultation_id: consultation.id,
      part,
      author_name: name === '' ? null : name,
      body: comment,
      language: lang,
      status: 'pending',
      topic: null,
      rejection_reason: null,
      moderated_by: null,
      moderated_at: null,
      reply: null,
      replied_by: null,
      replied_at: null,
      linked_question_id: null,
      link_note: null,
      linked_by: null,
      linked_at: null,
      created_at: toTimestamp(now),
    });
    await deleteStaleCommentThrottles(
      trx,
      toTimestamp(addMilliseconds(now, -THROTTLE_RETENTION_MS)),
    );
  });
}
