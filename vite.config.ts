/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { version } from "./package.json";
import { bundledBanks } from "./scripts/vite-bundled-banks.ts";
import { staticShell } from "./scripts/vite-static-shell.ts";

export default defineConfig({
  plugins: [
    react(),
    bundledBanks("question-banks"),
    staticShell(),
    // version.json names the build; a new build id makes a new service worker, which is
    // how the update prompt is tested (tests/e2e/update.spec.ts).
    {
      name: "zenkan-version",
      generateBundle() {
        const build = process.env.ZENKAN_BUILD_ID ?? "local";
        this.emitFile({
          type: "asset",
          fileName: "version.json",
          source: JSON.stringify({ version, build }),
        });
      },
    },
    // The service worker precaches the shell, every screen's chunk and the bundled banks,
    // so after one visit the whole app works offline. It is registered from
    // src/pwa/register.ts after the first paint; updates wait for the learner (prompt).
    VitePWA({
      strategies: "generateSW",
      registerType: "prompt",
      injectRegister: false,
      includeAssets: ["favicon.svg"],
      manifest: {
        name: "Zenkan 全冠 — AWS certification exam simulator",
        short_name: "Zenkan",
        description: "Offline AWS certification mock exams and study, in English and Japanese.",
        lang: "en",
        start_url: "/",
        scope: "/",
        display: "standalone",
        theme_color: "#0b5cad",
        background_color: "#f6f7f9",
        icons: [
          { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
          { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
          {
            src: "/icon-maskable-512.png",
            sizes: "512x512",
            type: "image/png",
            purpose: "maskable",
          },
        ],
      },
      workbox: {
        globPatterns: ["**/*.{js,css,html,svg,png,json,webmanifest}"],
        navigateFallback: "/index.html",
        cleanupOutdatedCaches: true,
        // The first version takes control at once, so the very first visit is offline-ready;
        // later versions wait for the learner (skipWaiting only on their "Reload").
        clientsClaim: true,
        // Bundled banks are a few hundred kilobytes each; keep them all.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      },
    }),
  ],
  build: {
    target: "es2022",
    // index.html preloads what start-up needs. A lazily loaded chunk's own imports are not
    // preloaded: the helper that does it appends a <link> per import, which cost start-up
    // ~20 ms of main thread on the idle-time loads (storage, the dashboard), and after the
    // first visit every chunk comes from the service worker's cache, where fetching imports
    // as they are found costs next to nothing.
    modulePreload: {
      resolveDependencies: (_file, deps, { hostType }) => (hostType === "html" ? deps : []),
    },
    sourcemap: false,
    // A bank JSON must stay a file of its own (cached, hashed), never inlined.
    assetsInlineLimit: 0,
  },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts", "tests/unit/**/*.test.{ts,tsx}"],
    setupFiles: ["./vitest.setup.ts"],
    restoreMocks: true,
  },
});
