/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { bundledBanks } from "./scripts/vite-bundled-banks.ts";

export default defineConfig({
  plugins: [react(), bundledBanks("question-banks")],
  build: {
    target: "es2022",
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
