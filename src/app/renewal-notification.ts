/**
 * A system notification about certifications due for renewal, only when the learner has
 * allowed notifications, and at most once a day (remembered in localStorage).
 */
const KEY = "zenkan.renewalNotifiedOn";

export function canAskForNotifications(): boolean {
  return typeof Notification !== "undefined" && Notification.permission === "default";
}

export async function askForNotifications(): Promise<boolean> {
  if (typeof Notification === "undefined") return false;
  return (await Notification.requestPermission()) === "granted";
}

export function notifyRenewalOncePerDay(today: string, title: string, body: string): boolean {
  if (typeof Notification === "undefined" || Notification.permission !== "granted") return false;
  try {
    if (localStorage.getItem(KEY) === today) return false;
    localStorage.setItem(KEY, today);
  } catch {
    return false;
  }
  new Notification(title, { body, icon: "/icon-192.png", tag: "zenkan-renewal" });
  return true;
}
