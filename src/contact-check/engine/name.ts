/**
 * App publisher and social account verdicts. A match says the name is ours,
 * not that the account or app in front of the reader is: anyone can copy a
 * name, so every name result reminds the reader to check the publisher or the
 * platform's verified badge.
 */
import { editDistance, isNearMiss, skeleton } from './lookalike.ts';
import { normalizeName } from './normalize-name.ts';
import type { CompiledRegistry } from './registry.ts';
import { finding, type Finding } from './result.ts';
import type { ReasonCode, RegistryContact } from './types.ts';

const COPYABLE: ReasonCode = 'names-can-be-copied';
/** Without spaces, punctuation and symbols: "Example Wallet Technology Co Ltd" is ours with the dots taken out. */
const squash = (name: string): string => name.replace(/[\p{P}\p{S}\s]/gu, '');

export function checkName(input: string, registry: CompiledRegistry): Finding {
  const normalized = normalizeName(input);
  if (!/[\p{L}\p{N}]/u.test(normalized)) return finding('invalid', ['unparseable']);
  const channel = registry.names.get(normalized) ?? registry.names.get(normalized.replace(/^@/, ''));
  if (channel) return finding('official', ['official-channel', COPYABLE], { normalized, channelId: channel.id });

  const read = skeleton(normalized.replace(/^@/, ''));
  let closest: { contact: RegistryContact; distance: number; confusable: boolean } | undefined;
  for (const [variant, contact] of registry.names) {
    const official = skeleton(variant);
    const confusable = official === read;
    const resembles =
      confusable ||
      squash(read) === squash(official) ||
      isNearMiss(read, official) ||
      (Math.min(read.length, official.length) >= 3 && (read.includes(official) || official.includes(read)));
    if (!resembles) continue;
    const distance = confusable ? 0 : editDistance(read, official);
    if (!closest || distance < closest.distance) closest = { contact, distance, confusable };
  }
  if (!closest) return finding('not-official', ['unknown-name', COPYABLE], { normalized });
  const reasons: ReasonCode[] = ['unknown-name', closest.confusable ? 'confusable-characters' : 'name-imitates-official', COPYABLE];
  return finding('not-official', reasons, { normalized, imitates: closest.contact.value });
}
