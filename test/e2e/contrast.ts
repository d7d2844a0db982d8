/**
 * Measures a button's text contrast as drawn, in each state forced through the DevTools protocol
 * (CSS.forcePseudoState: hover, focus, active, visited). Pixels, not computed styles: Chromium's
 * getComputedStyle never reveals :visited colours, and what matters is what is painted.
 */
import type { Locator, Page } from 'playwright-core';
import type { ExtensionSession } from './harness.ts';

export const BUTTON_STATES: Record<string, string[]> = {
  normal: [],
  hover: ['hover'],
  focus: ['focus', 'focus-visible'],
  active: ['active', 'focus'],
  visited: ['visited'],
  'visited-hover': ['visited', 'hover'],
};

/** WCAG relative luminance of an sRGB colour. */
function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

export function contrastRatio(a: readonly number[], b: readonly number[]): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

/**
 * The face colour is the commonest pixel inside the button (inset past its border); the text colour
 * is the colour, among those painted on at least 15 pixels, that differs most from the face.
 */
async function contrastOfPng(scratch: Page, png: Buffer): Promise<number> {
  const counts: [string, number][] = await scratch.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const inset = 5;
    const { data } = context.getImageData(inset, inset, bitmap.width - 2 * inset, bitmap.height - 2 * inset);
    const tally = new Map<string, number>();
    for (let i = 0; i < data.length; i += 4) {
      const key = `${data[i]},${data[i + 1]},${data[i + 2]}`;
      tally.set(key, (tally.get(key) ?? 0) + 1);
    }
    return [...tally.entries()];
  }, png.toString('base64'));
  const sorted = counts.sort((a, b) => b[1] - a[1]);
  const face = sorted[0]![0].split(',').map(Number);
  let best = 1;
  for (const [key, n] of sorted) {
    if (n < 15) break;
    best = Math.max(best, contrastRatio(face, key.split(',').map(Number)));
  }
  return Math.round(best * 100) / 100;
}

export async function contrastOfButton(
  session: ExtensionSession,
  page: Page,
  button: Locator,
): Promise<Record<string, number>> {
  await button.evaluate((el) => el.setAttribute('data-contrast-probe', ''));
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-contrast-probe]' });
  const scratch = await session.context.newPage();
  const results: Record<string, number> = {};
  try {
    for (const [state, forced] of Object.entries(BUTTON_STATES)) {
      await cdp.send('CSS.forcePseudoState', { nodeId, forcedPseudoClasses: forced });
      // Transitions would catch the colour half-way: let every running one finish first.
      await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
      results[state] = await contrastOfPng(scratch, await button.screenshot({ animations: 'disabled' }));
    }
  } finally {
    await cdp.send('CSS.forcePseudoState', { nodeId, forcedPseudoClasses: [] });
    await cdp.detach();
    await scratch.close();
  }
  return results;
}
