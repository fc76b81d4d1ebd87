import { describe, expect, it } from 'vitest';
import { assessRequests, SCAM_CHECKLIST } from '../../../../src/contact-check/engine/index.ts';

describe('assessRequests', () => {
  it.each([
    ['calls a request for a verification code a scam', ['verification-code'], true, ['verification-code']],
    ['calls a request for the password or PIN a scam', ['password-or-pin'], true, ['password-or-pin']],
    ['calls a request to share the screen a scam', ['screen-sharing'], true, ['screen-sharing']],
    ['calls a "safe account" a scam', ['safe-account'], true, ['safe-account']],
    ['calls a test payment a scam', ['test-payment'], true, ['test-payment']],
    ['calls gift cards a scam', ['gift-cards'], true, ['gift-cards']],
    ['calls moving to a personal chat a scam', ['personal-chat'], true, ['personal-chat']],
    ['calls a fee to unfreeze the account a scam', ['unfreeze-fee'], true, ['unfreeze-fee']],
    ['lists several risky requests in checklist order, once each', ['safe-account', 'verification-code', 'safe-account'], true, ['verification-code', 'safe-account']],
    ['lets a risky tick win over "nothing of these"', ['nothing-of-these', 'gift-cards'], true, ['gift-cards']],
    ['does not call "nothing of these" a scam', ['nothing-of-these'], false, []],
    ['does not call a question about the transaction a scam', ['transaction-details'], false, []],
    ['does not call an empty checklist a scam', [], false, []],
    ['ignores ids it does not know', ['made-up'], false, []],
  ])('%s', (_name, ticked, scam, reasons) => {
    expect(assessRequests(ticked)).toEqual({ scam, reasons });
  });

  it('keeps every "never ask" item of the site notice on the risky side', () => {
    const risky = SCAM_CHECKLIST.filter((item) => item.risky).map((item) => item.id);
    expect(risky).toEqual(expect.arrayContaining(['verification-code', 'password-or-pin', 'card-details', 'screen-sharing', 'safe-account', 'test-payment', 'unfreeze-fee', 'gift-cards', 'personal-chat']));
  });
});
