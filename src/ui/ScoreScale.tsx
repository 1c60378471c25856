interface Props {
  /** What the scale says, for assistive technology (the picture is decorative). */
  label: string;
  min: number;
  max: number;
  passMark: number;
  value: number;
  low: number;
  high: number;
  compact?: boolean;
}

/** A score on its scale: the pass mark as a line, the estimate as a dot inside its range. */
export function ScoreScale({ label, min, max, passMark, value, low, high, compact }: Props) {
  const at = (x: number) => `${(100 * (Math.min(max, Math.max(min, x)) - min)) / (max - min)}%`;
  const passing = value >= passMark;
  return (
    <div className={`score-scale${compact ? " compact" : ""}`} role="img" aria-label={label}>
      <div className="track">
        <span
          className="range"
          style={{ insetInlineStart: at(low), insetInlineEnd: `calc(100% - ${at(high)})` }}
        />
        <span className="pass" style={{ insetInlineStart: at(passMark) }} />
        <span
          className={`dot${passing ? " passing" : ""}`}
          style={{ insetInlineStart: at(value) }}
        />
      </div>
      {!compact && (
        <div className="ticks" aria-hidden="true">
          <span>{min}</span>
          <span style={{ insetInlineStart: at(passMark) }}>{passMark}</span>
          <span>{max}</span>
        </div>
      )}
    </div>
  );
}
