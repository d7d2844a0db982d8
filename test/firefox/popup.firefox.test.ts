/**
 * Journey 3 in Firefox ESR: the popup, opened in a tab (Firefox has no way to open the toolbar
 * popup over BiDi, and a person may open it in a tab too). Its help search finds the 24/7 helpdesk
 * with its phone and email links, and says it is open now.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, firefoxUnavailable, launchFirefox, textOf, typeInto, type FirefoxSession } from './harness.ts';
import { HELP_SEARCH, POPUP } from './journeys.ts';

const skip = firefoxUnavailable();

/** What the directory shows: each need's id and whether it lists the helpdesk with both links. */
function shownNeeds(page: Page) {
  return page.$$eval(
    HELP_SEARCH.need,
    (needs, s) =>
      needs.map((need) => {
        const helpdesk = need.querySelector(s.helpdesk);
        return {
          id: need.getAttribute('data-need'),
          helpdesk: Boolean(helpdesk?.querySelector(s.tel) && helpdesk.querySelector(s.mailto)),
          opening: helpdesk?.querySelector(s.opening)?.textContent ?? null,
        };
      }),
    { helpdesk: HELP_SEARCH.helpdesk, tel: HELP_SEARCH.tel, mailto: HELP_SEARCH.mailto, opening: HELP_SEARCH.opening },
  );
}

describe.skipIf(skip)('the popup in a Firefox tab', () => {
  let session: FirefoxSession;
  let popup: Page;
  beforeAll(async () => {
    session = await launchFirefox();
    popup = await session.openExtensionPage(POPUP.file);
    await eventually(() => textOf(popup, POPUP.stage), 'the status card');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the status card and the independence notice', async () => {
    expect(await textOf(popup, POPUP.stage)).toBe(POPUP.stages.unknown);
    expect(await popup.evaluate(() => document.body.textContent)).toContain(POPUP.independent);
  });

  it(`searching "${HELP_SEARCH.topic.query}" finds the 24/7 helpdesk, open now, with its phone and email links`, async () => {
    await popup.waitForSelector(HELP_SEARCH.input);
    await typeInto(popup, HELP_SEARCH.input, HELP_SEARCH.topic.query);
    const found = await eventually(async () => {
      const shown = await shownNeeds(popup);
      return shown.some((n) => n.id === HELP_SEARCH.topic.need && n.helpdesk) ? shown : undefined;
    }, `results for "${HELP_SEARCH.topic.query}" with the helpdesk`);
    const need = found.find((n) => n.id === HELP_SEARCH.topic.need)!;
    expect(need.opening).toBe(HELP_SEARCH.openAllHours);
    // Narrowed: not every topic, and the count says how many.
    expect(found.length).toBeLessThan(5);
    expect(await textOf(popup, HELP_SEARCH.count)).toMatch(/^\d+ topics? match(es)?$/);
    // The helpdesk's phone link is a real, visible link (a few results open by themselves).
    const box = await popup.$eval(
      `[data-need="${HELP_SEARCH.topic.need}"] ${HELP_SEARCH.helpdesk} ${HELP_SEARCH.tel}`,
      (a) => a.getBoundingClientRect().toJSON() as { width: number; height: number },
    );
    expect(box.width).toBeGreaterThan(0);
    expect(box.height).toBeGreaterThan(0);

    // Clearing the search ends it.
    await typeInto(popup, HELP_SEARCH.input, '');
    await eventually(async () => (await textOf(popup, HELP_SEARCH.count)) === '', 'the search to clear');
  });

  it(`searching "${HELP_SEARCH.noTopic.query}" matches no topic but gives the helpdesk's number, at any time`, async () => {
    await typeInto(popup, HELP_SEARCH.input, HELP_SEARCH.noTopic.query);
    const answer = () =>
      popup.$$eval(
        `${HELP_SEARCH.list} ~ p`,
        (paragraphs, s) => {
          const p = paragraphs.find((x) => x.textContent?.includes(s.says));
          return p ? { text: p.textContent ?? '', tel: Boolean(p.querySelector(s.tel)) } : undefined;
        },
        { says: HELP_SEARCH.noTopic.says, tel: HELP_SEARCH.tel },
      );
    const said = await eventually(answer, 'the no-topic answer');
    expect(said.text).toContain(HELP_SEARCH.noTopic.anyTime);
    expect(said.tel).toBe(true);
    expect(await shownNeeds(popup)).toEqual([]);
    await typeInto(popup, HELP_SEARCH.input, '');
  });

  it('made no network request and reported no error', async () => {
    expect(session.proxy.stray()).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    expect(await session.extensionErrors()).toEqual([]);
  });
});
