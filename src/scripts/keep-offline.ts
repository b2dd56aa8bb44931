/**
 * "Keep this chapter offline": reads the chapter's page list (offline-pages/<id>.json, checked
 * with zod), and puts every page into the cache the service worker answers from when offline.
 */
import { base } from 'astro:config/client';
import { pagesCacheName } from '../lib/offline-cache';
import { offlinePagesSchema } from '../lib/offline-pages';
import { withBase } from '../lib/urls';

async function missing(pages: string[]): Promise<string[]> {
  // Precached pages are stored as `<page>index.html?__WB_REVISION__=…`, visited ones under their own address.
  const found = await Promise.all(pages.map(async (p) => (await caches.match(p)) ?? caches.match(`${p}index.html`, { ignoreSearch: true })));
  return pages.filter((_, i) => !found[i]);
}

async function setUp(box: HTMLElement): Promise<void> {
  const button = box.querySelector('button')!;
  const status = box.querySelector('[role="status"]')!;
  const say = (text: string) => (status.textContent = text);
  if (!('caches' in window) || !navigator.serviceWorker?.controller) {
    say('Offline reading starts after this page has been opened once with a connection.');
    return;
  }
  const list = offlinePagesSchema.safeParse(await fetch(box.dataset['keepOffline']!).then((r) => r.json(), () => null));
  if (!list.success) return void say('The list of this chapter’s pages could not be read.');
  const pages = list.data.pages.map((p) => withBase(base, p));
  const show = async () => {
    const left = await missing(pages);
    button.disabled = left.length === 0;
    say(left.length === 0 ? `On this device: all ${pages.length} pages of ${list.data.title} work offline.` : '');
    return left;
  };
  button.onclick = async () => {
    button.disabled = true;
    say(`Saving ${pages.length} pages…`);
    try {
      await (await caches.open(pagesCacheName(base))).addAll(await missing(pages));
    } catch {
      say('Some pages could not be saved. Check the connection and try again.');
      button.disabled = false;
      return;
    }
    await show();
  };
  await show();
}

for (const box of document.querySelectorAll<HTMLElement>('[data-keep-offline]')) void setUp(box);
