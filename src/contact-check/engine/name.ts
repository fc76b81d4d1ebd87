/**
 * App publisher and social account verdicts. A match says the name is ours,
 * not that the account or app in front of the reader is: anyone can copy a
 * name, so every name result reminds the reader to check the publisher or the
 * platform's verified badge.
 */
import { editDistance, foldLookalikes, isNearMiss, skeleton, squash } from './lookalike.ts';
import { normalizeName } from './normalize-name.ts';
import { simplifyTraditional } from './traditional.ts';
import type { CompiledRegistry } from './compiled-registry.ts';
import { finding, type Finding } from './result.ts';
import type { ReasonCode, RegistryContact } from './types.ts';

const COPYABLE: ReasonCode = 'names-can-be-copied';

/** "国家反诈中心 app" → "国家反诈中心": the word for "app" after a name (normalized input is lower case). */
const withoutAppWord = (name: string): string => name.replace(/\s*(?:app|客户端|应用)$/u, '');
export function checkName(input: string, registry: CompiledRegistry): Finding {
  const normalized = normalizeName(input);
  if (!/[\p{L}\p{N}]/u.test(normalized)) return finding('invalid', ['unparseable']);
  const channel = registry.names.get(normalized) ?? registry.names.get(normalized.replace(/^@/, ''));
  if (channel) return finding('official', ['official-channel', COPYABLE], { normalized, channelId: channel.id });
  // A public service's app, pasted as people write it: 国家反诈中心, 国家反诈中心 App, 国家反诈中心客户端.
  // Exact names only: "国家反诈中心民警" is someone claiming the name, not the app.
  const external = registry.externalNames.get(normalized) ?? registry.externalNames.get(withoutAppWord(normalized));
  if (external) return finding('not-official', ['external-reference', COPYABLE], { normalized, externalId: external.id });

  // The "@" stays, so "@示例钱包客服" is measured against the Weibo handle before the app name.
  // Traditional characters (示例錢包服務號) spell another account on every platform: compared as simplified, so the imitation is named.
  const read = skeleton(simplifyTraditional(normalized), registry.confusables);
  let closest: { contact: RegistryContact; distance: number; confusable: boolean } | undefined;
  for (const [variant, contact] of registry.names) {
    const official = skeleton(variant, registry.confusables);
    // Unicode reads Cyrillic "ӏ" as "i"; folding i, l and 1 together as well makes it read as "l" too.
    const folded = foldLookalikes(read);
    const confusable = official === read || official === read.replace(/^@/, '') || foldLookalikes(official) === folded || foldLookalikes(official) === folded.replace(/^@/, '');
    const [shortRead, shortOfficial] = [squash(read), squash(official)];
    // Equal only without the "@": the handle is a closer match than the name.
    const distance = confusable ? (official === read || foldLookalikes(official) === folded ? 0 : 1) : editDistance(read, official);
    const resembles =
      confusable ||
      shortRead === shortOfficial ||
      isNearMiss(read, official) ||
      // Words added or left out: "示例钱包_official", "Example Wallet Tech Co., Ltd."
      (Math.min([...shortRead].length, [...shortOfficial].length) >= 4 && (shortRead.includes(shortOfficial) || shortOfficial.includes(shortRead))) ||
      // A long name with a word swapped or added ("示例钱包信息技术有限公司"): a third of it may differ.
      (official.length >= 8 && distance <= Math.floor(official.length / 3));
    if (!resembles) continue;
    if (!closest || distance < closest.distance) closest = { contact, distance, confusable };
  }
  if (!closest) return finding('not-official', ['unknown-name', COPYABLE], { normalized });
  // Written with other characters that read the same (compatibility forms, other scripts): look-alike characters, not a typo.
  const lookalike = closest.confusable || normalized !== normalized.normalize('NFKC').toLowerCase() || simplifyTraditional(normalized) !== normalized;
  const reasons: ReasonCode[] = ['unknown-name', lookalike ? 'confusable-characters' : 'name-imitates-official', COPYABLE];
  return finding('not-official', reasons, { normalized, imitates: closest.contact.value, imitatesChannelId: closest.contact.id });
}
