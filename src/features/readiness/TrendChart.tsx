import { useLang, useT } from "../../app/i18n/t.ts";
import type { MockScore } from "../../state/readiness.ts";

const W = 320;
const H = 150;
const PAD = { l: 34, r: 8, t: 8, b: 22 };

/**
 * The scaled scores of past mock exams in time order, with the pass mark: a small SVG
 * drawn here, no chart library. Loaded only when the readiness view shows it.
 */
export function TrendChart({ mocks, passMark }: { mocks: MockScore[]; passMark: number }) {
  const t = useT();
  const lang = useLang();
  const y = (s: number) => PAD.t + ((1000 - s) / 900) * (H - PAD.t - PAD.b);
  const x = (i: number) =>
    mocks.length === 1 ? W / 2 : PAD.l + (i / (mocks.length - 1)) * (W - PAD.l - PAD.r);
  const date = new Intl.DateTimeFormat(lang === "ja" ? "ja-JP" : "en-US", {
    month: "short",
    day: "numeric",
  });
  const first = mocks[0];
  const last = mocks.at(-1);
  const summary = t("readiness.trendSummary", {
    n: mocks.length,
    first: first?.scaled ?? 0,
    last: last?.scaled ?? 0,
  });
  return (
    <figure className="trend">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary}>
        {[100, 500, 1000].map((s) => (
          <g key={s}>
            <line className="grid" x1={PAD.l} x2={W - PAD.r} y1={y(s)} y2={y(s)} />
            <text className="axis" x={PAD.l - 4} y={y(s) + 4} textAnchor="end">
              {s}
            </text>
          </g>
        ))}
        <line className="passline" x1={PAD.l} x2={W - PAD.r} y1={y(passMark)} y2={y(passMark)} />
        <text className="axis pass-label" x={PAD.l - 4} y={y(passMark) + 4} textAnchor="end">
          {passMark}
        </text>
        <polyline
          className="line"
          points={mocks.map((m, i) => `${x(i)},${y(m.scaled)}`).join(" ")}
        />
        {mocks.map((m, i) => (
          <circle
            key={m.at}
            className={m.passed ? "point pass" : "point"}
            cx={x(i)}
            cy={y(m.scaled)}
            r={4}
          />
        ))}
        {first && (
          <text
            className="axis"
            x={x(0)}
            y={H - 4}
            textAnchor={mocks.length === 1 ? "middle" : "start"}
          >
            {date.format(first.at)}
          </text>
        )}
        {last && mocks.length > 1 && (
          <text className="axis" x={x(mocks.length - 1)} y={H - 4} textAnchor="end">
            {date.format(last.at)}
          </text>
        )}
      </svg>
      <figcaption className="muted">{summary}</figcaption>
    </figure>
  );
}
