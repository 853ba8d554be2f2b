import { describe, expect, it } from 'vitest';
import {
  contextWords,
  findPasswordProblem,
  isCommonPassword,
  isTooPersonal,
} from './password-policy.js';

const ada = { email: 'ada.lovelace@lyon.example', name: 'Ada Lovelace', cityNames: ['Lyon'] };

describe('common passwords', () => {
  it('refuses long entries of the list whatever their case', () => {
    for (const password of ['qwerty123456', 'QWERTY123456', '1qaz2wsx3edc', 'administrator']) {
      expect(isCommonPassword(password), password).toBe(true);
    }
  });

  it('refuses short favourites padded with digits or symbols, spaced out or doubled', () => {
    const padded = ['dragon123456', 'Summer2026!!!', '!!!password!!!', 'iloveyou2026'];
    const spaced = ['p a s s w o r d 1', 'pass-word-2026'];
    const doubled = ['passwordpassword', 'MonkeyMonkey'];
    for (const password of [...padded, ...spaced, ...doubled]) {
      expect(isCommonPassword(password), password).toBe(true);
    }
  });

  it('refuses one short piece repeated', () => {
    for (const password of ['aaaaaaaaaaaa', 'abcabcabcabc', '121212121212', 'xyzwxyzwxyzw']) {
      expect(isCommonPassword(password), password).toBe(true);
    }
  });

  it('accepts a phrase of your own', () => {
    for (const password of [
      'correct horse battery staple',
      'the river bends twice at Vaise',
      'a much longer new passphrase',
      'Kettle-Orbit-Meadow-47',
    ]) {
      expect(isCommonPassword(password), password).toBe(false);
    }
  });
});

describe('context-specific words', () => {
  it('draws words from the product, the email local part, the name and the cities', () => {
    expect(contextWords(ada)).toEqual(
      expect.arrayContaining(['concord', 'adalovelace', 'ada', 'lovelace', 'lyon']),
    );
    expect(contextWords({ name: 'Li Na' })).toEqual(['concord', 'lina']);
  });

  it('refuses a password made mostly of those words', () => {
    for (const password of [
      'Concord-2026!',
      'concordconcord',
      'Lovelace1815!!',
      'ada.lovelace.lyon',
      'LYON 69000 LYON',
    ]) {
      expect(isTooPersonal(password, ada), password).toBe(true);
    }
  });

  it('accepts a long phrase that only mentions one of them', () => {
    for (const password of [
      'we plan prevention work in Lyon together',
      'my concord notebook is blue',
    ]) {
      expect(isTooPersonal(password, ada), password).toBe(false);
    }
  });

  it('names the first problem, or none', () => {
    expect(findPasswordProblem('qwerty123456', ada)).toBe('too_common');
    expect(findPasswordProblem('Concord Lyon 69', ada)).toBe('too_personal');
    expect(findPasswordProblem('Kettle-Orbit-Meadow-47', ada)).toBeNull();
  });
});
