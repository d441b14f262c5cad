import type { StorybookConfig } from '@storybook/web-components-vite';

// `npm run storybook` / `npm run build-storybook` (both run `npm run analyze` first, which
// writes the custom-elements.json that preview.ts reads).
const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Every feed a story reads is served from here: nothing is fetched from another machine.
  staticDirs: [
    { from: '../public/feeds', to: '/feeds' },
    { from: '../stories/fixtures', to: '/fixtures' },
  ],
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
  viteFinal: (config) => ({
    ...config,
    // The feeds come through staticDirs above; the demo's public/ is not part of Storybook.
    publicDir: false,
    // Storybook's own manager and docs chunks are large; that is not something to act on here.
    build: { ...config.build, chunkSizeWarningLimit: 2048 },
  }),
};

export default config;
