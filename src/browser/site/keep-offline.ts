/**
 * "Keep this chapter offline": puts every page of the chapter (listed in the button's markup by
 * the build) into the cache the service worker answers from when offline.
 */
import { base } from 'astro:config/client';
import { pagesCacheName } from '../../lib/site/offline-cache';

async function missing(pages: string[]): Promise<string[]> {
  // Precached pages are stored as `<page>index.html?__WB_REVISION__=…`, visited ones under their own address.
  const found = await Promise.all(pages.map(async (p) => (await caches.match(p)) ?? caches.match(`${p}index.html`, { ignoreSearch: true })));
  return pages.filter((_, i) => !found[i]);
}

async function setUp(box: HTMLElement): Promise<void> {
  const button = box.querySelector('button')!;
  const done = box.querySelector<HTMLElement>('.keep-offline-done')!;
  const status = box.querySelector('[role="status"]')!;
  const say = (text: string) => (status.textContent = text);
  const sw = navigator.serviceWorker;
  if (!('caches' in window) || !sw) return void say('This browser cannot keep pages for offline reading.');
  if (!sw.controller) {
    // First visit: the service worker is still installing; go on once it controls this page.
    say('Getting offline reading ready…');
    await new Promise((done) => sw.addEventListener('controllerchange', done, { once: true }));
  }
  const pages = (box.dataset['keepOffline'] ?? '').split(' ').filter(Boolean);
  const title = box.dataset['chapterTitle'] ?? 'this chapter';
  const show = async () => {
    const left = await missing(pages);
    const kept = left.length === 0;
    button.disabled = kept;
    box.dataset['kept'] = kept ? 'yes' : 'no';
    done.dataset['done'] = kept ? 'yes' : 'no';
    say(left.length === 0 ? `On this device: all ${pages.length} pages of ${title} work offline.` : '');
    return left;
  };
  button.onclick = async () => {
    // Disabling the button takes focus from it: note now whether it had it.
    const focused = document.activeElement === button;
    button.disabled = true;
    say(`Saving ${pages.length} pages…`);
    try {
      await (await caches.open(pagesCacheName(base))).addAll(await missing(pages));
    } catch {
      say('Some pages could not be saved. Check the connection and try again.');
      button.disabled = false;
      return;
    }
    // The button gives way to the done mark: focus follows, so it is not lost.
    if ((await show()).length === 0 && focused) done.focus();
  };
  await show();
}

for (const box of document.querySelectorAll<HTMLElement>('[data-keep-offline]')) void setUp(box);
