/**
 * The "Is this really official support?" checker: a pure engine (no DOM, no
 * Node APIs, no dependencies) that the /verify page bundles for the browser
 * and the content lint runs at build time.
 *
 * Checking a pasted text (what the /verify page does)
 *   const checkText = createTextChecker(registry); // once
 *   await checkText('客服 400-000-0000，退款请点 examp1e.com') // → TextCheck { input, verdict, parts, imitatesChannelId }
 *   Every contact detail in the text is a part (a ContactCheck); the verdict is the worst part's.
 *   Texts longer than MAX_INPUT_LENGTH are 'invalid' with reason 'too-long'. Unicode's confusables
 *   table and the address-list parser are imported on first need (non-ASCII letters, an "@").
 *
 * Checking one contact detail
 *   const check = createContactChecker(registry, { confusables }); // once; registry = ContactRegistry from content/contacts.yaml,
 *                                                 // or any CheckerRegistry (webDomains, emailDomains, channels,
 *                                                 // externalReferences with id/type/value)
 *   check('+86 400-000-0000')  // → ContactCheck
 *   check('example.com', 'web') // optional kind skips detection
 *   checkContact(input, registry, kind?) does the same in one call.
 *
 * A ContactCheck is { input, kind, verdict, normalized, channelId, externalId, imitates, reasons }:
 *   kind        'phone' | 'email' | 'web' | 'name', detected from the text (undefined when empty)
 *   verdict     'official' | 'not-official' | 'invalid'
 *   normalized  comparable form: '+864000000000', '96110', 'support@example.com', 'example.com' (the real host)
 *   channelId   the registry channel matched (official only)
 *   externalId  the externalReferences entry matched, e.g. 'anti-fraud-96110' (verdict 'not-official',
 *               reason 'external-reference': a safe public line that is not the wallet; show its label/notes)
 *   imitates    what a lookalike imitates: an official domain ('example.com') or number/name as printed
 *   imitatesChannelId  the registry channel it imitates ('website', 'hotline', 'app-name' …)
 *   reasons     ReasonCode[] (see REASON_CODES in types.ts), most important first; never prose: the UI
 *               translates each code. Phone results always include 'caller-id-can-be-faked', name results
 *               'names-can-be-copied'.
 *
 * The "what did they ask you for?" checklist
 *   SCAM_CHECKLIST lists the items ({ id, risky }) in display order;
 *   assessRequests(tickedIds) → { scam, reasons } where reasons are the risky ids ticked.
 *
 * Lower-level pieces used by the content lint: detectKind, normalizePhone, findContactDetails.
 */
export {
  createContactChecker,
  createTextChecker,
  type ContactChecker,
  type TextCheck,
  type TextChecker,
} from './check-contact.ts';
export { loadConfusables, needsConfusables } from './lookalike.ts';
export type { ConfusableTable } from './confusables.ts';
export { detectKind } from './detect-kind.ts';
export { findContactDetails, type FoundContactDetail } from './find-contact-details.ts';
export { normalizePhone, type PhoneNumber } from './normalize-phone.ts';
export { assessRequests, SCAM_CHECKLIST, type ChecklistItemId, type ChecklistResult, type RiskyItemId } from './scam-checklist.ts';
export {
  CONTACT_KINDS,
  MAX_INPUT_LENGTH,
  REASON_CODES,
  VERDICTS,
  type CheckerRegistry,
  type ContactCheck,
  type ContactKind,
  type TextVerdict,
  type ReasonCode,
  type RegistryContact,
  type Verdict,
} from './types.ts';
