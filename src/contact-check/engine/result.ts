/** Builds the verdict part of a ContactCheck, so each checker states only what it knows. */
import type { ContactCheck, ReasonCode, Verdict } from './types.ts';

export type Finding = Omit<ContactCheck, 'input' | 'kind'>;
type Details = Partial<Pick<Finding, 'normalized' | 'channelId' | 'externalId' | 'imitates' | 'imitatesChannelId'>>;

export function finding(verdict: Verdict, reasons: ReasonCode[], details: Details = {}): Finding {
  return {
    verdict,
    normalized: details.normalized,
    channelId: details.channelId,
    externalId: details.externalId,
    imitates: details.imitates,
    imitatesChannelId: details.imitatesChannelId,
    reasons,
  };
}
