/** The one entry point: detect what was pasted and hand it to the checker for that kind. */
import { detectKind } from './detect-kind.ts';
import { findContactDetails } from './find-contact-details.ts';
import { checkEmail } from './email.ts';
import { checkName } from './name.ts';
import { checkPhone } from './phone.ts';
import { compileRegistry, type CompiledRegistry } from './registry.ts';
import { finding, type Finding } from './result.ts';
import type { CheckerRegistry, ContactCheck, ContactKind } from './types.ts';
import { unwrapPasted } from './unwrap-pasted.ts';
import { checkWebAddress } from './web-address.ts';

const CHECKERS: Record<ContactKind, (input: string, registry: CompiledRegistry) => Finding> = {
  phone: checkPhone,
  email: checkEmail,
  web: checkWebAddress,
  name: checkName,
};

/** Checks one pasted contact detail; `kind` skips detection when the caller already knows it. */
export type ContactChecker = (input: string, kind?: ContactKind) => ContactCheck;

/** Prepares the registry once; the returned function is cheap enough to run on every keystroke. */
export function createContactChecker(registry: CheckerRegistry): ContactChecker {
  const compiled = compileRegistry(registry);
  return (input, kind) => {
    const text = unwrapPasted(input);
    if (text === '') return { input, kind: undefined, ...finding('invalid', [input.trim() === '' ? 'empty' : 'unparseable']) };
    const detected = kind ?? detectKind(text) ?? 'name';
    if (detected === 'name' && kind === undefined) {
      // Pasted from a message ("客服电话：400-000-0000", "call 400 000 0000 now"): check the
      // number or address inside it rather than the whole sentence as a name.
      const inside = findContactDetails(text)[0];
      if (inside) return { input, kind: inside.kind, ...CHECKERS[inside.kind](unwrapPasted(inside.text), compiled) };
    }
    return { input, kind: detected, ...CHECKERS[detected](text, compiled) };
  };
}

/** One-off check; prefer createContactChecker when checking more than once. */
export function checkContact(input: string, registry: CheckerRegistry, kind?: ContactKind): ContactCheck {
  return createContactChecker(registry)(input, kind);
}
