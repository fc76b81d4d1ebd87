import { describe, expect, it } from 'vitest';
import { normalizePhone } from '../../../../src/contact-check/engine/index.ts';
import { check } from '../registry.ts';

describe('official hotline', () => {
  it.each([
    ['accepts the number as the registry prints it', '+86 400-000-0000'],
    ['accepts the number with a 0086 prefix and dashes', '0086-400-000-0000'],
    ['accepts the number without a country code', '4000000000'],
    ['accepts the number with the area part in brackets', '(400) 000-0000'],
    ['accepts the number typed with full-width digits', '４０００００００００'],
    ['accepts full-width digits, plus sign and spaces from a Chinese input method', '＋８６\u3000４００\u3000０００\u3000００００'],
    ['accepts a bare 86 when twelve digits imply the country code', '864000000000'],
    ['accepts the number grouped with dots', '400.000.0000'],
    ['accepts a tel: link', 'tel:+86-400-000-0000'],
    ['accepts the number with a redundant trunk zero after +86', '+86 (0)400 000 0000'],
    ['accepts the number pasted out of a Chinese sentence', '「400 000 0000」。'],
  ])('%s', (_name, input) => {
    expect(check(input)).toMatchObject({
      kind: 'phone',
      verdict: 'official',
      normalized: '+864000000000',
      channelId: 'hotline',
      reasons: ['official-channel', 'caller-id-can-be-faked'],
    });
  });
});

describe('external references', () => {
  it.each([
    ['names the national anti-fraud line instead of calling it ours', '96110', 'anti-fraud-96110'],
    ['names the anti-fraud line written with +86', '+86 96110', 'anti-fraud-96110'],
    ['names the anti-fraud line typed in full-width digits', '９６１１０', 'anti-fraud-96110'],
    ['names the police emergency number', '110', 'police-110'],
  ])('%s', (_name, input, externalId) => {
    expect(check(input)).toMatchObject({
      kind: 'phone',
      verdict: 'not-official',
      externalId,
      channelId: undefined,
      reasons: ['external-reference', 'caller-id-can-be-faked'],
    });
  });
});

describe('numbers that are not ours', () => {
  const hotline = '+86 400-000-0000';
  it.each([
    ['flags a number one digit off the hotline', '400-000-0001', '+864000000001', ['unknown-number', 'near-miss-number', 'caller-id-can-be-faked'], hotline],
    ['flags the hotline with an extra digit', '400-000-00000', '+8640000000000', ['unknown-number', 'near-miss-number', 'caller-id-can-be-faked'], hotline],
    ['flags the hotline with a digit missing', '400 000 000', '+86400000000', ['unknown-number', 'near-miss-number', 'caller-id-can-be-faked'], hotline],
    ['flags two neighbouring digits swapped', '+86 400-000-0100', '+864000000100', ['unknown-number', 'near-miss-number', 'caller-id-can-be-faked'], hotline],
    ['flags the hotline digits after a foreign country code', '+1 400 000 0000', '+14000000000', ['unknown-number', 'official-number-abroad', 'foreign-number', 'caller-id-can-be-faked'], hotline],
    ['flags the hotline with a trunk 0 it is never dialled with', '0400-000-0000', '+8604000000000', ['unknown-number', 'trunk-zero-added', 'caller-id-can-be-faked'], hotline],
    ['flags another 400 number', '400 123 4567', '+864001234567', ['unknown-number', 'caller-id-can-be-faked'], undefined],
    ['flags a personal mobile number', '+86 138 0000 0000', '+8613800000000', ['unknown-number', 'personal-mobile-number', 'caller-id-can-be-faked'], undefined],
    ['flags a mobile number in full-width digits', '１３８００００００００', '+8613800000000', ['unknown-number', 'personal-mobile-number', 'caller-id-can-be-faked'], undefined],
    ['flags a Shanghai landline', '021-5555-0100', '+862155550100', ['unknown-number', 'caller-id-can-be-faked'], undefined],
    ['flags a foreign number', '+1 (415) 555-0100', '+14155550100', ['unknown-number', 'foreign-number', 'caller-id-can-be-faked'], undefined],
    ['flags a bank-style service number', '95588', '95588', ['unknown-number', 'caller-id-can-be-faked'], undefined],
  ])('%s', (_name, input, normalized, reasons, imitates) => {
    expect(check(input)).toMatchObject({ kind: 'phone', verdict: 'not-official', normalized, reasons, imitates, channelId: undefined });
  });
});

describe('numbers that cannot be read', () => {
  it.each([
    ['rejects two digits', '12'],
    ['rejects more digits than any phone number has', '6222 0000 0000 0000 000'],
    ['rejects a lone plus sign and brackets', '+()'],
  ])('%s', (_name, input) => {
    expect(check(input, 'phone')).toMatchObject({ verdict: 'invalid', normalized: undefined, reasons: ['unparseable', 'caller-id-can-be-faked'] });
  });
});

describe('normalizePhone', () => {
  it.each([
    ['drops the trunk zero of an area code', '010 1234 5678', { normalized: '+861012345678', national: '1012345678', mainland: true, prefix: 'trunk-zero' }],
    ['keeps short service numbers bare', '+86 110', { normalized: '110', national: '110', mainland: true, prefix: 'country-code' }],
    ['does not mistake a national number starting with 86 for a country code', '8612345', { normalized: '+868612345', national: '8612345', mainland: true, prefix: 'none' }],
    ['keeps a foreign country code', '0044 20 7946 0000', { normalized: '+442079460000', national: '442079460000', mainland: false, prefix: 'country-code' }],
  ])('%s', (_name, input, expected) => {
    expect(normalizePhone(input)).toEqual(expected);
  });

  it('returns undefined for text with letters', () => {
    expect(normalizePhone('400-000-CALL')).toBeUndefined();
  });
});
