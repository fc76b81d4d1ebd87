import { domainToUnicode } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHost } from '../../../../src/contact-check/engine/domain.ts';
import { CONFUSABLES } from '../../../../src/contact-check/engine/confusables.ts';
import { editDistance, findImitation, foldLookalikes, skeleton } from '../../../../src/contact-check/engine/lookalike.ts';
import { decodePunycode, hostToUnicode } from '../../../../src/contact-check/engine/punycode.ts';

describe('skeleton and folding', () => {
  it.each([
    ['reads Cyrillic look-alikes as Latin', '\u0435\u0445\u0430m\u0440l\u0435', 'example'],
    ['reads Greek look-alikes as Latin', '\u03B1\u03BF\u03BD', 'aov'],
    ['drops accents', 'ex\u00E1mpl\u00EB', 'example'],
    ['reads full-width letters as ASCII', '\uFF25\uFF38\uFF21\uFF2D\uFF30\uFF2C\uFF25', 'example'],
    ['reads mathematical bold letters as ASCII', '\u{1D41E}\u{1D431}', 'ex'],
    ['reads a Kangxi radical as the character it is drawn like', '\u2F70例', '示例'],
    ['reads a CJK compatibility ideograph as the unified one', '\uF9B5', '例'],
  ])('%s', (_name, input, expected) => {
    expect(skeleton(input, CONFUSABLES)).toBe(expected);
  });

  it.each([
    ['folds vv into w', 'vvallet', 'wallet'],
    ['folds 0 into o', 'wall0t', 'wallot'],
    ['folds rn into m', 'rnoney', 'money'],
    ['folds 1, i and l together', 'l1i', 'lll'],
  ])('%s', (_name, input, expected) => {
    expect(foldLookalikes(input)).toBe(expected);
  });
});

describe('editDistance', () => {
  it.each([
    ['counts a substitution', 'example', 'exampie', 1],
    ['counts a swap of neighbours as one edit', 'example', 'exmaple', 1],
    ['counts an insertion and a deletion', 'example', 'exampl', 1],
    ['counts nothing for equal text', 'example', 'example', 0],
  ])('%s', (_name, a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});

describe('findImitation against a brand other than example.com', () => {
  const imitation = (host: string) => {
    const parsed = parseHost(host);
    if (!parsed) throw new Error(`unparseable test host ${host}`);
    return findImitation(parsed, ['wallet.com']);
  };
  it.each([
    ['flags vv written for w', 'vvallet.com', ['character-swap']],
    ['flags a zero written for o in a longer name', 'wa11et.com', ['character-swap']],
    ['flags our label moved into a subdomain', 'wallet.login-help.top', ['official-name-as-subdomain']],
  ])('%s', (_name, host, reasons) => {
    expect(imitation(host)).toEqual({ reasons, imitates: 'wallet.com' });
  });
});

describe('punycode', () => {
  it.each(['xn--exmple-4nf.com', 'xn--fsqq8fl29bu7w.com', 'xn--mle-5cdy2e6a.com', 'example.xn--cm-jbc', 'xn--exmple-qta.com'])(
    'decodes %s the same way Node does',
    (host) => {
      expect(hostToUnicode(host)).toBe(domainToUnicode(host));
    },
  );

  it('rejects a label that is not valid punycode', () => {
    expect(decodePunycode('zz')).toBeUndefined();
  });
});
