/**
 * Links that run code or carry a whole page instead of opening one: javascript:, vbscript:,
 * data:, file:, blob:. Browsers read a scheme case-blind, drop tabs and line breaks inside it,
 * and an HTML attribute decodes character references first, so "JaVa\tScRiPt:",
 * "java&#x73;cript&colon;" and "ｊａｖａｓｃｒｉｐｔ：" are all javascript:. Read here one
 * character at a time, at most a few dozen characters from each start: linear on any text.
 */
const SCHEMES = ['javascript', 'vbscript', 'data', 'file', 'blob'] as const;
export type ScriptScheme = (typeof SCHEMES)[number];

/** Named references that spell a character of a scheme or the colon; letters are spelled by number in practice. */
const NAMED: Readonly<Record<string, string>> = { colon: ':', tab: '', newline: '' };
const LONGEST_SCHEME = 'javascript:'.length;

/** The character at `index` as a browser reads it inside a scheme: [character, length written]; '' for one it drops. */
function readChar(text: string, index: number): [string, number] {
  const char = text[index] ?? '';
  if (char === '\t' || char === '\n' || char === '\r') return ['', 1];
  if (char === '&') {
    let end = index + 1;
    while (end < text.length && end - index <= 10 && /[#0-9a-zA-Z]/.test(text[end] ?? '')) end++;
    const body = text.slice(index + 1, end);
    const written = end - index + (text[end] === ';' ? 1 : 0);
    const hex = /^#x([0-9a-f]{1,6})$/i.exec(body)?.[1];
    const decimal = /^#([0-9]{1,7})$/.exec(body)?.[1];
    const code = hex !== undefined ? Number.parseInt(hex, 16) : decimal !== undefined ? Number(decimal) : undefined;
    // A tab or line break written as a reference (&#x09;) is dropped like the character itself.
    if (code === 9 || code === 10 || code === 13) return ['', written];
    if (code !== undefined && code <= 0x10ffff) return [String.fromCodePoint(code).toLowerCase(), written];
    const named = NAMED[body.toLowerCase()];
    if (named !== undefined && text[end] === ';') return [named, written];
    return [char, 1];
  }
  const code = char.charCodeAt(0);
  // Full-width letters and colon fold to ASCII (NFKC), as they do in the rest of the checker.
  if (code >= 0xff01 && code <= 0xff5e) return [String.fromCharCode(code - 0xfee0).toLowerCase(), 1];
  return [char.toLowerCase(), 1];
}

/**
 * The script scheme that starts at `index`, and where its colon ends; undefined when none does.
 * A scheme glued to a word ("metadata:") is no scheme, and data:, file: and blob: need a media
 * type, a comma or a path after them, so the English "your data: …" is not a link.
 */
export function scriptSchemeAt(text: string, index: number): { scheme: ScriptScheme; end: number } | undefined {
  if (index > 0 && /[\p{L}\p{N}+.-]/u.test(text[index - 1] ?? '')) return undefined;
  const first = readChar(text, index)[0];
  if (!SCHEMES.some((scheme) => scheme[0] === first)) return undefined;
  let read = '';
  let at = index;
  while (at < text.length && read.length <= LONGEST_SCHEME) {
    const [char, length] = readChar(text, at);
    at += length;
    read += char;
    if (char === ':') break;
    if (!SCHEMES.some((scheme) => `${scheme}:`.startsWith(read))) return undefined;
  }
  const scheme = SCHEMES.find((name) => read === `${name}:`);
  if (scheme === undefined) return undefined;
  if (scheme !== 'javascript' && scheme !== 'vbscript' && !/[a-z0-9,;/]/i.test(text[at] ?? '')) return undefined;
  return { scheme, end: at };
}

/**
 * Every script link in `text` as [start, end): it runs to the end of its line, since a data: page
 * or a script may hold spaces and anything after it can be part of it, or to the closing quote
 * when it stands in a quoted attribute (href="javascript:…").
 */
export function findScriptLinks(text: string): [number, number][] {
  const links: [number, number][] = [];
  for (let index = 0; index < text.length; index++) {
    const found = scriptSchemeAt(text, index);
    if (!found) continue;
    const quote = text[index - 1];
    let end = found.end;
    const stop = quote === '"' || quote === "'" ? quote : '\n';
    while (end < text.length && text[end] !== stop && text[end] !== '\n') end++;
    links.push([index, end]);
    index = end;
  }
  return links;
}
