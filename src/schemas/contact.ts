/**
 * The official channel registry: the only contact details this site may show.
 * The "is this really official?" checker, the contact page, /official-channels.json
 * and the content lint all read this one list.
 */
import { z } from 'zod';
import { idSchema, isoDateSchema, localizedTextSchema } from './common.ts';

export const CHANNEL_TYPES = ['phone', 'email', 'web', 'app', 'social'] as const;
export const channelTypeSchema = z.enum(CHANNEL_TYPES);
export type ChannelType = z.infer<typeof channelTypeSchema>;

export const channelSchema = z.strictObject({
  id: idSchema.describe("Referenced from articles' `contacts` field and from troubleshooter outcomes."),
  type: channelTypeSchema.describe('What kind of channel this is; decides how the checker compares the value.'),
  value: z
    .string()
    .trim()
    .min(1)
    .describe(
      'What the reader sees and the checker compares: a phone number as printed (+86 400-000-0000), an e-mail address, a web address (https://help.example.com), an app or publisher name, or a social account handle.',
    ),
  label: localizedTextSchema.describe('The channel\'s name on the contact card, e.g. 客服热线 / Customer service hotline.'),
  hours: localizedTextSchema.optional().describe('Opening hours in words, e.g. "每天 8:00–22:00（北京时间）".'),
  notes: localizedTextSchema.optional().describe('What this channel is for, or a caution about it.'),
  platform: localizedTextSchema
    .optional()
    .describe('For `social` channels: the platform, e.g. { zh-CN: 微信服务号, en: WeChat service account }.'),
  path: localizedTextSchema
    .optional()
    .describe(
      'For `app` channels reached inside the app: the way there, per language (示例钱包 App › 我的 › 客服中心 / Example Wallet app › Me › Help & support). Pages show it instead of `value`, which stays as the checker and /official-channels.json know it.',
    ),
  aliases: z
    .array(z.string().trim().min(1))
    .optional()
    .describe(
      'For `app` and `social` names: other spellings scammers use for the brand that the site never prints, such as its pinyin (shiliqianbao). The checker reads them as our name inside a host or mailbox.',
    ),
  primary: z.boolean().default(false).describe('Shown first on the contact card that appears at every "contact support" point.'),
});
export type Channel = z.infer<typeof channelSchema>;

/** A contact that is not ours but safe to print, e.g. the national anti-fraud line. */
export const externalReferenceSchema = z.strictObject({
  id: idSchema.describe('Unique id; site.config.ts antiFraudReferenceIds names the anti-fraud lines by it.'),
  type: z.enum(['phone', 'email', 'web', 'app']).describe('What kind of contact this is.'),
  value: z.string().trim().min(1).describe('The number or address exactly as articles may print it, e.g. 96110.'),
  label: localizedTextSchema.describe('Whose contact this is, e.g. 全国反诈预警劝阻专线 / China\'s national anti-fraud line.'),
  notes: localizedTextSchema.optional().describe('When to use it.'),
});
export type ExternalReference = z.infer<typeof externalReferenceSchema>;

export const contactRegistrySchema = z.strictObject({
  updated: isoDateSchema.describe('When the registry was last confirmed correct; published in /official-channels.json.'),
  webDomains: z
    .array(z.string().trim().toLowerCase().min(3))
    .min(1)
    .describe('Domains that belong to the operator: a web address is official when its host is one of these or a subdomain of one.'),
  emailDomains: z
    .array(z.string().trim().toLowerCase().min(3))
    .min(1)
    .describe('An e-mail address is official only when its domain is exactly one of these.'),
  channels: z.array(channelSchema).min(1).describe('The official channels, one entry each.'),
  externalReferences: z
    .array(externalReferenceSchema)
    .default([])
    .describe('Non-official contacts that articles may still print (police, anti-fraud lines).'),
});
export type ContactRegistry = z.infer<typeof contactRegistrySchema>;
