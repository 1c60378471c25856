import { type ComponentType, lazy } from "react";
import { HomeScreen } from "../features/home/HomeScreen.tsx";
import { loadScreenMessages } from "./i18n/t.ts";

/**
 * Every screen but Home is its own chunk, loaded when first opened together with the
 * screens' text, so start-up pays only for the shell and Home.
 */

type Screen = ComponentType<{ params: Record<string, string> }>;

const screen = <K extends string>(load: () => Promise<Record<K, Screen>>, name: K) =>
  lazy(async () => {
    const [module] = await Promise.all([load(), loadScreenMessages()]);
    return { default: module[name] };
  });

const routes: [RegExp, Screen][] = [
  [/^\/$/, HomeScreen],
  [
    /^\/exam\/(?<code>[A-Z]{3}-C\d{2})$/,
    screen(() => import("../features/exam/ExamScreen.tsx"), "ExamScreen"),
  ],
  [
    /^\/attempt\/(?<id>[\w.-]+)$/,
    screen(() => import("../features/exam/AttemptScreen.tsx"), "AttemptScreen"),
  ],
  [/^\/study$/, screen(() => import("../features/study/StudyScreen.tsx"), "StudyScreen")],
  [
    /^\/study\/session\/(?<id>[\w.-]+)$/,
    screen(() => import("../features/study/StudySessionScreen.tsx"), "StudySessionScreen"),
  ],
  [
    /^\/study\/mistakes$/,
    screen(() => import("../features/study/MistakesScreen.tsx"), "MistakesScreen"),
  ],
  [
    /^\/readiness(?:\/(?<code>[A-Z]{3}-C\d{2}))?$/,
    screen(() => import("../features/readiness/ReadinessScreen.tsx"), "ReadinessScreen"),
  ],
  [/^\/planner$/, screen(() => import("../features/planner/PlannerScreen.tsx"), "PlannerScreen")],
  [/^\/banks$/, screen(() => import("../features/banks/BanksScreen.tsx"), "BanksScreen")],
  [
    /^\/settings$/,
    screen(() => import("../features/settings/SettingsScreen.tsx"), "SettingsScreen"),
  ],
];

export function matchRoute(
  path: string,
): { Screen: Screen; params: Record<string, string> } | null {
  const clean = path.length > 1 ? path.replace(/\/+$/, "") : path;
  for (const [pattern, Screen] of routes) {
    const m = pattern.exec(clean);
    if (m) return { Screen, params: { ...m.groups } };
  }
  return null;
}
