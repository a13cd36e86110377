// Printed after `npm start`: where the built extension is and how to load it.
import { resolve } from 'node:path';

const chrome = resolve('.output/chrome-mv3');
const firefox = resolve('.output/firefox-mv2/manifest.json');
console.log(`
Backstory is built.
  Chrome / Chromium / Edge: open chrome://extensions, turn on "Developer mode",
    click "Load unpacked" and choose ${chrome}
  Firefox: open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on…"
    and choose ${firefox}
Then open a news article about the U.S.–Ukraine minerals deal on a supported site.
For live reloading while you work: npm run dev (Chrome) or npm run dev:firefox.
`);
