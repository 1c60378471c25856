import { useLang, useT } from "../../app/i18n/t.ts";
import { pick } from "../../domain/text.ts";
import { catalog, LEVEL_ORDER } from "../../state/catalog.ts";

/**
 * The renewal graph as a picture: one row per level (Professional and Specialty on top,
 * Foundational at the bottom), an arrow from each exam to every certification its pass
 * renews. Held certifications are filled.
 */
export function RenewalDiagram({ held }: { held: ReadonlySet<string> }) {
  const t = useT();
  const lang = useLang();
  const rows = [["professional", "specialty"], ["associate"], ["foundational"]] as const;
  const width = 360;
  const rowY = [30, 120, 210];
  const pos = new Map<string, { x: number; y: number }>();
  rows.forEach((levels, r) => {
    const exams = catalog.exams.filter((e) => (levels as readonly string[]).includes(e.level));
    exams.forEach((e, i) => {
      pos.set(e.family, { x: ((i + 0.5) * width) / exams.length, y: rowY[r] ?? 0 });
    });
  });
  const edges = catalog.exams.flatMap((e) =>
    e.renews.map((r) => [e.family, r.exam.slice(0, 3)] as const),
  );
  const label = catalog.exams.map((e) => `${e.code}: ${pick(e.name, lang)}`).join("; ");
  return (
    <section aria-labelledby="graph-title">
      <h2 id="graph-title">{t("planner.graph")}</h2>
      <p className="muted">{t("planner.graphHint")}</p>
      <svg
        className="renewal-graph"
        viewBox={`0 0 ${width} 240`}
        role="img"
        aria-describedby="graph-desc"
      >
        <title>{t("planner.graph")}</title>
        <desc id="graph-desc">
          {edges.map(([a, b]) => `${a} → ${b}`).join(", ")}. {label}
        </desc>
        <defs>
          <marker
            id="arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="6"
            markerHeight="6"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" className="arrowhead" />
          </marker>
        </defs>
        {edges.map(([a, b]) => {
          const p = pos.get(a);
          const q = pos.get(b);
          if (!p || !q) return null;
          // Stop short of the node so the arrowhead shows.
          const dx = q.x - p.x;
          const dy = q.y - p.y;
          const len = Math.hypot(dx, dy) || 1;
          return (
            <line
              key={`${a}-${b}`}
              x1={p.x + (dx / len) * 16}
              y1={p.y + (dy / len) * 16}
              x2={q.x - (dx / len) * 18}
              y2={q.y - (dy / len) * 18}
              markerEnd="url(#arrow)"
            />
          );
        })}
        {catalog.exams.map((e) => {
          const p = pos.get(e.family);
          if (!p) return null;
          const cls = `${held.has(e.family) ? "held" : ""} ${e.status === "retired" ? "retired" : ""}`;
          return (
            <g key={e.code} className={`node ${cls}`}>
              <circle cx={p.x} cy={p.y} r={15} />
              <text x={p.x} y={p.y + 4} textAnchor="middle">
                {e.family}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="muted legend">{LEVEL_ORDER.map((l) => t(`level.${l}`)).join(" · ")}</p>
    </section>
  );
}
