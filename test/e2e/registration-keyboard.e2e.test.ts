/**
 * Keyboard-only walk through the registration panel and the check-before-submit dialog
 * (docs/decisions.md check 22): Tab reaches our checkboxes, Space ticks
 * one, Enter on the page's submit opens the dialog with focus inside it, Tab moves between its
 * buttons, and "Go back" returns focus to the first problem field with nothing lost.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { currentWorker, eventually, launchExtension, type ExtensionSession } from './harness.ts';

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** What has focus, looking inside open shadow roots: tag, role-ish name, and whose host. */
function focused(page: Page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    let host = '';
    while (el?.shadowRoot?.activeElement) {
      host = el.tagName.toLowerCase();
      el = el.shadowRoot.activeElement;
    }
    return {
      host,
      tag: el?.tagName.toLowerCase() ?? '',
      type: (el as HTMLInputElement | null)?.type ?? '',
      id: el?.id ?? '',
      text: (el?.textContent ?? '').trim(),
      checked: (el as HTMLInputElement | null)?.checked ?? false,
      inDialog: !!el?.closest('dialog, [role="alertdialog"]'),
    };
  });
}

async function tabUntil(page: Page, done: (f: Awaited<ReturnType<typeof focused>>) => boolean, what: string, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (done(f)) return f;
  }
  throw new Error(`Tab never reached ${what}`);
}

describe('registration panel and dialog, keyboard only', () => {
  it('tick with Space, submit with Enter, move within the dialog, go back to the problem', async () => {
    session = await launchExtension();
    await session.route([
      { url: /^https:\/\/portal\.nhs\.net\/Registration(#.*)?$/, fixture: 'registration/optometry-label-for.html' },
    ]);
    const page = await session.context.newPage();
    await page.goto('https://portal.nhs.net/Registration#/optometry');
    await page.getByRole('complementary', { name: /^NHSmail Companion/ }).waitFor();
    // The panel gets its button once the background's answer (the checklist) has arrived: tab after that.
    await page.getByRole('button', { name: 'Show checklist' }).waitFor();

    // The compact panel's "Show checklist" is in the page's tab order; Enter opens the checklist.
    const show = await tabUntil(page, (f) => f.host === 'nhsc-panel' && f.text === 'Show checklist', 'Show checklist');
    expect(show.tag).toBe('button');
    await page.keyboard.press('Enter');
    // Our checkboxes follow, and Space ticks one (a trusted key press).
    const box = await tabUntil(page, (f) => f.host === 'nhsc-panel' && f.type === 'checkbox', 'a checklist checkbox');
    expect(box.checked).toBe(false);
    await page.keyboard.press('Space');
    expect((await focused(page)).checked).toBe(true);
    await eventually(async () => {
      const w = await currentWorker(session!);
      const stored = await w.evaluate(() =>
        (
          globalThis as unknown as {
            chrome: {
              storage: { local: { get(k: string): Promise<Record<string, { data: Record<string, string[]> }>> } };
            };
          }
        ).chrome.storage.local.get('checklistTicks'),
      );
      return (stored.checklistTicks?.data.optometry ?? []).length === 1;
    }, 'the tick to be stored');

    // Type a bad mobile, then submit with Enter from the page's own button.
    await page.fill('#mobile-1', '0123');
    await page.focus('#submit');
    await page.keyboard.press('Enter');
    const inDialog = await eventually(async () => {
      const f = await focused(page);
      return f.inDialog ? f : undefined;
    }, 'focus inside the dialog');
    expect(inDialog.text).toBe('Go back');

    // Tab moves to "Submit anyway" and focus stays in the dialog.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ inDialog: true, text: 'Submit anyway' });
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toMatchObject({ inDialog: true, text: 'Go back' });

    // Enter on "Go back": dialog gone, focus on the first problem, nothing typed is lost, nothing sent.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alertdialog').count()).toBe(0);
    const back = await focused(page);
    expect(back.host).toBe('');
    expect(back.tag).toBe('input');
    expect(await page.locator('#mobile-1').inputValue()).toBe('0123');
    expect(await page.evaluate(() => (window as unknown as { __submissions: unknown[] }).__submissions)).toEqual([]);

    // Escape also closes the dialog without sending anything.
    await page.focus('#submit');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alertdialog').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('alertdialog').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __submissions: unknown[] }).__submissions)).toEqual([]);
  });
});
