import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The task pane's build: dist/taskpane.html and hashed assets, served at /addin/ on the
 * server's origin. ADDIN_OUT_DIR lets tests build into a temporary folder.
 */
const root = import.meta.dirname;
export default defineConfig({
  root,
  base: '/addin/',
  plugins: [react()],
  build: {
    outDir: process.env.ADDIN_OUT_DIR || resolve(root, 'dist'),
    emptyOutDir: true,
    target: 'es2020',
    chunkSizeWarningLimit: 1200,
    rollupOptions: { input: { taskpane: resolve(root, 'taskpane.html') } },
  },
});
