/** The origins the pages' CSP must allow to send feedback to: the collector's, when the site is built with one. */
import { siteConfig } from '../../site.config.ts';
import { endpointOrigin } from '../engine/endpoint.ts';

export const FEEDBACK_ORIGINS: readonly string[] = siteConfig.feedbackEndpoint ? [endpointOrigin(siteConfig.feedbackEndpoint)] : [];
