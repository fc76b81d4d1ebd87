/**
 * The case summary's sentences for one locale, from the message files through the shared
 * formatter. Used by TroubleshooterView.astro at build time and by <kb-troubleshooter> as the
 * reader types; the browser bundle carries only the `summary` namespace of each file.
 */
import { format } from '../../i18n/format.ts';
import { summary as en } from '../../i18n/messages/en.ts';
import { summary as zhCN } from '../../i18n/messages/zh-cn.ts';
import type { Locale } from '../../schemas/common.ts';
import type { SummaryText } from '../engine/summary.ts';

const SUMMARY = { 'zh-CN': zhCN, en } as const satisfies Record<Locale, unknown>;

export function summaryText(locale: Locale): SummaryText {
  return (key, values) => format(locale, SUMMARY[locale][key], values);
}
