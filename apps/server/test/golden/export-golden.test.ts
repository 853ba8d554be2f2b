import { describe, expect, it } from 'vitest';
import { renderHtml, renderMarkdown } from '../../src/export/index.js';
import { handoverBrief, SAMPLE_NARRATIVE, strategyDocument } from '../export/export-fixture.js';

// Golden exports: a change to the document model or a renderer shows up here as a diff to
// review. Update on purpose with `npx vitest run --project server apps/server/test/golden -u`.
describe('golden exports', () => {
  it('Markdown of the London scenario (S4) strategy', async () => {
    const markdown = renderMarkdown(await strategyDocument({ narrative: SAMPLE_NARRATIVE }));
    await expect(markdown).toMatchFileSnapshot('./s4-strategy.en.md');
  });

  it('HTML print view of the London scenario (S4) strategy', async () => {
    const html = renderHtml(await strategyDocument({ narrative: SAMPLE_NARRATIVE }));
    await expect(html).toMatchFileSnapshot('./s4-strategy.en.html');
  });

  it('Markdown of the Arabic strategy for the awareness-gap scenario (S1)', async () => {
    const markdown = renderMarkdown(await strategyDocument({ scenario: 'S1', locale: 'ar' }));
    await expect(markdown).toMatchFileSnapshot('./s1-strategy.ar.md');
  });

  it('Markdown of the handover brief for the reporting-duty scenario (S6)', async () => {
    await expect(renderMarkdown(await handoverBrief())).toMatchFileSnapshot('./s6-handover.en.md');
  });
});
