/**
 * "What did they ask you for?" Official support never asks for any of the
 * risky items (the same list as the site's "never ask" notice), so one tick is
 * enough to call it a scam. The harmless items are there so a reader who was
 * asked for nothing alarming can say so and get a calm answer.
 */
export const SCAM_CHECKLIST = [
  { id: 'verification-code', risky: true },
  { id: 'password-or-pin', risky: true },
  { id: 'card-details', risky: true }, // full card number, expiry date or CVV
  { id: 'screen-sharing', risky: true }, // screen-sharing, remote-control or "meeting" apps
  { id: 'safe-account', risky: true }, // move money to a "safe account"
  { id: 'test-payment', risky: true }, // a "verification" or "test" transfer
  { id: 'unfreeze-fee', risky: true }, // an "unfreeze fee", deposit (保证金) or processing fee before a refund or withdrawal
  { id: 'gift-cards', risky: true }, // gift or top-up cards to "unfreeze" or "refund"
  { id: 'personal-chat', risky: true }, // continue on a personal WeChat, QQ or other chat app
  { id: 'open-link-or-install-app', risky: true }, // a link or app they sent, not one from the official list
  { id: 'transaction-details', risky: false }, // time, amount or transaction number: support may ask for these
  { id: 'nothing-of-these', risky: false },
] as const;

export type ChecklistItemId = (typeof SCAM_CHECKLIST)[number]['id'];
export type RiskyItemId = Extract<(typeof SCAM_CHECKLIST)[number], { risky: true }>['id'];

export interface ChecklistResult {
  /** true as soon as one risky item is ticked, whatever else is. */
  scam: boolean;
  /** The risky items ticked, in checklist order, each once. */
  reasons: RiskyItemId[];
}

const isRisky = (item: (typeof SCAM_CHECKLIST)[number]): item is Extract<(typeof SCAM_CHECKLIST)[number], { risky: true }> => item.risky;

/** Takes the ids of the ticked boxes (form values are plain strings; unknown ids are ignored). */
export function assessRequests(ticked: Iterable<string>): ChecklistResult {
  const chosen = new Set(ticked);
  const reasons = SCAM_CHECKLIST.filter(isRisky).filter((item) => chosen.has(item.id)).map((item) => item.id);
  return { scam: reasons.length > 0, reasons };
}
