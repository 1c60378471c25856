import "@testing-library/jest-dom/vitest";
import "fake-indexeddb/auto";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import { loadScreenMessages } from "./src/app/i18n/t.ts";

// The app loads the screens' text with the first screen; tests render screens directly.
await loadScreenMessages();

afterEach(() => cleanup());
