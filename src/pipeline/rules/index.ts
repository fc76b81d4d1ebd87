/** The rules the content check runs, in reporting order. Add a rule by adding a file and listing it here. */
import { chineseNumeralPhonesRule } from './chinese-numeral-phones.ts';
import { componentsRule } from './components.ts';
import { contactDetailsRule } from './contact-details.ts';
import { glossaryTermsRule } from './glossary-terms.ts';
import { guideStructureRule } from './guide-structure.ts';
import { imagesRule } from './images.ts';
import { internalLinksRule } from './internal-links.ts';
import { linkSchemeRule } from './link-scheme.ts';
import { mdxSyntaxRule } from './mdx-syntax.ts';
import { phoneAgreementRule } from './phone-agreement.ts';
import { referencesRule } from './references.ts';
import { rawHtmlRule } from './raw-html.ts';
import { registryRule } from './registry.ts';
import { searchPhrasingsRule } from './search-phrasings.ts';
import type { ContentRule } from './rule.ts';
import { slugsRule } from './slugs.ts';
import { translationsRule } from './translations.ts';
import { troubleshootersRule } from './troubleshooters.ts';
import { urlPunctuationRule } from './url-punctuation.ts';
import { zhPunctuationRule } from './zh-punctuation.ts';

export type { ContentRule } from './rule.ts';

export const ALL_RULES: readonly ContentRule[] = [slugsRule, referencesRule, translationsRule, mdxSyntaxRule, rawHtmlRule, componentsRule, linkSchemeRule, internalLinksRule, urlPunctuationRule, imagesRule, zhPunctuationRule, guideStructureRule, glossaryTermsRule, contactDetailsRule, chineseNumeralPhonesRule, registryRule, phoneAgreementRule, troubleshootersRule, searchPhrasingsRule];
