// @ts-check
/**
 * Writes docs/atlas.png, the README's screenshot of the atlas: the built site (dist/) at 1366x900
 * in the light theme, reduced to a 256-colour PNG (sharp) to stay small (at most 150 KB).
 *
 * usage: npm run build && node --experimental-strip-types --no-warnings docs/atlas-shot.mjs [--path <page>] (default: the chapter map, chapters/customers/)
 */
import { statSync } from 'node:fs';
import sharp from 'sharp';
import { launchChromium } from '../tests/helpers/chromium.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';

const at = process.argv.indexOf('--path');
const path = at >= 0 ? (process.argv[at + 1] ?? '') : 'chapters/customers/';
const out = 'docs/atlas.png';
const site = await serveStatic(process.env['ATLAS_TEST_DIST'] ?? 'dist', '/');
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto(`${site.root}${path}`, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const png = await page.screenshot();
  await sharp(png).png({ palette: true, colours: 256, compressionLevel: 9, effort: 10 }).toFile(out);
  const kb = statSync(out).size / 1024;
  console.log(`${out}: ${kb.toFixed(1)} KB from /${path}`);
  if (kb > 150) process.exitCode = 1;
} finally {
  await browser.close();
  await site.close();
}
