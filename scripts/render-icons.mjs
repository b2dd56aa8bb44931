// @ts-check
/**
 * One-off: renders the PNG app icons in public/icons/ from their SVG sources with Chromium, so
 * the icons have one source each. Run it again after changing an SVG, and commit the PNGs.
 *
 * usage: node --experimental-strip-types --no-warnings scripts/render-icons.mjs
 */
import { readFileSync } from 'node:fs';
import { launchChromium } from '../tests/helpers/chromium.ts';

/** Output file, source SVG and edge length in px. */
const ICONS = /** @type {const} */ ([
  ['icon-192.png', 'icon.svg', 192],
  ['icon-512.png', 'icon.svg', 512],
  ['apple-touch-icon.png', 'icon-maskable.svg', 180],
  ['icon-maskable-512.png', 'icon-maskable.svg', 512],
]);

const browser = await launchChromium();
try {
  for (const [out, source, size] of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const svg = readFileSync(`public/icons/${source}`, 'utf8');
    await page.setContent(`<style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    await page.screenshot({ path: `public/icons/${out}`, omitBackground: true });
    await page.close();
    console.log(`public/icons/${out} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
