import { defineBackground } from '#imports';

export default defineBackground(() => {
  console.log('NHSmail Companion background started');
});
