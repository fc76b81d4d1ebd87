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
  /** Referenced from articles' `contacts` field and from troubleshooter outcomes. */
  id: idSchema,
  type: channelTypeSchema,
  /**
   * What the reader sees and the checker compares: a phone number as printed
   * (+86 400-000-0000), an e-mail address, a web address (https://help.example.com),
   * an app or publisher name, or a social account handle.
   */
  value: z.string().trim().min(1),
  label: localizedTextSchema,
  /** Opening hours in words, e.g. "每天 8:00–22:00(北京时间)". */
  hours: localizedTextSchema.optional(),
  /** What this channel is for, or a caution about it. */
  notes: localizedTextSchema.optional(),
  /** For `social` channels: the platform, e.g. { zh-CN: 微信服务号, en: WeChat service account }. */
  platform: localizedTextSchema.optional(),
  /** Shown first on the contact card that appears at every "contact support" point. */
  primary: z.boolean().default(false),
});
export type Channel = z.infer<typeof channelSchema>;

/** A contact that is not ours but safe to print, e.g. the national anti-fraud line. */
export const externalReferenceSchema = z.strictObject({
  id: idSchema,
  type: z.enum(['phone', 'email', 'web', 'app']),
  value: z.string().trim().min(1),
  label: localizedTextSchema,
  notes: localizedTextSchema.optional(),
});
export type ExternalReference = z.infer<typeof externalReferenceSchema>;

export const contactRegistrySchema = z.strictObject({
  /** When the registry was last confirmed correct; published in /official-channels.json. */
  updated: isoDateSchema,
  /**
   * Domains that belong to the operator. A web address is official when its host
   * is one of these or a subdomain of one; an e-mail is official when its domain
   * is exactly one of `emailDomains`.
   */
  webDomains: z.array(z.string().trim().toLowerCase().min(3)).min(1),
  emailDomains: z.array(z.string().trim().toLowerCase().min(3)).min(1),
  channels: z.array(channelSchema).min(1),
  /** Non-official contacts that articles may still print (police, anti-fraud lines). */
  externalReferences: z.array(externalReferenceSchema).default([]),
});
export type ContactRegistry = z.infer<typeof contactRegistrySchema>;
