/**
 * Vite plugin (build only): a smaller preload helper. Vite wraps every dynamic import() in its
 * `__vitePreload`, which every page then loads before interaction (about 880 B gzip, mostly CSS
 * preloading and nonce handling this site does not use: its CSS is one file in the head). This
 * writes the helper's chunk over with one that does the same for what the site needs, in about
 * 200 B: add a modulepreload link (or a stylesheet, awaited) per dependency once, then import.
 * If Vite's chunk ever stops looking as expected, it is left alone.
 */
import type { Plugin } from 'vite';

/** The helper's source, exporting it as `name`, with dependency paths under `base`. */
export function smallPreloadCode(base: string, name: string): string {
  return `const s={},b=${JSON.stringify(base)},p=(f,d)=>{if(!d||!d.length)return f();const w=[];for(const u of d){const h=b+u;if(s[h])continue;s[h]=1;const c=h.endsWith(".css"),l=document.createElement("link");l.rel=c?"stylesheet":"modulepreload";l.href=h;c&&w.push(new Promise(r=>{l.onload=l.onerror=r}));document.head.append(l)}return Promise.all(w).then(f)};export{p as ${name}};`;
}

/** Replaces the preload helper chunk in the client build. */
export function smallPreloadHelper(): Plugin {
  let base = '/';
  return {
    name: 'customer-atlas-small-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base.endsWith('/') ? config.base : `${config.base}/`;
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !/(^|\/)preload-helper\.[\w-]+\.js$/.test(chunk.fileName)) continue;
        const exported = /export\s*\{\s*(\w+)\s+as\s+(\w+)\s*\}\s*;?\s*$/.exec(chunk.code);
        if (!exported || !chunk.code.includes('vite:preloadError') || chunk.exports.length !== 1) continue;
        chunk.code = smallPreloadCode(base, exported[2]!);
      }
    },
  };
}
