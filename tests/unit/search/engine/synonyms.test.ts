import { describe, expect, it } from 'vitest';
import { synonymVariants } from '../../../../src/search/engine/synonyms.ts';

const zh = [['错误', '错'], ['账户', '账号'], ['人工客服', '客服', '官方客服']];
const en = [['suspended', 'frozen', 'limited'], ['support number', 'hotline']];

describe('synonymVariants', () => {
  it('replaces a Chinese term inside a phrase without word boundaries', () => {
    expect(synonymVariants('转账到错误账户', zh, 'zh-CN')).toContain('转账到错账户');
    expect(synonymVariants('转账到错误账户', zh, 'zh-CN')).toContain('转账到错误账号');
  });

  it('prefers the longest matching member of a group', () => {
    expect(synonymVariants('找人工客服', zh, 'zh-CN').sort()).toEqual(['找官方客服', '找客服'].sort());
  });

  it('replaces English whole words and phrases only', () => {
    expect(synonymVariants('account suspended', en, 'en').sort()).toEqual(['account frozen', 'account limited']);
    expect(synonymVariants('fake support number', en, 'en')).toEqual(['fake hotline']);
    expect(synonymVariants('unsuspendedness', en, 'en')).toEqual([]);
  });

  it('takes variants from each matching group in turn, so a large group does not crowd out the others', () => {
    const groups = [['blocked', 'frozen', 'suspended', 'locked', 'banned'], ['sms', 'text']];
    expect(synonymVariants('sms saying my account is blocked', groups, 'en', 2).sort()).toEqual(['sms saying my account is suspended', 'text saying my account is blocked']);
  });

  it('stops at the limit', () => {
    expect(synonymVariants('转账到错误账户找人工客服', zh, 'zh-CN', 2)).toHaveLength(2);
  });
});
