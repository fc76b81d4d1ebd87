/** The rules the content check runs, in reporting order. Add a rule by adding a file and listing it here. */
import { contactDetailsRule } from './contact-details.ts';
import { glossaryTermsRule } from './glossary-terms.ts';
import { guideStructureRule } from './guide-structure.ts';
import { mdxSyntaxRule } from './mdx-syntax.ts';
import { phoneAgreementRule } from './phone-agreement.ts';
import { referencesRule } from './references.ts';
import { registryRule } from './registry.ts';
import type { ContentRule } from './rule.ts';
import { slugsRule } from './slugs.ts';
import { translationsRule } from './translations.ts';
import { troubleshootersRule } from './troubleshooters.ts';
import { zhPunctuationRule } from './zh-punctuation.ts';

export type { ContentRule } from './rule.ts';

export const ALL_RULES: readonly ContentRule[] = [slugsRule, referencesRule, translationsRule, mdxSyntaxRule, zhPunctuationRule, guideStructureRule, glossaryTermsRule, contactDetailsRule, registryRule, phoneAgreementRule, troubleshootersRule];
