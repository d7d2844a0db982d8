import { mkdtempSync, copyFileSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
const src = readFileSync('.output-dbg/chrome-mv3/content-scripts/portal.js', 'utf8');
const lines = src.split('\n');
const cut = (n: number) => [...lines.slice(0, n), '\treturn 0;', ...lines.slice(n)].join('\n');
const variants: Record<string, string> = { at159: cut(159), at439: cut(439), at669: cut(669), at905: cut(905), at1029: cut(1029), at1164: cut(1164) };
for (const [name, code] of Object.entries(variants)) {
  writeFileSync('/tmp/emptyext/cs.js', code);
  const ctx = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'x')), { executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', `--disable-extensions-except=/tmp/emptyext`, `--load-extension=/tmp/emptyext`, '--disable-background-networking'] });
  await ctx.route(/^https?:/, (r) => r.fulfill({ body: '<html><body><h1>Help</h1><p>text</p></body></html>', contentType: 'text/html' }));
  const sw = ctx.serviceWorkers()[0] ?? await ctx.waitForEvent('serviceworker');
  const id = new URL(sw.url()).host;
  const totals: number[] = [];
  for (let run = 0; run < 5; run++) {
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    const events: any[] = [];
    cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute', transferMode: 'ReportEvents' });
    await page.goto('https://portal.nhs.net/help/faq', { waitUntil: 'load' });
    await page.waitForTimeout(500);
    await cdp.send('Tracing.end'); await done;
    totals.push(events.filter((e) => e.name === 'EvaluateScript' && JSON.stringify(e.args ?? {}).includes(id)).reduce((s, e) => s + e.dur / 1000, 0));
    await page.close();
  }
  console.log(name, totals.map((t) => t.toFixed(1)).join(' '));
  await ctx.close();
}
