/** docs/decisions.md check 23: portal access withheld → the popup explains and offers to ask again; nothing breaks. */
import { afterEach, describe, expect, it } from 'vitest';
import { currentWorker, launchExtension, type ExtensionSession } from './harness.ts';

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

type Chrome = { permissions: { contains(p: { origins: string[] }): Promise<boolean> } };

describe('portal host permission withheld', () => {
  it('the popup explains and offers to ask again; status and help still work', async () => {
    session = await launchExtension();
    const popup = await session.openPopup();
    await expect.poll(() => popup.getByTestId('stage').first().textContent()).toBe('Not known yet');
    expect(await popup.getByTestId('portal-access').count()).toBe(0);

    // What a user does under chrome://extensions → Site access → "On click": withhold the host.
    const settings = await session.context.newPage();
    await settings.goto(`chrome://extensions/?id=${session.extensionId}`);
    await settings.evaluate(async (extensionId) => {
      const c = (
        globalThis as unknown as {
          chrome: { developerPrivate: { updateExtensionConfiguration(u: object): Promise<void> } };
        }
      ).chrome;
      await c.developerPrivate.updateExtensionConfiguration({ extensionId, hostAccess: 'ON_CLICK' });
    }, session.extensionId);
    const worker = await currentWorker(session);
    const stillGranted = await worker.evaluate(() =>
      (globalThis as unknown as { chrome: Chrome }).chrome.permissions.contains({
        origins: ['https://portal.nhs.net/*'],
      }),
    );
    expect(stillGranted).toBe(false);

    await popup.reload();
    const notice = popup.getByTestId('portal-access');
    await expect.poll(() => notice.textContent()).toContain('cannot see the NHSmail portal');
    expect(await notice.getByRole('button', { name: 'Allow on the NHSmail portal' }).count()).toBe(1);
    // The rest of the popup is unaffected.
    await expect.poll(() => popup.getByTestId('stage').first().textContent()).toBe('Not known yet');
    await popup.getByLabel('What do you need help with?').fill('password');
    await expect.poll(() => popup.locator('a[href="tel:03332001133"]').count()).toBeGreaterThan(0);
  });
});
