import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { startBackground } from '../lib/background/main.ts';

export default defineBackground(() => {
  startBackground(browser);
});
