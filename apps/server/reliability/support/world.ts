import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { baseCity } from '@concord/domain/scenarios';
import type { TestUser } from '../../test/test-app.js';
import { type ReliabilityApp, createReliabilityApp } from './reliability-app.js';
import type { Role } from '../../src/modules/cities/roles.js';
import { type RouteEntry, describeRoutes } from './route-table.js';

export const CITY_ROLES: Role[] = ['city-admin', 'coordinator', 'editor', 'contributor', 'viewer'];
const API = '/api/v1';

export interface Actor {
  label: string;
  cookie: string | null;
  isNetworkAdmin: boolean;
  user: TestUser | null;
}

/**
 * Ids a city owns, by the path parameter that names them (cityId, userId, invitationId,
 * strategyId, consultationId, commentId, ...). Any `...Id` parameter that is not a guide
 * content id is treated as owned.
 */
export type OwnedIds = Record<string, string[]>;

export const CONTENT_PARAMS = new Set(['questionId', 'sectionId', 'ruleId', 'chapterKey']);

export function isOwnedParam(name: string): boolean {
  return /Id$/.test(name) && !CONTENT_PARAMS.has(name);
}

/** Guide content ids: the same in every city, so never "foreign". */
export interface ContentIds {
  questionId: string;
  sectionId: string;
  ruleId: string;
  /** A chapter of the strategy document's narrative. */
  chapterKey: string;
  /** A valid answer for questionId. */
  answer: unknown;
}

export interface CityData {
  cityId: string;
  /** A word that appears only in this city's data (name, emails, titles, free text). */
  marker: string;
  admin: TestUser;
  adminCookie: string;
  ids: OwnedIds;
  content: ContentIds;
  /** A cursor of this city's audit list, when the audit route exists. */
  auditCursor: string | null;
  /** Address part of its published consultation page (/consult/<slug>), when there is one. */
  consultationSlug: string | null;
}

export interface World {
  t: ReliabilityApp;
  routes: RouteEntry[];
  home: CityData;
  foreign: CityData;
  actors: Actor[];
  close(): Promise<void>;
}

function uniqueMarker(prefix: string): string {
  return `${prefix}${randomBytes(5).toString('hex')}`;
}

function expectOk(response: LightMyRequestResponse, what: string): Record<string, unknown> {
  if (response.statusCode >= 300) {
    throw new Error(`setup: ${what} answered ${response.statusCode}: ${response.body}`);
  }
  return response.body ? (response.json() as Record<string, unknown>) : {};
}

function hasRoute(t: ReliabilityApp, method: string, url: string): boolean {
  return t.app.hasRoute({ method: method as 'GET', url: `${API}${url}` });
}

/**
 * A city with a team, an invitation and (when the workspace routes exist) a strategy with
 * answers, an assignment, an accepted risk and audit entries, all made through the API as
 * its admin, so every kind of id a route can take exists in it.
 */
async function seedCity(
  t: ReliabilityApp,
  { marker, team }: { marker: string; team: { user: TestUser; role: Role }[] },
): Promise<CityData> {
  const admin = team.find((member) => member.role === 'city-admin')?.user;
  if (!admin) throw new Error('setup: a city needs an admin');
  const cityId = await t.createCity({ name: `${marker} City`, members: team });
  const cookie = await t.cookieFor(admin);
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) =>
    t.request(method, `${API}/cities/${cityId}${url}`, {
      cookie,
      ...(body !== undefined ? { body } : {}),
    });

  const invitation = expectOk(
    await call('POST', '/invitations', {
      email: `${marker.toLowerCase()}-invitee@example.org`,
      role: 'viewer',
    }),
    'create invitation',
  ).invitation as { id: string };

  const strategyIds: string[] = [];
  const ids: OwnedIds = {
    cityId: [cityId],
    userId: team.map((member) => member.user.id),
    invitationId: [invitation.id],
    strategyId: strategyIds,
    consultationId: [],
    commentId: [],
    versionId: [],
    exportId: [],
  };
  const [questionId, answer] = Object.entries(baseCity)[0] ?? ['', null];
  const content: ContentIds = {
    questionId,
    sectionId: questionId.replace(/:q:.*$/, ''),
    ruleId: '',
    chapterKey: 'context',
    answer,
  };
  let auditCursor: string | null = null;
  let consultationSlug: string | null = null;

  if (hasRoute(t, 'POST', '/cities/:cityId/strategies')) {
    const strategy = expectOk(
      await call('POST', '/strategies', {
        title: `${marker} strategy`,
        startYear: 2026,
        endYear: 2030,
      }),
      'create strategy',
    ).strategy as { id: string };
    strategyIds.push(strategy.id);
    const base = `/strategies/${strategy.id}`;
    for (const [qid, value] of Object.entries(baseCity).slice(0, 6)) {
      expectOk(
        await call('PUT', `${base}/answers/${encodeURIComponent(qid)}`, { value, baseRevision: 0 }),
        `answer ${qid}`,
      );
    }
    const note = `${marker} note`;
    await call(
      'PUT',
      `${base}/answers/${encodeURIComponent('strategy:framework:q:existing-framework-ref')}`,
      {
        value: note,
        baseRevision: 0,
      },
    );
    const contributor = team.find((member) => member.role === 'contributor')?.user;
    if (contributor) {
      expectOk(
        await call('PUT', `${base}/assignments/${encodeURIComponent(content.sectionId)}`, {
          userIds: [contributor.id],
        }),
        'assign section',
      );
    }
    const evaluation = expectOk(await call('GET', `${base}/evaluation`), 'evaluation')
      .evaluation as {
      findings: { ruleId: string; kind: string }[];
    };
    const gap = evaluation.findings.find((finding) => finding.kind === 'gap');
    if (gap) {
      content.ruleId = gap.ruleId;
      expectOk(
        await call('PUT', `${base}/accepted-risks/${encodeURIComponent(gap.ruleId)}`, {
          justification: `${marker} accepts this for one year`,
        }),
        'accept risk',
      );
    }
  }
  const strategyId = strategyIds[0];
  if (strategyId) await seedDocument(t, { call, strategyId, marker, ids });
  if (strategyId && hasRoute(t, 'POST', '/cities/:cityId/strategies/:strategyId/consultations')) {
    consultationSlug = await seedConsultation(t, { call, strategyId, marker, ids, questionId });
  }
  if (hasRoute(t, 'GET', '/cities/:cityId/audit')) {
    auditCursor =
      (expectOk(await call('GET', '/audit?limit=1'), 'audit').nextCursor as string | null) ?? null;
  }
  return {
    cityId,
    marker,
    admin,
    adminCookie: cookie,
    ids,
    content,
    auditCursor,
    consultationSlug,
  };
}

type CityCall = (
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  body?: unknown,
) => Promise<LightMyRequestResponse>;

function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** A narrative chapter, a saved version and an export job, when those routes exist. */
async function seedDocument(
  t: ReliabilityApp,
  {
    call,
    strategyId,
    marker,
    ids,
  }: { call: CityCall; strategyId: string; marker: string; ids: OwnedIds },
): Promise<void> {
  const base = `/strategies/${strategyId}`;
  if (hasRoute(t, 'PUT', '/cities/:cityId/strategies/:strategyId/narrative/:chapterKey')) {
    expectOk(
      await call('PUT', `${base}/narrative/context`, {
        text: `${marker} context narrative`,
        baseRevision: 0,
      }),
      'save narrative',
    );
  }
  if (hasRoute(t, 'POST', '/cities/:cityId/strategies/:strategyId/versions')) {
    const created = expectOk(
      await call('POST', `${base}/versions`, { label: `${marker} version` }),
      'create version',
    );
    const version = (created.version ?? created) as { id?: string; versionId?: string };
    const versionId = version.id ?? version.versionId;
    if (versionId) ids.versionId?.push(versionId);
  }
  if (hasRoute(t, 'POST', '/cities/:cityId/strategies/:strategyId/exports')) {
    const job = expectOk(
      await call('POST', `${base}/exports`, { format: 'markdown' }),
      'start export',
    ) as {
      exportId?: string;
    };
    if (job.exportId) {
      ids.exportId?.push(job.exportId);
      // The job finishes in the background; wait, so it does not change the city mid-test.
      for (let attempt = 0; attempt < 300; attempt += 1) {
        const status = expectOk(
          await call('GET', `${base}/exports/${job.exportId}`),
          'export status',
        ).status as string;
        if (status === 'done' || status === 'failed') break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }
}

/**
 * A published consultation with one resident comment, sent through the public page's own form
 * (nonce and all), so consultation and comment ids exist for the matrix.
 */
async function seedConsultation(
  t: ReliabilityApp,
  {
    call,
    strategyId,
    marker,
    ids,
    questionId,
  }: { call: CityCall; strategyId: string; marker: string; ids: OwnedIds; questionId: string },
): Promise<string | null> {
  const base = `/strategies/${strategyId}/consultations`;
  const consultation = expectOk(
    await call('POST', base, {
      languages: ['en'],
      texts: {
        en: { title: `${marker} consultation`, framing: `${marker} framing for residents` },
      },
      questionIds: [questionId],
      definitionRowIds: [],
      opensOn: isoDay(-1),
      closesOn: isoDay(30),
    }),
    'create consultation',
  ).consultation as { id: string };
  ids.consultationId?.push(consultation.id);
  const published = expectOk(
    await call('POST', `${base}/${consultation.id}/publish`),
    'publish consultation',
  ).consultation as { publicUrl: string | null };
  const slug = published.publicUrl?.split('/').pop();
  if (!slug) return null;
  const page = await t.request('GET', `/consult/${slug}`);
  const nonce = /name="nonce" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
  const part = /name="part" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
  const form = new URLSearchParams({
    part,
    nonce,
    website: '',
    name: `${marker} resident`,
    comment: `${marker} comment`,
  });
  const posted = await t.request('POST', `/consult/${slug}/comments`, {
    body: form.toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  if (posted.statusCode !== 303)
    throw new Error(`setup: public comment answered ${posted.statusCode}`);
  const comments = expectOk(
    await call('GET', `${base}/${consultation.id}/comments`),
    'list comments',
  ).comments as {
    id: string;
  }[];
  ids.commentId?.push(...comments.map((comment) => comment.id));
  return slug;
}

async function createTeam(t: ReliabilityApp, marker: string, roles: Role[]) {
  const team: { user: TestUser; role: Role }[] = [];
  for (const [index, role] of roles.entries()) {
    const user = await t.createUser({
      email: `${marker.toLowerCase()}-${role}-${index}@example.org`,
      name: `${marker} ${role}`,
    });
    team.push({ user, role });
  }
  return team;
}

/**
 * Two cities on one install: "home", whose members act, and "foreign", whose ids they aim at.
 * Actors: one member of home per role, a network admin (member of no city) and a signed-out
 * visitor.
 */
export async function createWorld(): Promise<World> {
  const t = await createReliabilityApp();
  const homeMarker = uniqueMarker('Homeville');
  const foreignMarker = uniqueMarker('Faraway');
  const homeTeam = await createTeam(t, homeMarker, [...CITY_ROLES, 'viewer']);
  const foreignTeam = await createTeam(t, foreignMarker, [
    'city-admin',
    'editor',
    'contributor',
    'viewer',
  ]);
  const home = await seedCity(t, { marker: homeMarker, team: homeTeam });
  const foreign = await seedCity(t, { marker: foreignMarker, team: foreignTeam });

  const actors: Actor[] = [];
  for (const role of CITY_ROLES) {
    const member = homeTeam.find((entry) => entry.role === role);
    if (!member) continue;
    actors.push({
      label: role,
      cookie: await t.cookieFor(member.user),
      isNetworkAdmin: false,
      user: member.user,
    });
  }
  const networkAdmin = await t.createUser({ isNetworkAdmin: true, name: 'Network admin' });
  actors.push({
    label: 'network-admin',
    cookie: await t.cookieFor(networkAdmin),
    isNetworkAdmin: true,
    user: networkAdmin,
  });
  actors.push({ label: 'signed-out', cookie: null, isNetworkAdmin: false, user: null });

  return { t, routes: await describeRoutes(t.app), home, foreign, actors, close: () => t.close() };
}
