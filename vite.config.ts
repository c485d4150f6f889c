import { defineConfig } from 'vite';
import { validateGeodata } from './scripts/validate-geodata-plugin';

export default defineConfig({
  // Relative asset paths, so the built folder works from any static host and sub-path.
  base: './',
  plugins: [validateGeodata()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
});
