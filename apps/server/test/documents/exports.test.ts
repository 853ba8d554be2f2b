import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeChecksum } from '../../src/modules/imports/portable-format.js';
import {
  type ContentCatalog,
  createContentSource,
} from '../../src/modules/content/content-catalog.js';
import { toTimestamp } from '../../src/lib/time.js';
import { createDocumentWorkers } from '../../src/workers/document-workers.js';
import { readZip } from '../export/read-zip.js';
import type { TestApp } from '../test-app.js';
import { DIALECTS } from '../test-database.js';
import {
  answerScenario,
  createDocumentsApp,
  createTeam,
  exportFile,
  fieldPaths,
  longChapter,
  strategyUrl,
  waitForExport,
  writeChapter,
} from './documents-fixture.js';

const HAS_CHROMIUM = existsSync('/usr/bin/chromium');
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const HOSTILE = 'Read [this](javascript:alert(1)) and <script>alert(2)</script>.';
const CHAPTER_KEYS = [
  'context',
  'framework',
  'governance',
  'sustainability',
  'resources',
  'findings',
  'annex',
];

type Team = Awaited<ReturnType<typeof createTeam>>;

describe.each(DIALECTS)('exports (%s)', { timeout: 90_000 }, (dialect) => {
  let t: TestApp;
  let team: Team;
  const content = createContentSource();
  let catalog: ContentCatalog;
  beforeAll(async () => {
    catalog = await content.get();
    t = await createDocumentsApp(dialect, { content });
    team = await createTeam(t);
    await answerScenario(t, team, 'S1');
    expect((await writeChapter(t, team, 'context', `## Our city\n\n${HOSTILE}`)).statusCode).toBe(
      200,
    );
  });
  afterAll(async () => {
    await t.close();
  });

  it('a DOCX export runs as a job and gives a Word file with the narrative', async () => {
    const { job, file } = await exportFile(t, team, { format: 'docx' });
    expect(job).toMatchObject({
      format: 'docx',
      status: 'done',
      progress: 1,
      error: null,
      locale: 'en',
      audience: 'council',
      fileName: 'Strategy 2025-2028 - en.docx',
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe(DOCX_MIME);
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="Strategy 2025-2028 - en.docx"; filename*=UTF-8''Strategy%202025-2028%20-%20en.docx`,
    );
    expect(file.rawPayload.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const zip = readZip(file.rawPayload);
    const xml = zip.get('word/document.xml')?.toString('utf8') ?? '';
    expect(xml).toContain('Our city');
    // The hostile narrative is plain text: escaped markup, and no link to javascript: anywhere.
    expect(xml).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(zip.get('word/_rels/document.xml.rels')?.toString('utf8')).not.toContain('javascript:');
  });

  it('Markdown and the handover brief come from the same model', async () => {
    const markdown = await exportFile(t, team, { format: 'markdown', locale: 'fr' });
    expect(markdown.file.headers['content-type']).toBe('text/markdown; charset=utf-8');
    const text = markdown.file.body;
    expect(text).toContain('Our city');
    expect(text).not.toContain('<script>');
    expect(text).toContain('Read \\[this\\](javascript:alert(1))');
    expect(text).not.toMatch(/[^\\]\]\(javascript:/);
    expect(markdown.job.fileName).toBe('Strategy 2025-2028 - fr.md');

    const brief = await exportFile(t, team, { format: 'handover-markdown' });
    expect(brief.job.fileName).toBe('Strategy 2025-2028 - handover brief - en.md');
    const briefDocx = await exportFile(t, team, { format: 'handover-docx', locale: 'ar' });
    expect(briefDocx.file.headers['content-type']).toBe(DOCX_MIME);
    const xml = readZip(briefDocx.file.rawPayload).get('word/document.xml')?.toString('utf8');
    expect(xml).toContain('<w:bidi/>');
  });

  it.skipIf(!HAS_CHROMIUM)('a PDF export prints through Chromium', async () => {
    const { job, file } = await exportFile(t, team, { format: 'pdf' });
    expect(job.status).toBe('done');
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const brief = await exportFile(t, team, { format: 'handover-pdf', locale: 'ar' });
    expect(brief.file.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('the portable JSON job gives the same file as GET /export.json, with a valid checksum', async () => {
    const { job, file } = await exportFile(t, team, { format: 'json' });
    expect(job.fileName).toBe('Strategy 2025-2028.json');
    expect(file.headers['content-type']).toBe('application/json; charset=utf-8');
    const fromJob = file.json();
    expect(fromJob).toMatchObject({
      format: 'concord-strategy',
      formatVersion: 1,
      contentVersion: catalog.version,
      narrative: { context: `## Our city\n\n${HOSTILE}` },
    });
    expect(fromJob.checksum).toEqual({ algorithm: 'sha256', value: computeChecksum(fromJob) });
    const direct = await t.request('GET', strategyUrl(team, '/export.json'), {
      cookie: team.cookies.viewer,
    });
    expect(direct.statusCode).toBe(200);
    const { exportedAt: _a, checksum: _b, ...rest } = direct.json();
    const { exportedAt: _c, checksum: _d, ...restFromJob } = fromJob;
    expect(rest).toEqual(restFromJob);
  });

  it('when Chromium is missing the job fails with pdf_unavailable and a clear message', async () => {
    const noPdf = await createDocumentsApp(dialect, {
      content,
      documentWorkers: createDocumentWorkers({ chromiumPath: '/nonexistent/chromium' }),
    });
    try {
      const other = await createTeam(noPdf);
      const { job, file } = await exportFile(noPdf, other, { format: 'pdf' });
      expect(job.status).toBe('failed');
      expect(job.error.code).toBe('pdf_unavailable');
      expect(job.error.message).toContain('/nonexistent/chromium');
      expect(job.error.message).toContain('Save as PDF');
      expect(file.statusCode).toBe(503);
      expect(file.json().error.code).toBe('pdf_unavailable');
    } finally {
      await noPdf.close();
    }
  });

  it('a file that is not ready yet is a 409; a job cut off by a stopped server reads as failed', async () => {
    const now = new Date();
    const base = {
      city_id: team.cityId,
      strategy_id: team.strategyId,
      version_id: null,
      format: 'docx',
      locale: 'en',
      audience: 'council',
      progress: 20,
      error_code: null,
      error_message: null,
      file_name: 'x.docx',
      mime_type: DOCX_MIME,
      file: null,
      created_by: team.people.editor.id,
    };
    const at = (msAgo: number) => toTimestamp(new Date(now.getTime() - msAgo));
    await t.database.db
      .insertInto('exports')
      .values([
        { ...base, id: 'running-now', status: 'running', created_at: at(0), updated_at: at(0) },
        {
          ...base,
          id: 'cut-off',
          status: 'running',
          created_at: at(30 * 60_000),
          updated_at: at(11 * 60_000),
        },
      ])
      .execute();
    const running = await t.request('GET', strategyUrl(team, '/exports/running-now/file'), {
      cookie: team.cookies.viewer,
    });
    expect(running.statusCode).toBe(409);
    expect(running.json().error).toMatchObject({ status: 'running', progress: 0.2 });
    const cutOff = await t.request('GET', strategyUrl(team, '/exports/cut-off'), {
      cookie: team.cookies.viewer,
    });
    expect(cutOff.json()).toMatchObject({
      status: 'failed',
      error: { message: 'This export was interrupted. Start it again.' },
    });
  });

  it('refuses bad requests with paths, and unknown ids with 404', async () => {
    const cases: [unknown, string[]][] = [
      [{ format: 'xlsx' }, ['body.format']],
      [{ format: 'docx', locale: 'de', audience: 'all' }, ['body.locale', 'body.audience']],
      [{}, ['body.format']],
      [{ format: 'json', versionId: 'v1' }, ['body.versionId']],
    ];
    for (const [body, paths] of cases) {
      const response = await t.request('POST', strategyUrl(team, '/exports'), {
        cookie: team.cookies.editor,
        body,
      });
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(fieldPaths(response)).toEqual(paths);
    }
    const unknownVersion = await t.request('POST', strategyUrl(team, '/exports'), {
      cookie: team.cookies.editor,
      body: { format: 'docx', versionId: 'no-such-version' },
    });
    expect(unknownVersion.statusCode).toBe(404);
    const unknownExport = await t.request('GET', strategyUrl(team, '/exports/no-such-export'), {
      cookie: team.cookies.editor,
    });
    expect(unknownExport.statusCode).toBe(404);
  });

  it('the API keeps answering while a ~44-page DOCX export runs on the worker thread', async () => {
    const big = await createTeam(t);
    await answerScenario(t, big, 'S1');
    for (const [i, key] of CHAPTER_KEYS.entries()) {
      expect((await writeChapter(t, big, key, longChapter(i + 1))).statusCode).toBe(200);
    }
    const started = await t.request('POST', strategyUrl(big, '/exports'), {
      cookie: big.cookies.editor,
      body: { format: 'docx' },
    });
    expect(started.statusCode).toBe(202);
    const exportId = started.json().exportId;

    // Reads go on while the export is queued or running; each must complete. No timing is
    // asserted: what matters is that requests are answered before the export is done.
    let readsWhileRunning = 0;
    for (let round = 0; round < 200; round += 1) {
      // inject() never touches a socket; yielding once a round lets the worker's messages in,
      // as real network traffic would.
      await new Promise((resolve) => setImmediate(resolve));
      const [answers, narrative, evaluation, status] = await Promise.all([
        t.request('GET', strategyUrl(big, '/answers'), { cookie: big.cookies.viewer }),
        t.request('GET', strategyUrl(big, '/narrative'), { cookie: big.cookies.viewer }),
        t.request('GET', strategyUrl(big, '/evaluation'), { cookie: big.cookies.viewer }),
        t.request('GET', strategyUrl(big, `/exports/${exportId}`), { cookie: big.cookies.viewer }),
      ]);
      expect([answers, narrative, evaluation, status].map((r) => r.statusCode)).toEqual([
        200, 200, 200, 200,
      ]);
      if (status.json().status === 'done') break;
      readsWhileRunning += 3;
    }
    expect(readsWhileRunning).toBeGreaterThan(0);
    const job = await waitForExport(t, big, exportId, big.cookies.viewer);
    expect(job.status).toBe('done');
    const file = await t.request('GET', strategyUrl(big, `/exports/${exportId}/file`), {
      cookie: big.cookies.viewer,
    });
    const xml = readZip(file.rawPayload).get('word/document.xml')?.toString('utf8') ?? '';
    expect(xml).toContain('Part 3');
  });
});
