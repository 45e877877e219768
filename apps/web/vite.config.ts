import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

const CHART_LIBRARIES = /node_modules[\\/](chart\.js|vue-chartjs|@kurkle)[\\/]/;
// exceljs is loaded on the first Excel download only (a dynamic import): it must stay out of the
// vendor group, which every page loads.
const LAZY_LIBRARIES = /node_modules[\\/]exceljs[\\/]/;

// In development the dashboard runs on Vite (hot reload) and calls the API on port 3000; in
// production the API serves the built files itself, on one port.
export default defineConfig({
  plugins: [
    vue(),
    // A gzip (.gz) and a brotli (.br) copy beside each text file of 1 kB or more, compressed once
    // here at the highest levels; the API sends the copy the browser accepts (app.factory.ts).
    // Smaller files are not worth it; a copy no smaller than its file is not written.
    compression({
      include: /\.(js|mjs|css|html|svg|json)$/,
      threshold: 1024,
      algorithms: [defineAlgorithm('gzip', { level: 9 }), defineAlgorithm('brotliCompress')],
    }),
  ],
  server: {
    port: 5173,
    proxy: { '/api': { target: `http://localhost:${process.env.PORT ?? '3000'}`, changeOrigin: false } },
  },
  build: {
    target: 'es2022',
    // The one chunk above Vite's 500 kB warning is exceljs (930 kB, 257 kB gzip), which only the
    // Excel download loads.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      output: {
        // Chart.js is the largest dependency: its own chunk, loaded with the dashboard only and
        // cached apart from the app code. A group also takes in its modules' dependencies, so
        // the vendor group goes first: otherwise Vue followed vue-chartjs into the chart chunk,
        // and the sign-in page had to load Chart.js.
        codeSplitting: {
          groups: [
            { name: 'vendor', test: (id: string) => id.includes('node_modules') && !CHART_LIBRARIES.test(id) && !LAZY_LIBRARIES.test(id), priority: 2 },
            { name: 'charts', test: CHART_LIBRARIES, priority: 1 },
          ],
        },
      },
    },
  },
});
