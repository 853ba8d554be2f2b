import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.js';
import { asAnswerError, NARRATIVE_MAX, parseChapterText } from './narrative-store.js';

describe('parseChapterText', () => {
  it('treats empty text as no text, so nothing is sent over a chapter never written', () => {
    expect(parseChapterText('context', '')).toEqual({ value: undefined, problems: [] });
  });

  it('keeps the text exactly as typed, markup included', () => {
    const text = '## Heading\n\n<script>alert(1)</script>';
    expect(parseChapterText('annex', text)).toEqual({ value: text, problems: [] });
  });

  it('refuses text past the server limit with the limit in the message', () => {
    const parsed = parseChapterText('context', 'x'.repeat(NARRATIVE_MAX + 1));
    expect(parsed?.problems).toEqual([
      { path: '', messageId: 'documents.narrative.tooLong', values: { max: NARRATIVE_MAX } },
    ]);
  });

  it('ignores keys that are not chapters and drafts that are not text (old or foreign storage)', () => {
    expect(parseChapterText('strategy:mandate:q:source', 'text')).toBeNull();
    expect(parseChapterText('context', ['a'])).toBeNull();
  });
});

describe('asAnswerError', () => {
  const chapter = {
    chapterKey: 'context',
    text: 'Saved by a colleague',
    revision: 4,
    updatedBy: { userId: 'u2', name: 'Sara' },
    updatedAt: '2026-11-28T10:00:00.000Z',
  };
  const conflict = (details: Record<string, unknown>) =>
    new ApiError({ status: 409, code: 'conflict', message: 'Conflict', details });

  it('turns a chapter clash into the answer shape the autosave queue understands', () => {
    const error = asAnswerError(conflict({ code: 'conflict', current: chapter, yours: 'Mine' }));
    expect(error).toMatchObject({
      code: 'conflict',
      details: {
        current: {
          value: 'Saved by a colleague',
          revision: 4,
          updatedBy: { userId: 'u2', name: 'Sara' },
          updatedAt: '2026-11-28T10:00:00.000Z',
        },
      },
    });
  });

  it('reads an emptied chapter as a cleared answer', () => {
    const error = asAnswerError(conflict({ code: 'conflict', current: { ...chapter, text: '' } }));
    expect(error).toMatchObject({ code: 'conflict', details: { current: { value: null } } });
  });

  it('makes a locked strategy a refusal, not a clash with a person (the typing stays on the device)', () => {
    const error = asAnswerError(conflict({ code: 'locked', lock: { versionId: 'v1' } }));
    expect(error).toMatchObject({ status: 403, code: 'forbidden' });
  });

  it('makes an archived strategy (a 409 without the chapter) a refusal too', () => {
    expect(asAnswerError(conflict({ code: 'conflict' }))).toMatchObject({ code: 'forbidden' });
  });

  it('passes every other failure through unchanged', () => {
    const offline = new ApiError({ status: 0, code: 'network', message: 'offline' });
    expect(asAnswerError(offline)).toBe(offline);
  });
});
