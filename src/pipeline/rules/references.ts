/** Every cross-reference must point at something that exists: categories, articles, contacts. */
import type { ContentIssue } from '../issue.ts';
import type { ContentRule } from './rule.ts';

const list = (values: Iterable<string>): string => [...values].sort().join(', ');

const unquote = (item: string): string => {
  const first = item[0];
  return item.length >= 2 && (first === '"' || first === "'") && item.at(-1) === first ? item.slice(1, -1) : item;
};

/** The ids in channels={["hotline", 'in-app-chat']}: a list of string literals, split without a regular expression. */
function channelList(attribute: { text: string; expression: boolean } | undefined): string[] {
  if (!attribute?.expression) return [];
  const source = attribute.text.trim();
  if (!source.startsWith('[') || !source.endsWith(']')) return [];
  return source.slice(1, -1).split(',').map((item) => unquote(item.trim())).filter((item) => item !== '');
}

export const referencesRule: ContentRule = {
  id: 'references',
  check(content, raw) {
    const issues: ContentIssue[] = [];
    const categoryIds = new Set(content.categories.map((category) => category.id));
    const contactIds = new Set(content.contacts.channels.map((channel) => channel.id));
    const slugs = new Set(content.articles.filter((article) => !article.data.draft).map((article) => article.slug));
    const drafts = new Set(content.articles.filter((article) => article.data.draft).map((article) => article.slug));
    const missing = (slug: string): string => (drafts.has(slug) ? `"${slug}" is a draft and is not published` : `"${slug}" does not exist`);

    for (const article of content.articles) {
      const { data, file, lineOf } = article;
      if (categoryIds.size > 0 && !categoryIds.has(data.category)) {
        issues.push({
          file, line: lineOf(['category']), field: 'category', rule: 'references',
          problem: `unknown category "${data.category}"`,
          fix: `use one of the ids in content/categories.yaml: ${list(categoryIds)}`,
        });
      }
      data.related.forEach((slug, index) => {
        if (slug === article.slug) {
          issues.push({ file, line: lineOf(['related', index]), field: `related[${index}]`, rule: 'references', problem: 'the article lists itself as related', fix: `remove "${slug}" from related` });
        } else if (!slugs.has(slug)) {
          issues.push({
            file, line: lineOf(['related', index]), field: `related[${index}]`, rule: 'references',
            problem: `related article ${missing(slug)}`,
            fix: `use the file name (without .mdx) of a published article in content/articles/${article.locale}/, or remove it`,
          });
        }
      });
      data.contacts.forEach((id, index) => {
        if (!contactIds.has(id)) {
          issues.push({
            file, line: lineOf(['contacts', index]), field: `contacts[${index}]`, rule: 'references',
            problem: `unknown contact channel "${id}"`,
            fix: `use an id from content/contacts.yaml: ${list(contactIds)}`,
          });
        }
      });
    }

    // <Troubleshooter tree="…" start="…" /> in MDX must name a tree (and node) that exists.
    const treeNodes = new Map<string, Set<string>>();
    for (const source of raw.troubleshooters) {
      const value = source.parsed?.value as { id?: unknown; nodes?: { id?: unknown }[] } | undefined;
      if (typeof value?.id === 'string') treeNodes.set(value.id, new Set((value.nodes ?? []).map((node) => String(node.id))));
    }
    for (const article of content.articles) {
      for (const component of article.structure.components) {
        const { line, attributes } = component;
        if (component.name === 'Troubleshooter') {
          const treeAttribute = attributes.get('tree');
          const startAttribute = attributes.get('start');
          const tree = treeAttribute?.expression === false ? treeAttribute.text : undefined;
          const start = startAttribute?.expression === false ? startAttribute.text : undefined;
          const nodes = tree === undefined ? undefined : treeNodes.get(tree);
          if (!nodes) {
            issues.push({ file: article.file, line, rule: 'references', problem: `<Troubleshooter> names ${tree === undefined ? 'no tree (write tree="<id>" as a plain string)' : `the unknown tree "${tree}"`}`, fix: treeNodes.size > 0 ? `use tree="<id>" with one of: ${list(treeNodes.keys())}` : 'add the tree to content/troubleshooters/ first (there are none yet)' });
          } else if (start !== undefined && !nodes.has(start)) {
            issues.push({ file: article.file, line, rule: 'references', problem: `<Troubleshooter tree="${tree}"> has no node "${start}"`, fix: `use start="<node id>" with one of that tree's nodes, or leave start out to begin at the tree's start` });
          }
        } else if (component.name === 'ContactSupport') {
          for (const id of channelList(attributes.get('channels'))) {
            if (!contactIds.has(id)) {
              issues.push({ file: article.file, line, rule: 'references', problem: `<ContactSupport> lists the unknown channel "${id}"`, fix: `use ids from content/contacts.yaml: ${list(contactIds)}` });
            }
          }
        }
      }
    }

    const faqLines = raw.faq.parsed;
    content.faq.forEach((entry, index) => {
      if (categoryIds.size > 0 && !categoryIds.has(entry.category)) {
        issues.push({ file: raw.faq.file, line: faqLines?.lineOf([index, 'category']), field: `[${index}].category`, rule: 'references', problem: `unknown category "${entry.category}"`, fix: `use one of: ${list(categoryIds)}` });
      }
      if (!slugs.has(entry.article)) {
        issues.push({ file: raw.faq.file, line: faqLines?.lineOf([index, 'article']), field: `[${index}].article`, rule: 'references', problem: `article ${missing(entry.article)}`, fix: 'link the FAQ entry to a published article slug' });
      }
    });
    const faqIds = new Set<string>();
    content.faq.forEach((entry, index) => {
      if (faqIds.has(entry.id)) {
        issues.push({ file: raw.faq.file, line: faqLines?.lineOf([index, 'id']), field: `[${index}].id`, rule: 'references', problem: `FAQ id "${entry.id}" is used twice`, fix: 'give each question its own id; ids are the anchors people bookmark' });
      }
      faqIds.add(entry.id);
    });

    for (const update of content.updates) {
      update.data.related.forEach((slug, index) => {
        if (!slugs.has(slug)) {
          issues.push({ file: update.file, line: update.lineOf(['related', index]), field: `related[${index}]`, rule: 'references', problem: `related article ${missing(slug)}`, fix: 'use a published article slug, or remove it' });
        }
      });
    }

    const channelIds = new Set<string>();
    content.contacts.channels.forEach((channel, index) => {
      if (channelIds.has(channel.id)) {
        issues.push({ file: raw.contacts.file, line: raw.contacts.parsed?.lineOf(['channels', index, 'id']), field: `channels[${index}].id`, rule: 'references', problem: `channel id "${channel.id}" is used twice`, fix: 'give every channel its own id' });
      }
      channelIds.add(channel.id);
    });
    const categorySeen = new Set<string>();
    content.categories.forEach((category, index) => {
      if (categorySeen.has(category.id)) {
        issues.push({ file: raw.categories.file, line: raw.categories.parsed?.lineOf([index, 'id']), field: `[${index}].id`, rule: 'references', problem: `category id "${category.id}" is used twice`, fix: 'give every category its own id' });
      }
      categorySeen.add(category.id);
    });
    return issues;
  },
};
