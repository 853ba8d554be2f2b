import { createRequire } from 'node:module';

/**
 * What a new password must not be, beyond its length (ASVS 6.2.4, 6.1.2, 6.2.11). Checked
 * offline: the server makes no outbound calls, so there is no breached-password service.
 *
 * The common list is the 49,000-password dictionary of zxcvbn, ordered by frequency, shipped in
 * the npm package `@zxcvbn-ts/language-common` (MIT licence, Dan Wheeler and Dropbox). Because
 * Concord asks for 12 characters, most entries are already too short; the list still catches
 * long favourites ("qwerty123456") and, through the variants below, short ones padded out
 * ("dragon123456", "Summer2026!!!", "passwordpassword").
 */

export const TOO_COMMON_MESSAGE =
  'This password is too common. Choose a longer phrase of your own.';
export const TOO_PERSONAL_MESSAGE =
  'This password is built on a word people can guess: "Concord", your name, your email address or your city. Choose a phrase of your own.';

/** Words that say "this product" and are refused as the core of any password. */
export const PRODUCT_WORDS = ['concord'];

// Once part of a name or address is cut out, what is left must still be this long to count.
const MIN_OWN_CHARACTERS = 8;
// Shorter context words ("Li", "Ng") are too common inside other words to refuse.
const MIN_CONTEXT_WORD_LENGTH = 3;
// A password made of one short piece over and over ("abcabcabcabc") is as weak as the piece.
const MAX_REPEATED_UNIT = 4;

export interface PasswordContext {
  email?: string | undefined;
  name?: string | undefined;
  cityNames?: readonly string[] | undefined;
}

export type PasswordProblem = 'too_common' | 'too_personal';

let commonPasswords: ReadonlySet<string> | undefined;

/** Loaded on first use (about 49,000 entries), then kept for the life of the process. */
function loadCommonPasswords(): ReadonlySet<string> {
  if (!commonPasswords) {
    const require = createRequire(import.meta.url);
    const list = require('@zxcvbn-ts/language-common/src/passwords.json') as unknown;
    if (!Array.isArray(list)) throw new Error('the common password list is not a list');
    commonPasswords = new Set(list.filter((item) => typeof item === 'string').map(normalize));
  }
  return commonPasswords;
}

function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Letters and digits only, so "Con-cord 2026" and "concord2026" compare alike. */
function compact(text: string): string {
  return normalize(text).replace(/[^\p{L}\p{N}]/gu, '');
}

function repeatedUnit(text: string): string | null {
  for (let size = 1; size <= MAX_REPEATED_UNIT && size < text.length; size += 1) {
    const unit = text.slice(0, size);
    if (unit.repeat(Math.ceil(text.length / size)).slice(0, text.length) === text) return unit;
  }
  return null;
}

/** The forms of the password compared with the list: as typed, squeezed, unpadded, unrepeated. */
function variantsOf(password: string): string[] {
  const typed = normalize(password);
  const squeezed = compact(password);
  const unpad = (text: string) => text.replace(/^[\p{N}\p{P}\p{S}\s]+|[\p{N}\p{P}\p{S}\s]+$/gu, '');
  const variants = [typed, squeezed, unpad(typed), unpad(squeezed)];
  for (const candidate of [typed, squeezed]) {
    const half = candidate.slice(0, candidate.length / 2);
    if (candidate.length % 2 === 0 && half + half === candidate) variants.push(half);
  }
  return variants.filter((variant) => variant.length > 0);
}

export function isCommonPassword(password: string): boolean {
  const list = loadCommonPasswords();
  if (repeatedUnit(compact(password)) !== null) return true;
  return variantsOf(password).some((variant) => list.has(variant));
}

/** "Ada Lovelace", "ada.lovelace@city.example", "Lyon" -> ["ada", "lovelace", "lyon", ...]. */
export function contextWords(context: PasswordContext): string[] {
  const localPart = context.email?.split('@')[0] ?? '';
  const sources = [localPart, context.name ?? '', ...(context.cityNames ?? [])];
  const words = new Set(PRODUCT_WORDS);
  for (const source of sources) {
    const whole = compact(source);
    if (whole.length >= MIN_CONTEXT_WORD_LENGTH) words.add(whole);
    for (const part of normalize(source).split(/[^\p{L}\p{N}]+/u)) {
      if (part.length >= MIN_CONTEXT_WORD_LENGTH) words.add(part);
    }
  }
  // Longest first, so "lovelace" is cut out whole before any shorter word inside it.
  return [...words].sort((a, b) => b.length - a.length);
}

/**
 * True when the password is mostly made of guessable context: once every context word is cut
 * out, fewer than 8 of its own letters and digits remain. "Concord-Lyon-2026" is refused;
 * a long phrase that happens to mention the city is not.
 */
export function isTooPersonal(password: string, context: PasswordContext): boolean {
  const squeezed = compact(password);
  let rest = squeezed;
  for (const word of contextWords(context)) rest = rest.split(word).join('');
  return rest.length < squeezed.length && rest.length < MIN_OWN_CHARACTERS;
}

/** The first problem with a new password, or null when it may be used. */
export function findPasswordProblem(
  password: string,
  context: PasswordContext,
): PasswordProblem | null {
  if (isCommonPassword(password)) return 'too_common';
  if (isTooPersonal(password, context)) return 'too_personal';
  return null;
}

export function describePasswordProblem(problem: PasswordProblem): string {
  return problem === 'too_common' ? TOO_COMMON_MESSAGE : TOO_PERSONAL_MESSAGE;
}

/** The sentence saying why a new password is refused, or null when it may be used. */
export function explainPasswordRefusal(password: string, context: PasswordContext): string | null {
  const problem = findPasswordProblem(password, context);
  return problem ? describePasswordProblem(problem) : null;
}
