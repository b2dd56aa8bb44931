import { describe, expect, it } from 'vitest';
import type { AstroIntegration } from 'astro';
import type { PluginOption } from 'vite';
import { BABEL_JSX_PLUGIN, preactIslands, withoutBabelJsx } from '../../../src/astro/integrations/preact-islands.ts';

type SetupParams = Parameters<NonNullable<AstroIntegration['hooks']['astro:config:setup']>>[0];

/** Runs the integration's setup hook for `command` and returns what it passed to updateConfig. */
async function setupConfig(command: 'build' | 'dev') {
  const updates: Array<{ vite?: { plugins?: PluginOption[]; oxc?: unknown } }> = [];
  const params = {
    command,
    updateConfig: (config: (typeof updates)[number]) => (updates.push(config), config),
    addRenderer: () => {},
    injectScript: () => {},
  } as unknown as SetupParams;
  await preactIslands({ include: [/\.tsx$/] }).hooks['astro:config:setup']!(params);
  return updates;
}

/** The names of every plugin in a (nested) plugin list. */
const names = (plugins: readonly PluginOption[] = []): string[] =>
  plugins.flat(Infinity as 1).flatMap((p) => (p && typeof p === 'object' && 'name' in p ? [p.name] : []));

describe('withoutBabelJsx', () => {
  it.each([
    { plugins: [], expected: [] },
    { plugins: [{ name: BABEL_JSX_PLUGIN }], expected: [] },
    { plugins: [{ name: 'a' }, [{ name: BABEL_JSX_PLUGIN }, { name: 'b' }]], expected: ['a', 'b'] },
    { plugins: [[[{ name: 'deep' }]], false, null], expected: ['deep'] },
  ])('keeps $expected', ({ plugins, expected }) => {
    expect(names(withoutBabelJsx(plugins as PluginOption[]))).toEqual(expected);
  });

  it('keeps falsy entries, which Vite ignores', () => {
    expect(withoutBabelJsx([false, null, { name: 'x' }])).toEqual([false, null, { name: 'x' }]);
  });
});

describe('preactIslands', () => {
  it('drops the Babel JSX step and hands JSX to Oxc in the build', async () => {
    const [config] = await setupConfig('build');
    const plugins = names(config?.vite?.plugins);
    expect(plugins).not.toContain(BABEL_JSX_PLUGIN);
    expect(plugins).toContain('@astrojs/preact:opts');
    expect(config?.vite?.oxc).toEqual({ jsx: { runtime: 'automatic', importSource: 'preact' } });
  });

  it('leaves dev as @astrojs/preact sets it up', async () => {
    const [config] = await setupConfig('dev');
    expect(names(config?.vite?.plugins)).toContain(BABEL_JSX_PLUGIN);
    expect(config?.vite?.oxc).toBeUndefined();
  });
});
