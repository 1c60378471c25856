/** The main navigation: each section's path and the message naming it. */
export const NAV = [
  ["/", "nav.home"],
  ["/study", "nav.study"],
  ["/readiness", "nav.readiness"],
  ["/planner", "nav.planner"],
  ["/banks", "nav.banks"],
  ["/settings", "nav.settings"],
] as const;
