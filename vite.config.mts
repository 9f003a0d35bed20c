import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer builds to dist-renderer/, served by app:// in Electron and by the web server in
// browser mode. Relative paths work under both.
export default defineConfig({
  root: 'src-renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist-renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
  },
});
