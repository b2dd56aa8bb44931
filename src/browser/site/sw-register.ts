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
  reload!.onclick = () => void takeOver(worker, reload!);
  later!.onclick = () => box.remove();
}

/**
 * Lets the new build take over, then reloads into it. The worker asked is the one waiting now (it
 * may not be the one offered); if none waits, the new build has already taken over (its
 * `controllerchange` came before the click) and a reload is all that is left. The reload follows
 * whichever comes first: the page's controller changing or the worker reaching "activated".
 */
async function takeOver(offered: ServiceWorker, button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  let reloading = false;
  const reload = () => {
    if (reloading) return;
    reloading = true;
    location.reload();
  };
  sw.addEventListener('controllerchange', reload, { once: true });
  const registration = await sw.getRegistration().catch(() => undefined);
  const next = registration?.waiting ?? (offered.state === 'installed' ? offered : null);
  if (!next) return reload();
  next.addEventListener('statechange', () => next.state === 'activated' && reload());
  next.postMessage({ type: 'SKIP_WAITING' });
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
