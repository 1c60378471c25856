/**
 * The investment log: money spent on exams and hours spent on them, per certification
 * and in total. Money is what the learner recorded as paid for a pass, or else the
 * catalog fee with tax. Time is the time used in every submitted mock exam and practice
 * (study sessions add theirs once they exist).
 */

export interface PassPaid {
  family: string;
  /** Recorded amount paid (JPY with tax), or null to use the catalog fee. */
  paidJpy: number | null;
  feeWithTaxJpy: number;
}

export interface TimeSpent {
  family: string;
  ms: number;
}

export interface InvestmentRow {
  family: string;
  spentJpy: number;
  /** True when at least one amount is the catalog fee rather than a recorded one. */
  estimated: boolean;
  hours: number;
}

export function investment(
  passes: readonly PassPaid[],
  time: readonly TimeSpent[],
): { rows: InvestmentRow[]; total: { spentJpy: number; hours: number } } {
  const rows = new Map<string, InvestmentRow>();
  const row = (family: string) => {
    let r = rows.get(family);
    if (!r) {
      r = { family, spentJpy: 0, estimated: false, hours: 0 };
      rows.set(family, r);
    }
    return r;
  };
  for (const p of passes) {
    const r = row(p.family);
    r.spentJpy += p.paidJpy ?? p.feeWithTaxJpy;
    if (p.paidJpy === null) r.estimated = true;
  }
  for (const t of time) row(t.family).hours += t.ms / 3_600_000;
  const list = [...rows.values()];
  return {
    rows: list,
    total: {
      spentJpy: list.reduce((s, r) => s + r.spentJpy, 0),
      hours: list.reduce((s, r) => s + r.hours, 0),
    },
  };
}
