/** The validated, typed content of the site: what pages, search and tests consume. */
import type { Article } from '../schemas/article.ts';
import type { Category } from '../schemas/category.ts';
import type { Locale } from '../schemas/common.ts';
import type { ContactRegistry } from '../schemas/contact.ts';
import type { FaqEntry } from '../schemas/faq.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { SearchPhrasings } from '../schemas/search-phrasings.ts';
import type { Synonyms } from '../schemas/synonyms.ts';
import type { Update } from '../schemas/update.ts';
import type { ArticleStructure } from './article-structure.ts';
import type { ParsedYaml } from './yaml-source.ts';

export interface ArticleRecord {
  locale: Locale;
  slug: string;
  file: string;
  data: Article;
  body: string;
  bodyLine: number;
  structure: ArticleStructure;
  /** Line lookup into the frontmatter, for rules that report a field. */
  lineOf: ParsedYaml['lineOf'];
}

export interface UpdateRecord {
  locale: Locale;
  slug: string;
  file: string;
  data: Update;
  body: string;
  structure: ArticleStructure;
  lineOf: ParsedYaml['lineOf'];
}

export interface SiteContent {
  categories: Category[];
  contacts: ContactRegistry;
  faq: FaqEntry[];
  glossary: GlossaryEntry[];
  /** Search synonym groups per locale (optional file). */
  synonyms: Synonyms;
  /** What readers type, under the article that answers it, per locale (optional file): search learns from it. */
  phrasings: SearchPhrasings;
  articles: ArticleRecord[];
  updates: UpdateRecord[];
}
