import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// The H5 app is built into mobile-api's classpath (target/classes/static) and served by Spring Boot at /.
// `npm run dev` serves it on 5173 and forwards /api to a mobile-api on 8081.
export default defineConfig({
  plugins: [vue()],
  build: {
    outDir: '../target/classes/static',
    emptyOutDir: true,
    assetsDir: 'assets',
    reportCompressedSize: false,
    // scripts/first-page-size.mjs reads it to measure what the first page loads
    manifest: true,
  },
  server: { proxy: { '/api': 'http://localhost:8081' } },
})
