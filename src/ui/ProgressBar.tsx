interface Props {
  label: string;
  value: number;
  max: number;
}

/** A labelled progress bar; with max 0 it shows an indeterminate bar. */
export function ProgressBar({ label, value, max }: Props) {
  return (
    <div className="progress" role="status">
      <span>{label}</span>
      <progress
        aria-label={label}
        value={max > 0 ? value : undefined}
        max={max > 0 ? max : undefined}
      />
    </div>
  );
}
