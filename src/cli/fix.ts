/**
 * `npm run fix`: applies the automatic fixes the content check knows: Chinese punctuation and 「」 quotes.
 * Articles change only inside the syntax tree's text nodes (never code, link targets or attributes);
 * YAML files line by line, as the check reads them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../pipeline/load-content.ts';
import { fixChinesePunctuation } from '../pipeline/zh-punctuation.ts';
import { applyEdits, chineseTextEdits } from '../pipeline/zh-text-fix.ts';

const raw = loadContent(process.cwd());
const fixes = [
  ...[...raw.articles, ...raw.updates]
    .filter((source) => source.localeDir === 'zh-CN' && source.structure.syntaxError === undefined)
    .map(({ file, text, structure }) => ({ file, before: text, after: applyEdits(text, chineseTextEdits(text, structure.textRanges).edits) })),
  ...[raw.categories, raw.contacts, raw.faq, raw.glossary, raw.synonyms, ...raw.troubleshooters].flatMap(({ file, text }) =>
    text === undefined ? [] : [{ file, before: text, after: fixChinesePunctuation(text) }],
  ),
];
let changed = 0;
for (const { file, before, after } of fixes) {
  if (after === before) continue;
  writeFileSync(join(raw.root, file), after);
  changed += 1;
  console.log(`fixed punctuation: ${file}`);
}
console.log(changed === 0 ? 'Nothing to fix.' : `Fixed ${changed} ${changed === 1 ? 'file' : 'files'}.`);
