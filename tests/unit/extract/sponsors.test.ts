import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCourses } from '../../../lib/extract';
import { SPONSORS } from '../../../lib/extract/sponsors';
import { onHosts, sponsorOf, type Example, type Sponsor } from '../../../lib/extract/sponsors/sponsor';
import { OPTIONAL_SPONSOR_MATCHES, SPONSOR_MATCHES } from '../../../lib/sponsor-hosts';
import { parse } from './load';

/**
 * Generated from the sponsor modules: every module's examples give their courses, and no module
 * claims another's pages. A new sponsor file is tested by being listed in lib/extract/sponsors/index.ts.
 */
const modules = import.meta.glob<{ examples?: Example[] } & Record<string, unknown>>('../../../lib/extract/sponsors/*.ts', { eager: true });
const PAGES = join(__dirname, '../../fixtures/pages');

const cases = Object.entries(modules)
  .filter(([path]) => !/\/(?:index|sponsor)\.ts$/.test(path))
  .map(([path, mod]) => {
    const sponsor = Object.values(mod).find((v): v is Sponsor => typeof v === 'object' && v !== null && 'hosts' in v);
    return { file: path.split('/').pop()!, sponsor: sponsor!, examples: mod.examples ?? [] };
  });

describe('sponsor modules', () => {
  it('every module file is listed, and has a sponsor and at least one example', () => {
    expect(cases.map((c) => c.sponsor)).toEqual(expect.arrayContaining([...SPONSORS]));
    expect(cases.length).toBe(SPONSORS.length);
    for (const c of cases) expect(c.examples.length, c.file).toBeGreaterThan(0);
  });

  it('the host list is derived from the modules: defaults in the manifest, the rest optional', () => {
    expect([...SPONSOR_MATCHES, ...OPTIONAL_SPONSOR_MATCHES].sort()).toEqual(SPONSORS.flatMap((s) => s.hosts).sort());
    for (const pattern of [...SPONSOR_MATCHES, ...OPTIONAL_SPONSOR_MATCHES]) expect(pattern).toMatch(/^https:\/\/(?:\*\.)?[a-z0-9.-]+\/(?:[a-z0-9/-]*\/)?\*$/);
  });

  it('ismrm.org is the SMRT only under /smrt/', () => {
    const doc = parse('<p>x</p>');
    expect(sponsorOf(SPONSORS, new URL('https://www.ismrm.org/smrt/home-studies/a'), doc)?.name).toBe('SMRT home studies');
    expect(sponsorOf(SPONSORS, new URL('https://www.ismrm.org/meetings/'), doc)).toBeNull();
    expect(onHosts(['https://*.asrt.org/*'], new URL('https://asrt.org/x'))).toBe(true);
    expect(onHosts(['https://*.asrt.org/*'], new URL('https://asrt.mycrowdwisdom.com/x'))).toBe(false);
  });

  for (const { file, sponsor, examples } of cases) {
    describe(`${file} (${sponsor.name})`, () => {
      it.each(examples.map((e) => [e.page, e] as const))('%s gives its courses, and is claimed by this module only', (_page, example) => {
        const doc = parse(readFileSync(join(PAGES, example.page), 'utf8'), example.url);
        const url = new URL(example.url);
        expect(sponsorOf(SPONSORS, url, doc)).toBe(sponsor);
        for (const other of SPONSORS) if (other !== sponsor) expect(other.detect ? other.detect(url, doc) : onHosts(other.hosts, url), other.name).toBe(false);
        expect(extractCourses(doc, example.url)).toEqual(example.courses.map((c) => expect.objectContaining(c)));
      });
    });
  }
});
