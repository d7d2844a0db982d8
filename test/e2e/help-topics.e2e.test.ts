/**
 * The help topics beyond the portal, found by the popup's search in Chromium: "secure", "gmail", "patient" and
 * "encrypt" put the secure-email topic first, with its sources; the other new topics by their words; axe finds no
 * violations with the results open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchExtension, screenshotPath, type ExtensionSession } from './harness.ts';

let session: ExtensionSession | undefined;

beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

const SECURE_TITLE = 'Sending patient information securely (secure email)';

async function firstResultFor(query: string): Promise<string | null> {
  const page = await session!.openPopup();
  await page.setViewportSize({ width: 360, height: 800 });
  await page.getByLabel('What do you need help with?').fill(query);
  const first = page.locator('#need-list summary').first();
  await first.waitFor();
  const title = await first.textContent();
  await page.close();
  return title?.trim() ?? null;
}

describe('help topics in the popup search', () => {
  it.each(['secure', 'gmail', 'patient', 'encrypt'])('"%s" puts the secure-email topic first', async (query) => {
    expect(await firstResultFor(query)).toBe(SECURE_TITLE);
  });

  it.each([
    ['maternity leave', 'Long leave: a disabled account is kept for 18 months'],
    ['security details', 'Keep a mobile number and security details on your account'],
    ['rebrand', 'NHS.net Connect: the new name for NHSmail'],
    ['retiring', 'Leaving: your account is deleted 30 days after you are marked a leaver'],
    ['automatic reply', 'Shared mailbox owners: what you look after'],
  ])('"%s" finds "%s"', async (query, title) => {
    expect(await firstResultFor(query)).toBe(title);
  });

  it('the secure-email answer says [secure] only where allowed; axe finds nothing with it open', async () => {
    const page = await session!.openPopup();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.getByLabel('What do you need help with?').fill('secure');
    const topic = page.locator('#need-list details').first();
    await topic.waitFor();
    if (!(await topic.evaluate((el) => (el as HTMLDetailsElement).open))) await topic.locator('summary').click();
    await expect
      .poll(() => topic.textContent())
      .toContain(
        'For anyone else, such as a Gmail address or a patient, type [secure] in the subject line, if your organisation allows it.',
      );
    // The status card (the popup's h2) arrives with the background's reply; axe looks at the finished page.
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await page.screenshot({ path: screenshotPath('help-secure-email.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    expect(session!.strayRequests).toEqual([]);
    await page.close();
  });
});
