/**
 * What the /verify page says about one check: a headline, the facts a screen
 * reader announces with it, one paragraph per reason code and the next steps,
 * in the page's language. Pure (no DOM), so every verdict's wording is
 * unit-tested; verify-page.ts only turns the result into elements.
 */
import type { ContactCheck, ReasonCode, TextCheck, TextVerdict, Verdict } from '../engine/index.ts';
import { MAX_INPUT_LENGTH } from '../engine/types.ts';
import type { VerifyData, VerifyLink } from './verify-data.ts';

/**
 * The look of a verdict. Never shown by colour alone: each tone has its own icon and badge word.
 * `caution` is an official phone number: ours, but a call showing it may not be.
 */
export type Tone = 'ok' | 'caution' | 'danger' | 'info' | 'unknown';

export interface VerdictReason {
  code: ReasonCode;
  text: string;
  /** A caution that holds even for an official match (caller ID, copied names). */
  warning: boolean;
}

export interface VerdictStep {
  text: string;
  link?: VerifyLink | undefined;
}

export interface VerdictView {
  verdict: Verdict;
  tone: Tone;
  badge: string;
  headline: string;
  /** Announced together with the headline: the first reason and, for a lookalike, what it imitates. */
  lead: string[];
  /** The remaining reasons, in the checker's order (most important first). */
  reasons: VerdictReason[];
  steps: VerdictStep[];
}

const WARNINGS: ReadonlySet<ReasonCode> = new Set<ReasonCode>(['caller-id-can-be-faked', 'names-can-be-copied', 'sender-can-be-faked']);

/** Fills {name} placeholders; a value the check did not produce becomes empty rather than showing the braces. */
export function fill(template: string, values: Readonly<Record<string, string | undefined>>): string {
  return template.replace(/\{(\w+)\}/g, (_whole, name: string) => values[name] ?? '').trim();
}

/** The domain an e-mail or web result belongs to: what the reader should look at. */
function hostOf(check: ContactCheck): string {
  const normalized = check.normalized ?? check.input.trim();
  return check.kind === 'email' ? normalized.slice(normalized.lastIndexOf('@') + 1) : normalized;
}

export function describeCheck(check: ContactCheck, data: VerifyData): VerdictView {
  const { text, registry, links } = data;
  const channel = registry.channels.find((candidate) => candidate.id === check.channelId);
  const external = registry.externalReferences.find((candidate) => candidate.id === check.externalId);
  const matched = channel ?? external;
  const values = {
    brand: data.brand,
    label: matched?.label,
    value: matched?.value,
    notes: external?.notes,
    host: hostOf(check),
    imitates: check.imitates,
    emailDomains: new Intl.ListFormat(data.locale, { type: 'disjunction' }).format(registry.emailDomains.map((domain) => `@${domain}`)),
    max: String(MAX_INPUT_LENGTH),
  };
  const say = (template: string): string => fill(template, values);
  const [first, ...reasons] = check.reasons.map((code): VerdictReason => ({ code, text: say(text.reasons[code]), warning: WARNINGS.has(code) }));
  const lead = [...(first ? [first.text] : []), ...(check.imitates === undefined ? [] : [say(text.imitates)])];
  const step = (template: string, link?: VerifyLink): VerdictStep => ({ text: say(template), link });
  const phone = check.kind === 'phone';
  // One instruction for every phone verdict, official or not: hang up and open the app yourself.
  const hangUp = phone ? [step(text.steps.hangUp)] : [];

  if (check.verdict === 'official') {
    const headline = phone ? text.headline.officialPhone : check.kind === 'name' ? text.headline.officialName : text.headline.official;
    const typeItYourself = check.kind === 'email' || check.kind === 'web' ? [step(text.steps.typeItYourself)] : [];
    return {
      verdict: 'official', tone: phone ? 'caution' : 'ok', badge: text.badge.official, headline: say(headline), lead, reasons,
      steps: [...hangUp, ...typeItYourself, step(text.steps.neverShare)],
    };
  }
  if (check.verdict === 'not-official' && external) {
    return {
      verdict: 'not-official', tone: 'info', badge: text.badge.external, headline: say(text.headline.external), lead, reasons,
      steps: [step(text.steps.useOfficial, links.officialList)],
    };
  }
  if (check.verdict === 'not-official') {
    return {
      verdict: 'not-official', tone: 'danger', badge: text.badge.notOfficial, headline: say(text.headline.notOfficial), lead, reasons,
      steps: [
        step(text.steps.stop),
        ...(phone ? hangUp : [step(text.steps.useOfficial, links.officialList)]),
        step(text.steps.alreadyActed, links.scammed),
        step(text.steps.report, links.report),
      ],
    };
  }
  const empty = check.reasons[0] === 'empty';
  return {
    verdict: 'invalid', tone: 'unknown', badge: text.badge.invalid, headline: say(empty ? text.headline.empty : text.headline.invalid), lead, reasons,
    steps: [...(empty ? [] : [step(text.steps.pasteWhole)]), ...hangUp, step(text.steps.compare, links.officialList)],
  };
}

/** One contact detail of a pasted text, as the page lists it. */
export interface PartView {
  input: string;
  verdict: Verdict;
  tone: Tone;
  badge: string;
  headline: string;
  /** The channel it imitates (data-imitates), if any. */
  imitates: string | undefined;
}

export interface TextView extends Omit<VerdictView, 'verdict'> {
  /** The page's data-verdict: "official-contacts" for a message whose contact details are all ours. */
  verdict: TextVerdict;
  /** The channel the text imitates, for data-imitates. */
  imitates: string | undefined;
  /** Every detail found; shown as a list when there is more than one. */
  parts: PartView[];
  /** The sentence above that list. */
  partsIntro: string;
}

/**
 * The page's answer for a whole text: the verdict of its worst part (the first one that imitates
 * a channel, if several are equally bad) in full, then one line per part.
 */
export function describeText(result: TextCheck, data: VerifyData): TextView {
  const worst = result.parts.filter((part) => part.verdict === result.verdict);
  const main = describeCheck(worst.find((part) => part.imitatesChannelId !== undefined) ?? worst[0] ?? result.parts[0], data);
  const parts = result.parts.map((part): PartView => {
    const view = describeCheck(part, data);
    return { input: part.input.trim(), verdict: part.verdict, tone: view.tone, badge: view.badge, headline: view.headline, imitates: part.imitatesChannelId };
  });
  const partsIntro = fill(data.text.parts, { count: String(parts.length) });
  if (result.verdict === 'official-contacts') {
    // Ours, every one of them, and still no proof: a scam message copies our real numbers to borrow trust.
    const say = (template: string): string => fill(template, { brand: data.brand });
    const hangUp = result.parts.some((part) => part.kind === 'phone') ? [{ text: say(data.text.steps.hangUp) }] : [];
    return {
      verdict: 'official-contacts', tone: 'caution', badge: data.text.badge.officialContacts, headline: say(data.text.headline.officialContacts),
      lead: [say(data.text.messageLead)], reasons: [], steps: [...hangUp, { text: say(data.text.steps.typeItYourself) }, { text: say(data.text.steps.neverShare) }],
      imitates: undefined, parts, partsIntro,
    };
  }
  return { ...main, verdict: result.verdict, imitates: result.imitatesChannelId, parts, partsIntro };
}
