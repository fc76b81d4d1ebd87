/**
 * Every capitalised tag must be one of the content components, with props its
 * Zod schema accepts. Without this an unknown <Callot> fails only in the build
 * (no file, no line) and <Callout typ="warning"> renders as a plain note.
 */
import type { ContentIssue } from '../issue.ts';
import { closestName, COMPONENT_NAMES, COMPONENT_PROPS, isComponentName } from '../component-props.ts';
import type { ContentRule } from './rule.ts';

/** Props as written: plain strings, or an {expression} that is a JSON literal such as ["hotline", "email"]. */
function propsOf(attributes: ReadonlyMap<string, { text: string; expression: boolean }>): { props: Record<string, unknown>; bad: string[] } {
  const props: Record<string, unknown> = {};
  const bad: string[] = [];
  for (const [name, { text, expression }] of attributes) {
    if (!expression) {
      props[name] = text;
      continue;
    }
    try {
      props[name] = JSON.parse(text.replaceAll("'", '"'));
    } catch {
      bad.push(name);
    }
  }
  return { props, bad };
}

export const componentsRule: ContentRule = {
  id: 'components',
  check(_content, raw) {
    return [...raw.articles, ...raw.updates].flatMap(({ file, structure }): ContentIssue[] =>
      structure.components.filter(({ name }) => /^[A-Z]/.test(name) && !name.includes('.')).flatMap(({ name, line, column, attributes }): ContentIssue[] => {
        if (!isComponentName(name)) {
          const suggestion = closestName(name, COMPONENT_NAMES);
          return [{
            file, line, column, rule: 'components',
            problem: `unknown component ${name}${suggestion === undefined ? '' : ` — did you mean ${suggestion}?`}`,
            fix: suggestion === undefined ? `use one of ${COMPONENT_NAMES.join(', ')}` : `write <${suggestion}>`,
          }];
        }
        const { props, bad } = propsOf(attributes);
        const issues: ContentIssue[] = bad.map((prop) => ({
          file, line, column, rule: 'components',
          problem: `<${name}> prop "${prop}" is a code expression`,
          fix: `write ${prop}="…" as plain text, or a list as ${prop}={["a", "b"]}`,
        }));
        const result = COMPONENT_PROPS[name].safeParse(props);
        if (!result.success) {
          for (const issue of result.error.issues) {
            const prop = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue.path.join('.');
            const known = Object.keys(COMPONENT_PROPS[name].shape);
            const problem = issue.code === 'unrecognized_keys'
              ? `<${name}> has no prop ${issue.keys.map((key) => `"${key}"`).join(', ')}`
              : issue.code === 'invalid_value'
                ? `<${name} ${prop}="${String(props[prop])}"> is not one of ${issue.values.map(String).join(', ')}`
                : `<${name}> prop "${prop}": ${issue.message}`;
            const suggestion = issue.code === 'unrecognized_keys' ? closestName(issue.keys[0] ?? '', known) : undefined;
            issues.push({
              file, line, column, rule: 'components', problem,
              fix: suggestion !== undefined ? `did you mean ${suggestion}="…"?` : known.length === 0 ? `<${name}> takes no props: remove it` : `use the props ${known.join(', ')}`,
            });
          }
        }
        return issues;
      }),
    );
  },
};
