import { afterEach, describe, expect, it, vi } from "vitest";
import { notifyRenewalOncePerDay } from "./renewal-notification.ts";

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

function fakeNotification(permission: NotificationPermission) {
  const shown: string[] = [];
  const Fake = Object.assign(
    function (this: unknown, title: string, options?: NotificationOptions) {
      shown.push(`${title}: ${options?.body}`);
    },
    { permission },
  );
  vi.stubGlobal("Notification", Fake);
  return shown;
}

describe("renewal notifications", () => {
  it("notify at most once a day, and only with the learner's permission", () => {
    const shown = fakeNotification("granted");
    expect(notifyRenewalOncePerDay("2026-11-26", "Zenkan", "CLF-C02 expires")).toBe(true);
    expect(notifyRenewalOncePerDay("2026-11-26", "Zenkan", "CLF-C02 expires")).toBe(false);
    expect(notifyRenewalOncePerDay("2026-11-27", "Zenkan", "CLF-C02 expires")).toBe(true);
    expect(shown).toEqual(["Zenkan: CLF-C02 expires", "Zenkan: CLF-C02 expires"]);
  });

  it("stay silent without permission", () => {
    const shown = fakeNotification("default");
    expect(notifyRenewalOncePerDay("2026-11-26", "Zenkan", "x")).toBe(false);
    expect(shown).toEqual([]);
  });
});
