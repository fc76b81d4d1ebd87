/**
 * Phone verdicts. Only the exact official number is official, and even then
 * the caller may not be us: caller ID is trivially faked, so every phone
 * result tells the reader to hang up and open the app themselves.
 */
import { editDistance } from './lookalike.ts';
import { isMobileNumber, normalizePhone, revealDisguisedDigits } from './normalize-phone.ts';
import type { CompiledRegistry } from './compiled-registry.ts';
import { finding, type Finding } from './result.ts';
import type { ReasonCode, RegistryContact } from './types.ts';

const CALLER_ID: ReasonCode = 'caller-id-can-be-faked';
/** Zero-width characters between digits ("400\u200B-000-0000"): a keypad ignores them, a genuine copy never has them. */
const HIDDEN_INSIDE = /[0-9\uFF10-\uFF19][^0-9\uFF10-\uFF19]*[\u200B-\u200D\u2060\uFEFF][^0-9\uFF10-\uFF19]*[0-9\uFF10-\uFF19]/;

export function checkPhone(input: string, registry: CompiledRegistry): Finding {
  const written = normalizePhone(input);
  // Letters or Chinese numerals for digits: never ours, whatever number they spell.
  const phone = written ?? normalizePhone(revealDisguisedDigits(input));
  if (!phone) return finding('invalid', ['unparseable', CALLER_ID]);
  const normalized = phone.normalized;
  if (!written) {
    const imitated = [...registry.phones.values()].find((official) => {
      const national = normalizePhone(official.value)?.national ?? '';
      return phone.national === national || (national.length >= 7 && editDistance(phone.national, national) === 1);
    });
    return finding('not-official', ['disguised-digits', CALLER_ID], { normalized, imitates: imitated?.value, imitatesChannelId: imitated?.id });
  }
  const channel = registry.phones.get(normalized);
  // Scam texts carry these to slip past spam filters; an official number with them is not the way we write it.
  const hidden = HIDDEN_INSIDE.test(input);
  if (channel && hidden) return finding('not-official', ['hidden-characters', CALLER_ID], { normalized, imitates: channel.value, imitatesChannelId: channel.id });
  if (channel) return finding('official', ['official-channel', CALLER_ID], { normalized, channelId: channel.id });
  const external = registry.externalPhones.get(normalized);
  if (external) return finding('not-official', ['external-reference', CALLER_ID], { normalized, externalId: external.id });

  const reasons: ReasonCode[] = hidden ? ['hidden-characters', 'unknown-number'] : ['unknown-number'];
  let imitated: RegistryContact | undefined;
  // The official digits with one to three digits in front: another country code (+852 400…) or an added 0.
  for (const official of registry.phones.values()) {
    const national = normalizePhone(official.value)?.national ?? '';
    const extra = phone.national.length - national.length;
    if (national.length >= 5 && extra >= 1 && extra <= 3 && phone.national.endsWith(national)) {
      reasons.push(phone.mainland ? 'trunk-zero-added' : 'official-number-abroad');
      imitated = official;
      break;
    }
  }
  // Another country's code says more than a one-digit difference in what follows it.
  if (!phone.mainland) reasons.push('foreign-number');
  if (!imitated) {
    // One digit off two of ours (+86 20-0000-0000 is one off the hotline's digits and the callback line's):
    // the one it shares the longer start with, which is what the eye compares.
    const shared = (a: string, b: string): number => [...a].findIndex((char, index) => char !== b[index]);
    const nearMisses = [...registry.phones.values()]
      .map((official) => ({ official, national: normalizePhone(official.value)?.national ?? '' }))
      // Two digits changed at the end of a long number ("400-000-0099") still passes a glance that reads the start.
      .filter(({ national }) => national.length >= 7 && (editDistance(phone.national, national) === 1 || (national.length >= 10 && phone.national.length === national.length && phone.national.slice(0, 6) === national.slice(0, 6) && editDistance(phone.national, national) === 2)))
      .sort((a, b) => shared(b.national, phone.national) - shared(a.national, phone.national));
    if (nearMisses[0]) {
      reasons.push('near-miss-number');
      imitated = nearMisses[0].official;
    }
  }
  if (isMobileNumber(phone)) reasons.push('personal-mobile-number');
  reasons.push(CALLER_ID);
  return finding('not-official', reasons, { normalized, imitates: imitated?.value, imitatesChannelId: imitated?.id });
}
