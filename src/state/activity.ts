import { create } from "zustand";

/**
 * What the learner is doing right now, for parts of the shell that must not interrupt it
 * (the update prompt). Tiny on purpose: the shell imports it at start-up, while the exam
 * session and its scoring load only with the exam screen.
 */
export const useActivity = create<{ examInProgress: boolean }>()(() => ({ examInProgress: false }));
