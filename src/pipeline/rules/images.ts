/**
 * Images in articles are local files next to the content, under a byte budget
 * (readers are on phones with bad connections), with alt text. Written as
 * Markdown ![alt](./file.png), Astro's MDX integration sends a relative image
 * through astro:assets, which writes width and height and re-encodes it, so the
 * rule requires that form: remote URLs and site-root paths (/images/…) skip the
 * pipeline and would ship without dimensions.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ContentIssue } from '../issue.ts';
import type { ContentRule } from './rule.ts';

export const IMAGE_BUDGET_BYTES = 300 * 1024;

export const imagesRule: ContentRule = {
  id: 'images',
  check(_content, raw) {
    return [...raw.articles, ...raw.updates].flatMap(({ file, structure }): ContentIssue[] =>
      structure.images.flatMap(({ url, alt, line, column }): ContentIssue[] => {
        const at = { file, line, column, rule: 'images' };
        const issues: ContentIssue[] = [];
        if (alt.trim() === '') issues.push({ ...at, problem: `the image "${url}" has no alt text`, fix: 'describe what the image shows in the brackets: ![the freeze button in Settings](./freeze.png)' });
        if (!url.startsWith('./') && !url.startsWith('../')) {
          issues.push({ ...at, problem: `the image "${url}" is not a local file next to the article`, fix: 'save the image beside the article and write ![description](./file.png), so it goes through the image pipeline (width, height, compression)' });
          return issues;
        }
        const path = join(raw.root, dirname(file), decodeURIComponent(url));
        if (!existsSync(path)) issues.push({ ...at, problem: `the image "${url}" does not exist`, fix: `save it at ${join(dirname(file), url)}` });
        else if (statSync(path).size > IMAGE_BUDGET_BYTES) issues.push({ ...at, problem: `the image "${url}" is ${Math.ceil(statSync(path).size / 1024)} KB, over the ${IMAGE_BUDGET_BYTES / 1024} KB budget`, fix: 'crop it and save it smaller (a phone screenshot as PNG or WebP at 720 px wide is usually under 150 KB)' });
        return issues;
      }),
    );
  },
};
