import type { Translate } from "../../app/i18n/t.ts";
import type { StudySessionRecord } from "../../db/ports.ts";

/** "SAA-C03 practice", "Reviews due", …: what a session is, in the learner's language. */
export function sessionTitle(t: Translate, s: Pick<StudySessionRecord, "exam" | "kind">): string {
  if (s.exam === null) return t("study.kind.dueAll");
  return t(`study.kind.${s.kind}`, { exam: s.exam });
}
