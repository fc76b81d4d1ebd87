import { describe, expect, it } from 'vitest';
import { endpointOrigin, parseFeedbackEndpoint } from '../../../src/feedback/engine/endpoint.ts';

describe('the FEEDBACK_ENDPOINT setting', () => {
  it.each([undefined, '', '   '])('keeps feedback in the browser when it is %j', (value) => {
    expect(parseFeedbackEndpoint(value)).toBeUndefined();
  });

  it('takes a base URL with or without a path, without the trailing slash', () => {
    expect(parseFeedbackEndpoint('https://feedback.example.com/')).toBe('https://feedback.example.com');
    expect(parseFeedbackEndpoint('https://example.com/feedback/')).toBe('https://example.com/feedback');
  });

  it('gives the CSP only the origin', () => {
    expect(endpointOrigin('https://example.com:8443/feedback')).toBe('https://example.com:8443');
  });

  it.each([
    ['not a URL', 'feedback.example.com', /not a URL/],
    ['another scheme', 'javascript:alert(1)', /https:\/\//],
    ['credentials', 'https://user:pw@example.com', /plain base URL/],
    ['a query', 'https://example.com/?x=1', /plain base URL/],
  ])('fails the build with a clear message for %s', (_name, value, message) => {
    expect(() => parseFeedbackEndpoint(value)).toThrow(message);
  });
});
