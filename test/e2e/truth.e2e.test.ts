/**
 * The truth check: every email address, UK phone number and web
 * address in the built bundles must be one the knowledge base holds with a source. A contact that
 * slipped into UI code, or a typo in one, fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeDatasets } from '../../lib/knowledge/index.ts';
import { CHROME_DIST, FIREFOX_DIST, requireBuiltExtension } from './harness.ts';

const EMAIL = /[a-z0-9][a-z0-9._%'+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;
const URL_RE = /https?:\/\/[^\s"'`<>)\\]+/g;
const UK_PHONE = /(?<![\d.])(?:0\d{3}\s?\d{3}\s?\d{4}|0\d{4}\s?\d{6}|0\d{2}\s?\d{4}\s?\d{4})(?![\d.])/g;

/**
 * Addresses that are not facts shown to anyone: XML namespaces Preact uses to create elements, and
 * the documentation link inside an error WXT throws to developers when a shadow root cannot be made.
 */
const TECHNICAL = new Set([
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/XML/1998/namespace',
  'https://developer.mozilla.org/en-US/docs/Web/API/Element/attachShadow#elements_you_can_attach_a_shadow_to',
]);

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.(js|html|css)$/.test(name) ? [full] : [];
  });
}

const known = strings(knowledgeDatasets().map((d) => d.entries)).join('\n');
const knownEmails = new Set([...known.matchAll(EMAIL)].map((m) => m[0].toLowerCase()));
const knownUrls = [...known.matchAll(URL_RE)].map((m) => m[0].replace(/[.,;]+$/, ''));
const knownPhones = new Set([...known.matchAll(UK_PHONE)].map((m) => m[0].replace(/\s/g, '')));
/**
 * The hosts the manifest declares (written out, as in manifest.e2e.test.ts: taken from lib/permissions.ts they
 * would let any host added there pass here unseen).
 */
const permittedHosts = ['https://portal.nhs.net/', 'https://outlook.office.com/', 'https://outlook.office365.com/'];

function urlIsKnown(url: string): boolean {
  // A template literal kept by the minifier (`https://…/${code}`): its fixed part is what is checked.
  const clean = url
    .replace(/\$\{.*$/, '')
    .replace(/[.,;]+$/, '')
    .replace(/\*$/, '');
  if (TECHNICAL.has(clean)) return true;
  if (permittedHosts.some((h) => clean === h || clean === h.replace(/\/$/, ''))) return true;
  // Content-script match patterns under a host we declare are patterns, not addresses shown to anyone.
  if (url.endsWith('*') && permittedHosts.some((h) => clean.startsWith(h))) return true;
  // A known address, or a prefix of one that the code completes (e.g. the DSPT search plus an ODS code).
  return knownUrls.some(
    (k) =>
      k === clean ||
      k === clean.replace(/\/$/, '') ||
      (k.startsWith(clean) && clean.length > 'https://x.nhs.uk/'.length),
  );
}

function unknownFacts(text: string) {
  return {
    emails: [...new Set([...text.matchAll(EMAIL)].map((m) => m[0].toLowerCase()))].filter((e) => !knownEmails.has(e)),
    phones: [...new Set([...text.matchAll(UK_PHONE)].map((m) => m[0].replace(/\s/g, '')))].filter(
      (p) => !knownPhones.has(p),
    ),
    urls: [...new Set([...text.matchAll(URL_RE)].map((m) => m[0]))].filter((u) => !urlIsKnown(u)),
  };
}

describe('truth check of the built bundles', () => {
  requireBuiltExtension();
  const bundles = [...files(CHROME_DIST), ...files(FIREFOX_DIST)];
  const found = unknownFacts(bundles.map((f) => readFileSync(f, 'utf8')).join('\n'));

  it('the checker itself catches invented contacts', () => {
    expect(knownEmails.has('helpdesk@nhs.net')).toBe(true);
    expect(knownPhones.has('03332001133')).toBe(true);
    const invented = unknownFacts(
      'call 0300 123 4567, write to made.up@nhs.net, see https://example.org/help or helpdesk@nhs.net on 0333 200 1133, ' +
        'or `https://example.org/codes/${code}` beside `https://www.dsptoolkit.nhs.uk/OrganisationSearch/${code}`',
    );
    expect(invented).toEqual({
      emails: ['made.up@nhs.net'],
      phones: ['03001234567'],
      urls: ['https://example.org/help', 'https://example.org/codes/${code}'],
    });
  });

  it('every email address in the bundles is in the knowledge base', () => expect(found.emails).toEqual([]));
  it('every UK phone number in the bundles is in the knowledge base', () => expect(found.phones).toEqual([]));
  it('every web address in the bundles is in the knowledge base or one of our declared hosts', () =>
    expect(found.urls).toEqual([]));
});
