/**
 * Exam costs. Fees are the catalog's (JPY before consumption tax, and USD). Tax is added
 * per exam and rounded to the yen. The voucher chain: every pass gives a voucher for
 * `voucherPercent` off one later exam, so paying in full only for the first exam and using
 * the previous pass's voucher on each next one costs
 *     first fee + (sum of the other fees) × (1 − voucherPercent/100),
 * which is least when the first exam is the cheapest (the order of the rest does not matter).
 * Expected cost with retakes: with pass probability p an exam takes 1/p attempts on average
 * (geometric); the voucher pays for the first attempt only and every retake is at full fee.
 */

export interface Fee {
  jpy: number;
  usd: number;
}

export const withTax = (jpy: number, taxPercent: number) =>
  Math.round((jpy * (100 + taxPercent)) / 100);

export interface Totals {
  jpy: number;
  jpyWithTax: number;
  usd: number;
}

export function totalFees(fees: readonly Fee[], taxPercent: number): Totals {
  return {
    jpy: fees.reduce((s, f) => s + f.jpy, 0),
    jpyWithTax: fees.reduce((s, f) => s + withTax(f.jpy, taxPercent), 0),
    usd: fees.reduce((s, f) => s + f.usd, 0),
  };
}

export interface ChainStep<T> {
  exam: T;
  /** Share of the fee paid: 1 for the first exam, 1 − voucher for the others. */
  paidShare: number;
  jpy: number;
  jpyWithTax: number;
  usd: number;
}

/** The cheapest order for a voucher chain (cheapest exam first) and what each step costs. */
export function voucherChain<T extends { fees: Fee }>(
  exams: readonly T[],
  voucherPercent: number,
  taxPercent: number,
): { steps: ChainStep<T>[]; totals: Totals } {
  const order = [...exams].sort((a, b) => a.fees.jpy - b.fees.jpy);
  const steps = order.map((exam, i) => {
    const paidShare = i === 0 ? 1 : 1 - voucherPercent / 100;
    const jpy = exam.fees.jpy * paidShare;
    return {
      exam,
      paidShare,
      jpy,
      jpyWithTax: withTax(jpy, taxPercent),
      usd: exam.fees.usd * paidShare,
    };
  });
  return {
    steps,
    totals: {
      jpy: steps.reduce((s, x) => s + x.jpy, 0),
      jpyWithTax: steps.reduce((s, x) => s + x.jpyWithTax, 0),
      usd: steps.reduce((s, x) => s + x.usd, 0),
    },
  };
}

/** Expected attempts to pass with probability p per attempt: 1 / p. */
export function expectedAttempts(p: number): number {
  if (!(p > 0 && p <= 1)) throw new RangeError(`a pass probability is in (0, 1], not ${p}`);
  return 1 / p;
}

/** Expected cost of one exam: the first attempt at `paidShare` of the fee, each retake in full. */
export function expectedCost(fee: number, paidShare: number, p: number): number {
  return fee * paidShare + (expectedAttempts(p) - 1) * fee;
}
