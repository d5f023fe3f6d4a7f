// The docs name paths, links and facts that the code can change under them: these tests fail when a page
// names a file that does not exist, links to a page or heading that is not there, or lists the builders'
// error reasons otherwise than the type does. (The command's reference: test/cli/options-doc.test.ts.)
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');

// docs/performance.md is written by the bench, docs/api/ by typedoc: neither is written by hand
const pages = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(join(root, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md') && !f.startsWith('api') && f !== 'performance.md')
    .map((f) => `docs/${f}`),
];

// what a build makes: named in the docs, absent from a clean clone
const BUILT = ['web/dist', 'docs/api', 'dist'];
const REPO_PATH = /`((?:src|test|web|scripts|bench|examples|docs|shapes|contexts|\.ci)\/[^`\s]*)`/gu;

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/gu, '-');
}

function anchors(page: string): Set<string> {
  const text = read(page).replace(/```[\s\S]*?```/gu, '');
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gmu)].map((m) => slug(m[1] ?? '')));
}

describe.each(pages)('%s', (page) => {
  const text = read(page);

  it('names only paths that exist', () => {
    const missing = [...text.matchAll(REPO_PATH)]
      .map((m) => m[1] ?? '')
      .filter((p) => !/[*<>…{]/u.test(p))
      .map((p) => p.replace(/[.,;:]$/u, ''))
      .filter((p) => !BUILT.some((b) => p === b || p.startsWith(`${b}/`)))
      // a name with neither an extension nor a closing slash may be an error code (`shapes/limit`)
      .filter((p) => p.endsWith('/') || /\.[a-z]+$/u.test(p))
      .filter((p) => !existsSync(join(root, p)));
    expect(missing).toEqual([]);
  });

  it('links only to pages and headings that exist', () => {
    const broken: string[] = [];
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/gu)) {
      const target = m[1] ?? '';
      if (/^[a-z]+:/u.test(target)) continue;
      const [file = '', anchor] = target.split('#');
      const path = file === '' ? page : relative(root, join(root, dirname(page), file));
      if (!existsSync(join(root, path))) broken.push(target);
      else if (anchor !== undefined && path.endsWith('.md') && !anchors(path).has(anchor)) broken.push(target);
    }
    expect(broken).toEqual([]);
  });
});

describe('the README', () => {
  const readme = read('README.md');

  it('is at most 250 lines: a front door, the rest in docs/', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(250);
  });

  it('gives the quick start, and package.json has its scripts', () => {
    expect(readme).toContain('npm ci && npm run example');
    expect(readme).toMatch(/^npm test\b/mu);
    const { scripts } = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    for (const script of ['example', 'test', 'docs', 'docs:cli', 'web', 'web:build']) {
      expect(scripts).toHaveProperty(script);
    }
  });
});

describe('docs/building-records.md', () => {
  it('lists every BuilderError reason the type has, and no other', () => {
    const type = /export type BuilderErrorReason =([\s\S]*?);/u.exec(read('src/core/errors.ts'))?.[1] ?? '';
    const declared = [...type.matchAll(/\| '([a-z-]+)'/gu)].map((m) => m[1]).sort();
    const documented = [...read('docs/building-records.md').matchAll(/^\| `([a-z-]+)` \|/gmu)].map((m) => m[1]).sort();
    expect(declared.length).toBeGreaterThan(5);
    expect(documented).toEqual(declared);
  });
});
