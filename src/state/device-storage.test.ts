import { describe, expect, it } from "vitest";
import { needsIosInstallHint } from "../pwa/state.ts";
import { requestPersistence, storageStatus } from "./device-storage.ts";

const manager = (persisted: boolean, grant: boolean) =>
  ({
    persisted: async () => persisted,
    persist: async () => grant,
    estimate: async () => ({ usage: 2_500_000, quota: 1_000_000_000 }),
  }) as unknown as StorageManager;

describe("device storage", () => {
  it("reports persistence and usage, and asks for persistence", async () => {
    expect(await storageStatus(manager(false, true))).toEqual({
      persistent: false,
      usageBytes: 2_500_000,
      quotaBytes: 1_000_000_000,
    });
    expect(await requestPersistence(manager(false, true))).toBe(true);
    expect(await requestPersistence(manager(false, false))).toBe(false);
  });

  it("says nothing it does not know when the browser has no StorageManager", async () => {
    expect(await storageStatus(undefined)).toEqual({
      persistent: null,
      usageBytes: null,
      quotaBytes: null,
    });
    expect(await requestPersistence(undefined)).toBe(false);
  });
});

describe("iOS install hint", () => {
  const nav = (userAgent: string, standalone = false, platform = "iPhone", maxTouchPoints = 5) =>
    ({ userAgent, standalone, platform, maxTouchPoints }) as unknown as Navigator;
  it("shows in iOS Safari, not once installed, and not elsewhere", () => {
    expect(needsIosInstallHint(nav("Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X)"))).toBe(
      true,
    );
    expect(
      needsIosInstallHint(nav("Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X)", true)),
    ).toBe(false);
    expect(
      needsIosInstallHint(
        nav("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)", false, "MacIntel", 5),
      ),
    ).toBe(true);
    expect(
      needsIosInstallHint(nav("Mozilla/5.0 (X11; Linux x86_64)", false, "Linux x86_64", 0)),
    ).toBe(false);
  });
});
