/**
 * @astrojs/preact for the islands, with Vite's own JSX transform in the build. The integration
 * always hands Preact's Vite preset a Babel configuration, so every .tsx module goes through
 * Babel (about 2 s of a 700-article build) although Babel adds nothing here: no hook names, no
 * plugins. In `astro build` this drops the preset's Babel step and lets Oxc (Vite's transform)
 * compile JSX with Preact's automatic runtime, as the preset itself does when no Babel options are
 * given. `astro dev` keeps the integration as it is (Prefresh, devtools).
 */
import preact from '@astrojs/preact';
import type { AstroIntegration } from 'astro';
import type { PluginOption } from 'vite';

/** The name of the preset's Babel JSX plugin that the build leaves out. */
export const BABEL_JSX_PLUGIN = 'vite:preact-jsx';

/** The plugin list, flattened, without Preact's Babel JSX plugin. */
export function withoutBabelJsx(plugins: readonly PluginOption[]): PluginOption[] {
  return plugins.flatMap((plugin): PluginOption[] => {
    if (Array.isArray(plugin)) return withoutBabelJsx(plugin);
    if (plugin && typeof plugin === 'object' && 'name' in plugin && plugin.name === BABEL_JSX_PLUGIN) return [];
    return [plugin];
  });
}

type PreactOptions = Parameters<typeof preact>[0];
type SetupHook = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;

/** @astrojs/preact, compiled by Oxc instead of Babel in the build. */
export function preactIslands(options?: PreactOptions): AstroIntegration {
  const integration = preact(options);
  const setup = integration.hooks['astro:config:setup'] as SetupHook | undefined;
  if (!setup) throw new Error('@astrojs/preact has no astro:config:setup hook: update src/astro/integrations/preact-islands.ts.');
  return {
    ...integration,
    hooks: {
      ...integration.hooks,
      'astro:config:setup': (params) => {
        if (params.command !== 'build') return setup(params);
        return setup({
          ...params,
          updateConfig: (config) =>
            params.updateConfig({
              ...config,
              vite: {
                ...config.vite,
                plugins: withoutBabelJsx(config.vite?.plugins ?? []),
                oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
              },
            }),
        });
      },
    },
  };
}
