/**
 * Builds /feedback-targets.json at build time: every article and troubleshooter
 * outcome a reader can vote on, per locale, with its content file. The
 * collector and the report read this file instead of the content sources.
 */
import { publishedArticles } from '../../pipeline/article-index.ts';
import { LOCALES } from '../../lib/locales.ts';
import { getSiteContent, getTroubleshooters } from '../../pipeline/site-data.ts';
import { urls } from '../../lib/urls.ts';
import { nodeUrl } from '../../troubleshooter/ui/links.ts';
import type { Target, TargetsDocument } from '../engine/targets.ts';

export function feedbackTargets(): TargetsDocument {
  const articles: Target[] = publishedArticles(getSiteContent()).map(({ locale, slug, record }) => ({
    locale,
    target: 'article',
    slug,
    url: urls.article(locale, slug),
    title: record.data.title,
    file: record.file,
    phrases: record.data.aliases,
  }));
  const outcomes: Target[] = getTroubleshooters().flatMap((tree) =>
    tree.nodes.flatMap((node) =>
      node.type !== 'outcome'
        ? []
        : LOCALES.map((locale): Target => ({
            locale,
            target: 'outcome',
            slug: `${tree.id}/${node.id}`,
            url: nodeUrl(locale, tree.id, node.id),
            title: node.title[locale],
            file: `content/troubleshooters/${tree.id}.yaml`,
            phrases: [],
          })),
    ),
  );
  return { version: 1, targets: [...articles, ...outcomes] };
}
