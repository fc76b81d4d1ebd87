/**
 * Every site-relative link must open a page that exists, in the article's own
 * language, and its #anchor must be a heading or step of that page. Reads the
 * links of the syntax tree (Markdown links and definitions); the pages are the
 * routes of src/pages/[locale]/.
 */
import { stepIds } from '../article-structure.ts';
import type { ContentIssue } from '../issue.ts';
import type { ContentRule } from './rule.ts';
import { LOCALES } from '../../schemas/common.ts';
import { localeToSegment } from '../../lib/locales.ts';

const FIXED_PAGES = ['', 'search/', 'contact/', 'faq/', 'updates/', 'verify/', 'troubleshoot/'];

export const internalLinksRule: ContentRule = {
  id: 'internal-links',
  check(content, raw) {
    /** Path → the anchors it has (undefined: not checked, e.g. a category page). */
    const pages = new Map<string, ReadonlySet<string> | undefined>();
    for (const locale of LOCALES) for (const page of FIXED_PAGES) pages.set(`/${localeToSegment(locale)}/${page}`, undefined);
    for (const category of content.categories) for (const locale of LOCALES) pages.set(`/${localeToSegment(locale)}/categories/${category.id}/`, undefined);
    for (const tree of raw.troubleshooters) {
      const id = (tree.parsed?.value as { id?: unknown } | undefined)?.id;
      if (typeof id === 'string') for (const locale of LOCALES) pages.set(`/${localeToSegment(locale)}/troubleshoot/${id}/`, undefined);
    }
    const anchorsOf = (structure: (typeof content.articles)[number]['structure']): Set<string> => new Set([...structure.headings.map((heading) => heading.id), ...stepIds(structure)]);
    for (const article of content.articles) if (!article.data.draft) pages.set(`/${localeToSegment(article.locale)}/articles/${article.slug}/`, anchorsOf(article.structure));
    for (const update of content.updates) pages.set(`/${localeToSegment(update.locale)}/updates/${update.slug}/`, anchorsOf(update.structure));

    return [...content.articles, ...content.updates].flatMap(({ file, locale, slug, structure }): ContentIssue[] => {
      const own = `/${localeToSegment(locale)}/`;
      const self = [...pages.keys()].find((path) => path.endsWith(`/${slug}/`) && path.startsWith(own)) ?? own;
      return structure.links.flatMap((link): ContentIssue[] => {
        if (!link.url.startsWith('/') && !link.url.startsWith('#')) return [];
        if (link.url.startsWith('//')) return [];
        const at = { file, line: link.line, column: link.column, rule: 'internal-links' };
        const hashAt = link.url.indexOf('#');
        const pathAndQuery = hashAt < 0 ? link.url : link.url.slice(0, hashAt);
        const anchor = hashAt < 0 ? undefined : decodeURIComponent(link.url.slice(hashAt + 1));
        const rawPath = pathAndQuery.split('?')[0] ?? '';
        const path = rawPath === '' ? self : rawPath.endsWith('/') ? rawPath : `${rawPath}/`;
        if (!path.startsWith(own)) {
          const other = LOCALES.find((candidate) => path.startsWith(`/${localeToSegment(candidate)}/`));
          return [{
            ...at,
            problem: other === undefined ? `the link "${link.url}" is outside the site's language folders` : `the link "${link.url}" leads from a ${locale} page into the ${other} site`,
            fix: `link to the same page in this language: ${own}${path.split('/').slice(2).join('/')}`,
          }];
        }
        if (!pages.has(path)) return [{ ...at, problem: `the link "${link.url}" leads to a page that does not exist`, fix: `use the path of a published page, e.g. ${own}articles/<slug>/ with the file name of an article in content/articles/${locale}/` }];
        const anchors = pages.get(path);
        if (anchor === undefined || anchor === '' || anchors === undefined || anchors.has(anchor)) return [];
        const list = [...anchors].slice(0, 12).join(', ');
        return [{ ...at, problem: `the link "${link.url}" names the anchor #${anchor}, which that page does not have`, fix: list === '' ? `that page has no headings or steps: link to ${path} without #${anchor}` : `use one of its anchors: ${list}` }];
      });
    });
  },
};
