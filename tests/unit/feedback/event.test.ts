import { describe, expect, it } from 'vitest';
import { feedbackEventSchema } from '../../../src/feedback/engine/event.ts';

const vote = { type: 'vote', locale: 'zh-CN', target: 'article', slug: 'forgot-password', vote: 'no' };

describe('the feedback event schema', () => {
  it.each<[string, unknown]>([
    ['a yes vote', { ...vote, vote: 'yes' }],
    ['a no vote with a reason and a comment', { ...vote, reason: 'out-of-date', comment: '按钮位置变了' }],
    ['a vote on a troubleshooter outcome', { ...vote, target: 'outcome', slug: 'payment-failed/charged-twice' }],
    ['a zero-result search', { type: 'search-miss', locale: 'en', query: 'refund crypto' }],
  ])('accepts %s', (_name, event) => {
    expect(feedbackEventSchema.safeParse(event).success).toBe(true);
  });

  it.each<[string, unknown]>([
    ['an unknown event type', { ...vote, type: 'click' }],
    ['a locale the site does not have', { ...vote, locale: 'fr' }],
    ['a vote that is neither yes nor no', { ...vote, vote: 'maybe' }],
    ['a vote given as a boolean', { ...vote, vote: true }],
    ['a reason that is not in the list', { ...vote, reason: 'too-long' }],
    ['a reason with a yes vote', { ...vote, vote: 'yes', reason: 'out-of-date' }],
    ['a comment with a yes vote', { ...vote, vote: 'yes', comment: 'great' }],
    ['an identifier smuggled in as an extra field', { ...vote, clientId: 'abc-123' }],
    ['a slug that climbs out of the site', { ...vote, slug: '../../etc/passwd' }],
    ['a slug with upper case', { ...vote, slug: 'Forgot-Password' }],
    ['a comment over 1000 characters', { ...vote, comment: 'x'.repeat(1001) }],
    ['an empty query', { type: 'search-miss', locale: 'en', query: '' }],
    ['a query over 100 characters', { type: 'search-miss', locale: 'en', query: 'q'.repeat(101) }],
    ['a search with a page slug', { type: 'search-miss', locale: 'en', query: 'x', slug: 'forgot-password' }],
    ['an array', [vote]],
    ['null', null],
  ])('refuses %s', (_name, event) => {
    expect(feedbackEventSchema.safeParse(event).success).toBe(false);
  });
});
