/**
 * /<locale>/troubleshoot/<tree>.json: the trees a reader starting in <tree> can
 * reach, in that language only. <kb-troubleshooter> fetches it on the reader's
 * first answer (never at page load) for the answer history and the case summary.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, localeToSegment, type Locale } from '../../../lib/locales.ts';
import { getTroubleshooters } from '../../../pipeline/site-data.ts';
import { treeBundle } from '../../../troubleshooter/engine/bundle.ts';

export const getStaticPaths = (() =>
  LOCALES.flatMap((locale) =>
    getTroubleshooters().map((tree) => ({ params: { locale: localeToSegment(locale), tree: tree.id }, props: { locale } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = ({ params, props }) =>
  new Response(JSON.stringify(treeBundle(getTroubleshooters(), params['tree'] ?? '', props.locale, LOCALES)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
