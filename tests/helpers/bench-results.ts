/** Benchmark results that meet every budget in bench/budgets.json, for the checker's tests to break one figure at a time. */
const s = (median: number) => ({ median, min: median, max: median });
const weight = (gzip: number) => ({ raw: gzip * 3, gzip });

/** A spread whose median, min and max are all `median`. */
export const spreadOf = s;

/** Results for one N that meet every budget; change a field to break one. */
export function passingResults(n = 700, htmlGzip = 5000) {
  return {
    n,
    build: { totalMs: s(10_000), msPerPage: s(14), pagefindMs: s(900), peakMemoryMb: s(600), htmlPages: 760, starlight: undefined as undefined | { totalMs: ReturnType<typeof s>; htmlPages: number; ratio: number } },
    pages: {
      home: { html: weight(12_000), frameHtml: weight(12_000), css: weight(3000), js: weight(1200), frameworkScripts: [] as string[] },
      chapter: { html: weight(15_000), frameHtml: weight(15_000), css: weight(3000), js: weight(1200), frameworkScripts: [] as string[], articles: 48 },
      article: { html: weight(htmlGzip), frameHtml: weight(htmlGzip / 2), css: weight(3000), js: weight(1200), frameworkScripts: [] as string[] },
      // The page weight after idle may pass 25 KB: the before-interaction figure is in `worksheets`.
      worksheet: { html: weight(6000), frameHtml: weight(6000), css: weight(4000), js: weight(36_000), frameworkScripts: ['preact.js'] },
    },
    fonts: { first: { bytes: 55_000, files: 2 }, next: { bytes: 0, files: 2 } },
    search: { coldMs: s(120), coldTextMs: s(300), warmMs: s(20), firstQueryBytes: 150_000, firstQueryBytesSpread: s(150_000), warmQueryBytes: 8000, phraseExtraMs: s(6), planted: { first: 10, total: 10, misses: [] as string[] } },
    customerValue: { import5000Ms: s(600), update1000Ms: s(40) },
    team: { customers: 10_000, files: 100, dropMs: s(900), filterMs: s(40), jsBeforeInteractionGzip: 12_000, boardBeforeFiles: false },
    worksheets: { jsBeforeInteractionGzip: 24_000, jsAfterIdleGzip: 36_000, clsMax: 0.001, checklistUpdateMs: 30 },
    offline: {
      chapter: 'customers' as string | null,
      precacheBytes: 1_200_000,
      precacheFiles: 170,
      registerJsGzip: 800,
      registerAfterLoad: true,
      progressJsGzip: 900,
      progressUiBeforeInteraction: 0,
      offlineFirstQueryRequests: 0,
      offlineFirstQueryResults: 5,
    },
  };
}
