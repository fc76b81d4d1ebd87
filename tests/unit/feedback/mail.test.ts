import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeMail, encodeMailValue, withDetails } from '../../../src/feedback/ui/mail.ts';

const parts = {
  address: 'support@example.com',
  subject: '帮助中心反馈：付款失败 & 扣款 #2',
  head: '页面：付款失败 & 扣款 #2\nhttps://help.example.com/zh-cn/articles/transaction-failed/',
  hint: '（不要填写密码、验证码或银行卡号。）',
};

/** What a mail client reads: the query of the URL the browser follows. */
const fields = (href: string): { to: string; subject: string | null; body: string | null } => {
  const url = new URL(href);
  const query = new Map(url.search.slice(1).split('&').map((pair) => {
    const [key = '', value = ''] = pair.split('=');
    return [key, decodeURIComponent(value)] as const;
  }));
  return { to: url.pathname, subject: query.get('subject') ?? null, body: query.get('body') ?? null };
};

describe('the "tell us more" e-mail link', () => {
  it('carries the subject, the page and the reminder, with "&" and "#" in a title not cutting them short', () => {
    expect(fields(composeMail(parts))).toEqual({ to: 'support@example.com', subject: parts.subject, body: `${parts.head}\n\n${parts.hint}\n` });
  });

  it('keeps Chinese as it is instead of tripling it into percent escapes', () => {
    const href = composeMail(parts);
    expect(href).toContain('帮助中心反馈：付款失败');
    expect(href).not.toMatch(/%E[0-9A-F]/);
  });

  it('escapes "+", spaces and line breaks, which mail clients would otherwise misread', () => {
    expect(encodeMailValue('a+b c\nd%')).toBe('a%2Bb%20c%0Ad%25');
  });

  it('decodes back to the text for any text, emoji and lone controls included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => decodeURIComponent(encodeMailValue(text)) === text));
  });

  it('adds the reason and the comment under the page, above the reminder', () => {
    const href = withDetails(composeMail(parts), ['原因：看不懂', '补充：第 3 步 & 第 4 步 #']);
    expect(fields(href).body).toBe(`${parts.head}\n原因：看不懂\n补充：第 3 步 & 第 4 步 #\n\n${parts.hint}\n`);
    expect(fields(href).subject).toBe(parts.subject);
  });

  it('leaves the link as it is when there is nothing to add', () => {
    expect(withDetails(composeMail(parts), [])).toBe(composeMail(parts));
  });

  it('handles a 100 KB comment', () => {
    const comment = '步骤看不懂 & '.repeat(10_000);
    expect(fields(withDetails(composeMail(parts), [comment])).body).toContain(comment);
  });
});
