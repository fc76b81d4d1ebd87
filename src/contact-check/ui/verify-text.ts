/**
 * The checker's text in each language, from the one message store (src/i18n/messages/). Typed
 * here, in the checker's ui/, because only here may the engine's codes be named: a reason code or
 * checklist item without its sentence in both languages does not compile.
 */
import * as en from '../../i18n/messages/en.ts';
import * as zhCN from '../../i18n/messages/zh-cn.ts';
import type { Locale } from '../../schemas/common.ts';
import type { ChecklistItemId, ReasonCode } from '../engine/index.ts';

export type VerifyText = typeof zhCN.verify;
/** The part of the text the browser script needs; embedded in the page as JSON. */
export type VerdictText = VerifyText['verdict'];

interface Covered {
  verdict: { reasons: Record<ReasonCode, string> };
  checklist: { items: Record<ChecklistItemId, string> };
}

export const VERIFY_TEXT = { 'zh-CN': zhCN.verify, en: en.verify } as const satisfies Record<Locale, VerifyText & Covered>;
