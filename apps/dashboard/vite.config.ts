import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The dashboard is served by the sync server on the same origin (`/`, API at `/api`).
 * `npm run dev -w apps/dashboard` proxies /api to a server started with `npm start`.
 * The entry (src/main.tsx) is tiny: it starts the first requests, then imports the app
 * (src/start.tsx) dynamically, so index.html names no other script to wait for.
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500, sourcemap: false },
  server: { proxy: { '/api': 'http://127.0.0.1:3001' } },
});
