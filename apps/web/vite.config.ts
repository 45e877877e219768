import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// In development the dashboard runs on Vite (hot reload) and calls the API on port 3000; in
// production the API serves the built files itself, on one port.
export default defineConfig({
  plugins: [vue()],
  server: {
    port: 5173,
    proxy: { '/api': { target: `http://localhost:${process.env.PORT ?? '3000'}`, changeOrigin: false } },
  },
  build: {
    target: 'es2022',
    rollupOptions: {
      output: {
        // Chart.js is the largest dependency: its own chunk caches apart from the app code.
        manualChunks(id: string) {
          if (id.includes('node_modules/chart.js') || id.includes('node_modules/vue-chartjs')) return 'charts';
          if (id.includes('node_modules')) return 'vendor';
          return undefined;
        },
      },
    },
  },
});
