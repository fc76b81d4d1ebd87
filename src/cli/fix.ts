/** `npm run fix`: applies the automatic fixes the content check knows (today: Chinese punctuation). */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadContent } from '../pipeline/load-content.ts';
import { fixChinesePunctuation } from '../pipeline/zh-punctuation.ts';

const raw = loadContent(process.cwd());
const files = [
  ...[...raw.articles, ...raw.updates].filter((source) => source.localeDir === 'zh-CN').map((source) => source.file),
  ...[raw.categories, raw.contacts, raw.faq, raw.glossary, raw.synonyms, ...raw.troubleshooters].filter((data) => data.text !== undefined).map((data) => data.file),
];
let changed = 0;
for (const file of files) {
  const before = readFileSync(file, 'utf8');
  const after = fixChinesePunctuation(before);
  if (after !== before) {
    writeFileSync(file, after);
    changed += 1;
    console.log(`fixed punctuation: ${file}`);
  }
}
console.log(changed === 0 ? 'Nothing to fix.' : `Fixed ${changed} ${changed === 1 ? 'file' : 'files'}.`);
