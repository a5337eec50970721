import { describe, expect, it } from 'vitest';
import { omittedNotice } from './omitted-notice';

describe('omittedNotice', () => {
  it('says nothing when the preview lists every fact', () => {
    expect(omittedNotice(undefined)).toBeNull();
    expect(omittedNotice({ statements: 0, meetings: 0, ambiguities: 0 })).toBeNull();
  });

  it('counts what was left out, by kind, and says it will not be written', () => {
    const notice = omittedNotice({ statements: 1234, meetings: 1, ambiguities: 0 });
    expect(notice).toContain('1,234 more statements and 1 more meeting were found');
    expect(notice).toContain('will not be written');
  });
});
