/**
 * The reader's answers in the URL, so a path can be shared, bookmarked and
 * survives a reload: /zh-cn/troubleshoot/payment-failed/?path=charged.card-yes
 * Option ids are lower-case letters, digits and hyphens, so "." needs no escaping.
 */
import type { Tree } from '../../schemas/troubleshooter.ts';
import { locate, type State } from './machine.ts';

/** The query parameter that holds the path. */
export const PATH_PARAM = 'path';
/** The query parameter that names the tree the path starts in (links may land in another tree). */
export const FROM_PARAM = 'from';
const SEPARATOR = '.';

export function encodePath(path: readonly string[]): string {
  return path.join(SEPARATOR);
}

export interface DecodedPath {
  /** The longest valid prefix of what the URL asked for. */
  state: State;
  /** True when part of the URL's path was dropped (tampered, or the tree changed since it was shared). */
  recovered: boolean;
}

/** Reads `?path=` for `tree` (null or "" is the start). Never throws on a bad path. */
export function decodePath(trees: readonly Tree[], tree: string, value: string | null | undefined): DecodedPath {
  const asked = value ? value.split(SEPARATOR) : [];
  const { path, recovered } = locate(trees, { tree, path: asked });
  return { state: { tree, path }, recovered };
}

/**
 * The address of a node page: /<segment>/troubleshoot/<tree>/<node>/, with the
 * answers that led there when they are known (?from=<start tree>&path=…).
 */
export function nodeHref(segment: string, tree: string, node: string, trail?: { from: string; path: readonly string[] }): string {
  const base = `/${segment}/troubleshoot/${tree}/${node}/`;
  return trail && trail.path.length > 0 ? `${base}?${FROM_PARAM}=${trail.from}&${PATH_PARAM}=${encodePath(trail.path)}` : base;
}
