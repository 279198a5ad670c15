import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The console is served by the gateway from dist/; `npm run dev:web` proxies the API to a running `npm start`. */
const GATEWAY = process.env['GATEWAY_ORIGIN'] ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  // GraphiQL's lazy chunk (/explorer only) is about 720 kB minified; the console's own entry stays well under it.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 800 },
  server: {
    proxy: {
      '/graphql': { target: GATEWAY, ws: true },
      '/dev/token': GATEWAY,
      '/console-config.json': GATEWAY,
    },
  },
});
