import { useEffect, useState } from "react";
import { useT } from "../../app/i18n/t.ts";
import type { AttemptRecord } from "../../db/ports.ts";
import { formatClock, timeLeftMs } from "../../domain/exam/timer.ts";
import { useExamSession } from "../../state/exam-session.ts";

/** Time left (exam) or time spent (practice), from the stored deadline and the clock. */
export function ExamClock({ attempt }: { attempt: AttemptRecord }) {
  const t = useT();
  const tick = useExamSession((s) => s.tick);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => {
      const n = Date.now();
      setNow(n);
      tick(n);
    }, 1000);
    return () => clearInterval(id);
  }, [tick]);
  if (attempt.deadline !== null) {
    const left = timeLeftMs(attempt.deadline, now);
    return (
      <p className={`clock${left < 5 * 60_000 ? " low" : ""}`}>
        <span className="label">{t("run.timeLeft")}</span>{" "}
        <span role="timer" aria-label={t("run.timeLeft")}>
          {formatClock(left)}
        </span>
      </p>
    );
  }
  const spent =
    attempt.elapsedMs + (attempt.resumedAt === null ? 0 : Math.max(0, now - attempt.resumedAt));
  return (
    <p className="clock">
      <span className="label">{t("run.elapsed")}</span>{" "}
      <span role="timer" aria-label={t("run.elapsed")}>
        {formatClock(spent)}
      </span>
    </p>
  );
}
