// @vitest-environment node
import { describe, expect, it } from "vitest";
import { deadlineFor, formatClock, timeLeftMs, WARNINGS_MIN, warningDue } from "./timer.ts";

const MIN = 60_000;
const start = 1_700_000_000_000;

describe("deadlineFor", () => {
  it("adds the exam's minutes to the start", () => {
    expect(deadlineFor(start, 130)).toBe(start + 130 * MIN);
  });

  it("adds extra minutes (ESL accommodation)", () => {
    expect(deadlineFor(start, 130, 30)).toBe(start + 160 * MIN);
    expect(deadlineFor(start, 90, 0)).toBe(start + 90 * MIN);
  });
});

describe("timeLeftMs", () => {
  const deadline = deadlineFor(start, 90);
  it("counts down from now", () => {
    expect(timeLeftMs(deadline, start)).toBe(90 * MIN);
    expect(timeLeftMs(deadline, deadline - 1)).toBe(1);
  });

  it("is 0 exactly at the deadline and after it, never negative", () => {
    expect(timeLeftMs(deadline, deadline)).toBe(0);
    expect(timeLeftMs(deadline, deadline + 5 * MIN)).toBe(0);
  });
});

describe("formatClock", () => {
  it("shows h:mm:ss from one hour up", () => {
    expect(formatClock((2 * 3600 + 9 * 60 + 59) * 1000)).toBe("2:09:59");
    expect(formatClock(3600 * 1000)).toBe("1:00:00");
    expect(formatClock(180 * MIN)).toBe("3:00:00");
  });

  it("shows m:ss below one hour", () => {
    expect(formatClock((9 * 60 + 5) * 1000)).toBe("9:05");
    expect(formatClock(3600 * 1000 - 1)).toBe("1:00:00"); // 59:59.999 rounds up to the hour
    expect(formatClock(3599 * 1000)).toBe("59:59");
    expect(formatClock(59 * 1000)).toBe("0:59");
  });

  it("rounds partial seconds up, so 0:00 appears only when time is over", () => {
    expect(formatClock(1)).toBe("0:01");
    expect(formatClock(999)).toBe("0:01");
    expect(formatClock(1000)).toBe("0:01");
    expect(formatClock(1001)).toBe("0:02");
    expect(formatClock(0)).toBe("0:00");
    expect(formatClock(-500)).toBe("0:00");
    expect(formatClock(Number.NaN)).toBe("0:00");
  });
});

describe("warningDue", () => {
  const deadline = deadlineFor(start, 130);
  const at = (leftMs: number) => deadline - leftMs;

  it("warns at 10 and 5 minutes left", () => {
    expect(WARNINGS_MIN).toEqual([10, 5]);
    expect(warningDue(deadline, at(11 * MIN), [])).toBeNull();
    expect(warningDue(deadline, at(10 * MIN + 1), [])).toBeNull();
    expect(warningDue(deadline, at(10 * MIN), [])).toBe(10);
    expect(warningDue(deadline, at(7 * MIN), [])).toBe(10);
    expect(warningDue(deadline, at(5 * MIN), [10])).toBe(5);
    expect(warningDue(deadline, at(1), [10])).toBe(5);
  });

  it("does not repeat a warning already shown", () => {
    expect(warningDue(deadline, at(7 * MIN), [10])).toBeNull();
    expect(warningDue(deadline, at(2 * MIN), [10, 5])).toBeNull();
  });

  it("offers only the latest threshold when both were crossed unseen", () => {
    expect(warningDue(deadline, at(3 * MIN), [])).toBe(5);
    expect(warningDue(deadline, at(3 * MIN), [5])).toBeNull();
  });

  it("gives no warning at the deadline or after it", () => {
    expect(warningDue(deadline, deadline, [])).toBeNull();
    expect(warningDue(deadline, deadline + MIN, [])).toBeNull();
  });

  it("gives no warning for an exam shorter than a threshold before it is crossed", () => {
    const short = deadlineFor(start, 8);
    expect(warningDue(short, start, [])).toBe(10); // 8 min left is already under 10
    expect(warningDue(short, start, [10])).toBeNull();
  });
});
