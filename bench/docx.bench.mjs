#!/usr/bin/env node
// DOCX export of a ~44-page strategy, beside the docx library alone on the same content.
//
//   node bench/docx.bench.mjs            built code (npm run build first)
//   node --import tsx --conditions concord-source bench/docx.bench.mjs --source
//                                        straight from the TypeScript sources
//   --json                               last stdout line is the figure for bench/run.mjs
//
// "ours" is the whole export: the document model built from the S1 answers, findings and
// long narrative chapters, then renderDocx (styles, contents, numbering, captions). "limit"
// is docx alone writing the same headings, paragraphs, lists and tables with no mapping and
// default styles: the floor any DOCX export built on docx can reach.
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TARGET_MS = 300;
const TODAY = '2025-06-01';
const GENERATED_AT = '2025-06-01T09:00:00.000Z';
// Three parts of ~440 words per chapter: with the S1 answers this prints on about 44 A4 pages.
const PARTS_PER_CHAPTER = 3;

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    source: { type: 'boolean', default: false },
    runs: { type: 'string', default: '21' },
    'no-pages': { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(3, Number(args.runs));
const WARM_UP = 3;

const log = (message) => process.stderr.write(`[docx.bench] ${message}\n`);

async function loadExport() {
  const file = args.source ? 'apps/server/src/export/index.ts' : 'apps/server/dist/export/index.js';
  const full = path.join(ROOT, file);
  if (!existsSync(full)) {
    throw new Error(`${file} is missing: run \`npm run build\` first, or use --source with tsx`);
  }
  return import(pathToFileURL(full).href);
}

// Deterministic prose: the same ~15,000 words every run, so figures compare across runs.
function createWriter(seed) {
  const words = (
    'city council residents neighbourhood prevention trust partners youth services schools ' +
    'health housing culture sport safety belonging dialogue community programme budget ' +
    'review plan evidence training coordinator network department support early local ' +
    'families volunteers mediation libraries outreach monitoring report cohesion rights'
  ).split(' ');
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
  const sentence = (length) => {
    const chosen = Array.from({ length }, () => words[next() % words.length]);
    const text = chosen.join(' ');
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = (wordCount) => {
    const sentences = [];
    let count = 0;
    while (count < wordCount) {
      const length = 8 + (next() % 12);
      sentences.push(sentence(length));
      count += length;
    }
    return sentences.join(' ');
  };
  return { sentence, paragraph };
}

/** One chapter of narrative: ~1,500 words with sub-headings, emphasis, lists and a table. */
function narrativeChapter(seed) {
  const write = createWriter(seed);
  const parts = [];
  for (let section = 1; section <= PARTS_PER_CHAPTER; section += 1) {
    parts.push(`## Part ${section}: ${write.sentence(4).slice(0, -1)}`);
    for (let p = 0; p < 4; p += 1) {
      parts.push(
        `${write.paragraph(90)} **${write.sentence(3).slice(0, -1)}** and *${write.sentence(2)}*`,
      );
    }
    parts.push(['- ', '- ', '- ', '- '].map((marker) => marker + write.sentence(9)).join('\n'));
  }
  const rows = Array.from(
    { length: 10 },
    (_, i) => `| Action ${i + 1} | ${write.sentence(6)} | ${2025 + (i % 4)} | ${(i + 1) * 12500} |`,
  );
  parts.push(['| Action | What | Year | Budget |', '|---|---|---|--:|', ...rows].join('\n'));
  return parts.join('\n\n');
}

/** The same content as docx calls, with no mapping: what docx alone has to do. */
function flatten(doc) {
  const items = [];
  const text = (runs) => runs.map((r) => r.text).join('');
  const visit = (block) => {
    switch (block.kind) {
      case 'heading':
        items.push({ kind: 'heading', level: block.level, text: text(block.runs) });
        break;
      case 'paragraph':
      case 'note':
        items.push({ kind: 'paragraph', text: text(block.runs) });
        break;
      case 'definitions':
        for (const item of block.items)
          items.push({ kind: 'paragraph', text: `${item.term}: ${text(item.details)}` });
        break;
      case 'list':
        for (const item of block.items) {
          for (const inner of item) {
            if (inner.kind === 'list') visit(inner);
            else if ('runs' in inner) items.push({ kind: 'bullet', text: text(inner.runs) });
          }
        }
        break;
      case 'table':
        if (block.caption) items.push({ kind: 'paragraph', text: block.caption });
        items.push({
          kind: 'table',
          rows: [block.header, ...block.rows].map((row) => row.map(text)),
        });
        break;
    }
  };
  items.push({ kind: 'title', text: doc.meta.title });
  for (const chapter of doc.chapters) {
    items.push({ kind: 'heading', level: 1, text: chapter.title });
    chapter.blocks.forEach(visit);
  }
  return items;
}

function docxAlone(docx, items) {
  const { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } = docx;
  const headings = {
    1: HeadingLevel.HEADING_1,
    2: HeadingLevel.HEADING_2,
    3: HeadingLevel.HEADING_3,
  };
  const children = items.map((item) => {
    switch (item.kind) {
      case 'title':
        return new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(item.text)] });
      case 'heading':
        return new Paragraph({ heading: headings[item.level], children: [new TextRun(item.text)] });
      case 'bullet':
        return new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item.text)] });
      case 'table':
        return new Table({
          rows: item.rows.map(
            (cells) =>
              new TableRow({
                children: cells.map(
                  (cell) =>
                    new TableCell({ children: [new Paragraph({ children: [new TextRun(cell)] })] }),
                ),
              }),
          ),
        });
      default:
        return new Paragraph({ children: [new TextRun(item.text)] });
    }
  });
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p90: at(0.9), min: sorted[0] };
}

const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
// CPU time of the process (all its threads) during a run: on a busy shared machine wall time
// also counts waiting for a core, CPU time does not.
const cpuMs = ({ user, system }) => (user + system) / 1000;

async function countPages(exporter, doc) {
  const chromiumPath = '/usr/bin/chromium';
  if (args['no-pages'] || !existsSync(chromiumPath)) return null;
  try {
    const pdf = await exporter.renderPdf(exporter.renderHtml(doc), { chromiumPath });
    return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? null;
  } catch (error) {
    log(`page count unavailable: ${error.message}`);
    return null;
  }
}

async function main() {
  const [{ compileContent }, { loadContent }, document, exporter, docx] = await Promise.all([
    import('@concord/domain'),
    import('@concord/domain/node'),
    import('@concord/domain/document'),
    loadExport(),
    import('docx'),
  ]);
  const content = compileContent((await loadContent()).library);
  const narrative = Object.fromEntries(
    document.STRATEGY_CHAPTER_KEYS.map((key, i) => [key, narrativeChapter(i + 1)]),
  );
  const words = Object.values(narrative).join(' ').split(/\s+/).length;
  const input = document.buildDemoDocumentInput({
    content,
    scenario: 'S1',
    locale: 'en',
    today: TODAY,
    generatedAt: GENERATED_AT,
    narrative,
  });

  const exportOnce = async () => {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const doc = document.buildStrategyDocument(input);
    const built = performance.now();
    const file = await exporter.renderDocx(doc);
    const done = performance.now();
    return {
      doc,
      file,
      buildMs: built - started,
      renderMs: done - built,
      totalMs: done - started,
      cpuMs: cpuMs(process.cpuUsage(cpu)),
    };
  };

  const { doc, file } = await exportOnce();
  const items = flatten(doc);
  const tables = items.filter((item) => item.kind === 'table').length;
  log(`${words} narrative words, ${items.length} blocks, ${tables} tables, ${file.length} bytes`);

  for (let i = 0; i < WARM_UP; i += 1) {
    await exportOnce();
    await docxAlone(docx, items);
  }
  const ours = [];
  const oursCpu = [];
  const build = [];
  const render = [];
  const alone = [];
  const aloneCpu = [];
  // Alternate the two so a slow moment on the machine hits both alike.
  for (let i = 0; i < RUNS; i += 1) {
    const run = await exportOnce();
    ours.push(run.totalMs);
    oursCpu.push(run.cpuMs);
    build.push(run.buildMs);
    render.push(run.renderMs);
    const cpu = process.cpuUsage();
    const started = performance.now();
    await docxAlone(docx, items);
    alone.push(performance.now() - started);
    aloneCpu.push(cpuMs(process.cpuUsage(cpu)));
  }

  const oursStats = stats(ours);
  const aloneStats = stats(alone);
  const pages = await countPages(exporter, doc);
  const figure = {
    unit: 'ms',
    ours: round(oursStats.median),
    limit: round(aloneStats.median),
    ratio: round(oursStats.median / aloneStats.median, 2),
    target: TARGET_MS,
    meets_target: oursStats.median <= TARGET_MS,
    ours_p90: round(oursStats.p90),
    limit_p90: round(aloneStats.p90),
    ours_min: round(oursStats.min),
    limit_min: round(aloneStats.min),
    ours_cpu_ms: round(stats(oursCpu).median),
    limit_cpu_ms: round(stats(aloneCpu).median),
    load_average: os.loadavg().map((value) => round(value, 2)),
    model_build_ms: round(stats(build).median),
    render_docx_ms: round(stats(render).median),
    pages_as_pdf: pages,
    narrative_words: words,
    tables,
    docx_bytes: file.length,
    runs: RUNS,
    code: args.source ? 'source (tsx)' : 'built (dist)',
  };

  console.log(
    `DOCX export, ~44-page strategy (S1 answers + ${words} words of narrative, ${tables} tables)`,
  );
  console.log(`  pages when printed:            ${pages ?? 'n/a'}`);
  console.log(
    `  ours (model + renderDocx):     ${figure.ours} ms median, ${figure.ours_p90} ms p90, ${figure.ours_min} ms best, ${figure.ours_cpu_ms} ms CPU`,
  );
  console.log(`    of which document model:     ${figure.model_build_ms} ms`);
  console.log(`    of which renderDocx:         ${figure.render_docx_ms} ms`);
  console.log(
    `  docx alone, same content:      ${figure.limit} ms median, ${figure.limit_p90} ms p90, ${figure.limit_min} ms best, ${figure.limit_cpu_ms} ms CPU`,
  );
  console.log(`  ratio ours / docx alone:       ${figure.ratio}`);
  console.log(
    `  target <= ${TARGET_MS} ms (median):      ${figure.meets_target ? 'met' : 'NOT met'}`,
  );
  console.log(
    `  load average (1, 5, 15 min):   ${figure.load_average.join(', ')} on ${os.cpus().length} cores`,
  );
  if (args.json) console.log(JSON.stringify(figure));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
