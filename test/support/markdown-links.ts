import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, relative, resolve } from 'node:path';
import GithubSlugger from 'github-slugger';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

/** A relative link in a Markdown file whose file or heading anchor does not exist. */
export interface BrokenLink {
  /** The file the link is in, relative to the root given to `brokenLinks`. */
  file: string;
  /** The link's target as written. */
  href: string;
  reason: string;
}

const markdown = new MarkdownIt({ html: true });

/** Every token of a document, the inline children after their parent, in document order. */
function allTokens(text: string): Token[] {
  return markdown.parse(text, {}).flatMap((token) => [token, ...(token.children ?? [])]);
}

/** The targets of a document's links and images, as written. */
export function linkTargets(text: string): string[] {
  const targets: string[] = [];
  for (const token of allTokens(text)) {
    if (token.type === 'link_open') targets.push(token.attrGet('href') ?? '');
    if (token.type === 'image') targets.push(token.attrGet('src') ?? '');
  }
  return targets;
}

/**
 * The anchors GitHub gives a document's headings: the heading's text (without its markup) made a slug,
 * with `-1`, `-2`, ... on repeats, as github-slugger does it.
 */
export function headingAnchors(text: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  const tokens = markdown.parse(text, {});
  tokens.forEach((token, index) => {
    if (token.type !== 'heading_open') return;
    const words = (tokens[index + 1]?.children ?? [])
      .filter((child) => child.type === 'text' || child.type === 'code_inline')
      .map((child) => child.content)
      .join('');
    anchors.add(slugger.slug(words));
  });
  return anchors;
}

/** Whether a link leaves the repository (a scheme such as https: or mailto:) and so is not checked here. */
function isExternal(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//');
}

/**
 * The relative links in the given Markdown files (absolute paths) that point at no file inside `root`,
 * or at a heading anchor that the target Markdown file does not have.
 */
export function brokenLinks(root: string, files: string[]): BrokenLink[] {
  const anchorsOf = new Map<string, Set<string>>();
  const anchorsIn = (path: string): Set<string> => {
    let anchors = anchorsOf.get(path);
    if (!anchors) {
      anchors = headingAnchors(readFileSync(path, 'utf8'));
      anchorsOf.set(path, anchors);
    }
    return anchors;
  };
  const broken: BrokenLink[] = [];
  for (const file of files) {
    for (const href of linkTargets(readFileSync(file, 'utf8'))) {
      if (isExternal(href)) continue;
      const report = (reason: string) => broken.push({ file: relative(root, file), href, reason });
      const [pathPart = '', anchor] = href.split('#', 2);
      const target = pathPart === '' ? file : resolve(dirname(file), decodeURI(pathPart));
      if (relative(root, target).startsWith('..')) report('points outside the repository');
      else if (!existsSync(target)) report('no such file');
      else if (anchor !== undefined && anchor !== '') {
        if (statSync(target).isDirectory() || extname(target) !== '.md')
          report('an anchor into a file that is not Markdown');
        else if (!anchorsIn(target).has(decodeURIComponent(anchor))) report('no heading with this anchor');
      }
    }
  }
  return broken;
}
