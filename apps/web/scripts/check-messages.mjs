#!/usr/bin/env node
// Checks the UI message catalogues against English (src/i18n/en.json), the source of truth:
// every key present in every language, no stale keys, no empty messages, valid ICU syntax, the
// same placeholders as English, and plurals with every form the language needs (Arabic has six).
// Exits 1 listing each problem.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const i18nDir = join(root, 'src', 'i18n');
const SOURCE = 'en';
const TRANSLATIONS = ['fr', 'ar'];

const problems = [];
const warnings = [];
const load = (locale) => JSON.parse(readFileSync(join(i18nDir, `${locale}.json`), 'utf8'));

const source = load(SOURCE);
const sourceArguments = new Map();
for (const [key, message] of Object.entries(source)) {
  const ast = parseOrReport(SOURCE, key, message);
  if (ast) sourceArguments.set(key, collectArguments(ast));
}

for (const locale of TRANSLATIONS) {
  const catalogue = load(locale);
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  for (const key of Object.keys(source)) {
    if (!(key in catalogue)) problems.push(`${locale}: missing key "${key}"`);
  }
  for (const [key, message] of Object.entries(catalogue)) {
    if (!(key in source)) {
      problems.push(
        `${locale}: key "${key}" is not in ${SOURCE}.json (remove it or add it to English)`,
      );
      continue;
    }
    const ast = parseOrReport(locale, key, message);
    if (!ast) continue;
    const expected = sourceArguments.get(key);
    const actual = collectArguments(ast);
    if (expected && !sameSet(expected, actual)) {
      problems.push(
        `${locale}: "${key}" uses {${[...actual].join(', ')}} but English uses {${[...expected].join(', ')}}`,
      );
    }
    for (const plural of collectPlurals(ast)) {
      const missing = categories.filter((category) => !(category in plural.options));
      // French "many" only applies to millions; Arabic needs all six forms.
      const required =
        locale === 'ar' ? missing : missing.filter((category) => category === 'other');
      if (required.length > 0) {
        problems.push(
          `${locale}: "${key}" plural {${plural.value}} lacks the forms: ${required.join(', ')}`,
        );
      }
    }
  }
}

for (const unused of findUnusedKeys(Object.keys(source)))
  warnings.push(`${SOURCE}: key "${unused}" is not used in src/`);

for (const warning of warnings) console.warn(`warning: ${warning}`);
if (problems.length > 0) {
  for (const problem of problems) console.error(`error: ${problem}`);
  console.error(`\n${problems.length} problem(s) in the message catalogues.`);
  process.exit(1);
}
console.log(
  `Messages OK: ${Object.keys(source).length} keys in ${[SOURCE, ...TRANSLATIONS].join(', ')}` +
    (warnings.length > 0 ? ` (${warnings.length} warning(s))` : ''),
);

function parseOrReport(locale, key, message) {
  if (typeof message !== 'string' || message.trim() === '') {
    problems.push(`${locale}: "${key}" is empty`);
    return null;
  }
  try {
    return parse(message);
  } catch (error) {
    problems.push(`${locale}: "${key}" is not valid ICU (${error.message})`);
    return null;
  }
}

function walk(elements, visit) {
  for (const element of elements) {
    visit(element);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) walk(option.value, visit);
    }
    if (element.type === TYPE.tag) walk(element.children, visit);
  }
}

function collectArguments(ast) {
  const names = new Set();
  walk(ast, (element) => {
    if ('value' in element && element.type !== TYPE.literal && element.type !== TYPE.pound)
      names.add(element.value);
  });
  return names;
}

function collectPlurals(ast) {
  const plurals = [];
  walk(ast, (element) => {
    if (element.type === TYPE.plural && element.pluralType !== 'ordinal') plurals.push(element);
  });
  return plurals;
}

function sameSet(a, b) {
  return a.size === b.size && [...a].every((value) => b.has(value));
}

// A key counts as used when its quoted name appears in a source file (t('key') or a lookup table).
function findUnusedKeys(keys) {
  const sources = listFiles(join(root, 'src')).filter((file) => /\.(ts|tsx)$/.test(file));
  const text = sources.map((file) => readFileSync(file, 'utf8')).join('\n');
  return keys.filter((key) => !text.includes(`'${key}'`));
}

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}
