/**
 * Registers the service worker (built by scripts/build-service-worker.mjs) and, when a new build
 * has installed and waits (or is still installing when the page registers), offers "A new version is available" with a Reload button. The new
 * worker takes over only on that click, so a reader is never switched mid-task. Loaded on idle
 * after `load` by the header's script (src/components/site/SiteHeader.astro).
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const sw = navigator.serviceWorker;

/** Shows the prompt for a waiting worker (once per page). */
function offer(worker: ServiceWorker | null): void {
  // Without a controller this is the first install: nothing old to replace, nothing to ask.
  if (!worker || !sw.controller || document.querySelector('.update-prompt')) return;
  const box = document.createElement('div');
  box.className = 'update-prompt atlas-toast';
  box.innerHTML =
    '<p role="status"></p><button type="button" class="button primary">Reload</button> <button type="button" class="button">Later</button>';
  document.body.append(box);
  const [reload, later] = box.querySelectorAll('button');
  // The live region is in the page before its words, so screen readers announce them.
  setTimeout(() => (box.firstElementChild!.textContent = 'A new version is available.'), 60);
  reload!.onclick = () => {
    reload!.disabled = true;
    sw.addEventListener('controllerchange', () => location.reload(), { once: true });
    worker.postMessage({ type: 'SKIP_WAITING' });
  };
  later!.onclick = () => box.remove();
}

/**
 * Offers `worker` once it has installed. A worker may already be installing when this script
 * registers (the browser checks for an update on navigation, and registration waits for load and
 * idle), so its `updatefound` has passed: follow its state from here instead.
 */
function follow(worker: ServiceWorker | null): void {
  if (!worker) return;
  if (worker.state === 'installed') return offer(worker);
  worker.addEventListener('statechange', () => worker.state === 'installed' && offer(worker));
}

sw.register(`${base}sw.js`, { scope: base, updateViaCache: 'none' }).then((registration) => {
  offer(registration.waiting);
  follow(registration.installing);
  registration.addEventListener('updatefound', () => follow(registration.installing));
}, () => undefined);
