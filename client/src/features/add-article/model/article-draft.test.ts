import { describe, expect, it } from 'vitest';
import { checkDraft, EMPTY_DRAFT } from './article-draft';

describe('checkDraft', () => {
  it('sends the text as typed and leaves out empty fields and an automatic language', () => {
    const text = '  Lim said on Friday: "We will respond."\n';
    expect(checkDraft({ ...EMPTY_DRAFT, text, publisher: ' Yonhap ' })).toEqual({
      ok: true,
      request: { text, publisher: 'Yonhap' },
    });
  });

  it('keeps a chosen language and a publication date', () => {
    const check = checkDraft({
      ...EMPTY_DRAFT,
      text: 'ఆయన అన్నారు',
      lang: 'te',
      publishedAt: '2024-06-21',
    });
    expect(check).toEqual({
      ok: true,
      request: { text: 'ఆయన అన్నారు', lang: 'te', publishedAt: '2024-06-21' },
    });
  });

  it('names each field that is wrong', () => {
    const check = checkDraft({ ...EMPTY_DRAFT, text: '   ', url: 'not a url' });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems.map((p) => p.field).sort()).toEqual(['text', 'url']);
    expect(check.problems.find((p) => p.field === 'text')?.message).toBe('must not be empty');
  });
});
