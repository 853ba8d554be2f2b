// `npm run content:check`: validates content/strategy and prints every problem, or one summary line.
import { parseArgs } from 'node:util';
import { checkContent } from '../src/check/index.js';
import { ContentError } from '../src/engine/content-error.js';
import { DEFAULT_CONTENT_DIR, loadContent } from '../src/node/index.js';

const REQUIRED_LOCALES = ['fr', 'ar'];

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: DEFAULT_CONTENT_DIR },
    'strict-locales': { type: 'boolean', default: true },
    'no-strict-locales': { type: 'boolean', default: false },
  },
});
const strictLocales = values['strict-locales'] && !values['no-strict-locales'];

async function main(): Promise<number> {
  let loaded;
  try {
    loaded = await loadContent(values.dir);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    for (const p of error.problems) console.error(`error  ${p.path}: ${p.message}`);
    console.error(`\ncontent check failed: ${error.problems.length} schema problem(s)`);
    return 1;
  }

  const report = checkContent(loaded.library, loaded.locales, {
    locales: { required: REQUIRED_LOCALES, strict: strictLocales },
  });
  for (const c of report.coverage) {
    const percent = c.total === 0 ? 100 : Math.floor((c.translated / c.total) * 100);
    console.log(
      `locale ${c.locale}: ${c.translated}/${c.total} strings translated (${percent}%), ${c.missing.length} missing, ${c.stale.length} stale`,
    );
  }
  const errors = report.problems.filter((p) => p.level === 'error');
  for (const p of report.problems) {
    const line = `${p.level === 'error' ? 'error  ' : 'warning'} ${p.path}: ${p.message}`;
    if (p.level === 'error') console.error(line);
    else console.log(line);
  }
  if (errors.length > 0) {
    const hint = strictLocales
      ? ' (run with --no-strict-locales to treat missing fr/ar translations as warnings)'
      : '';
    console.error(`\ncontent check failed: ${errors.length} error(s)${hint}`);
    return 1;
  }
  const { sections, questions, rules, examples } = report.stats;
  for (const [locale, list] of Object.entries(loaded.library.language ?? {}))
    console.log(
      `word list ${locale} v${list.version}: ${list.entries.length} entries, ${list.keyTerms.length} key terms`,
    );
  console.log(
    `content ok: ${sections} sections, ${questions} questions, ${rules} rules, ${examples} examples`,
  );
  return 0;
}

process.exitCode = await main();
