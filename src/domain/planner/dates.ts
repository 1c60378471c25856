/**
 * Certification dates: a certification is valid for `years` from the day it was passed;
 * the renewal reminder comes `reminderMonths` before expiry. Dates are ISO calendar days
 * (yyyy-mm-dd), computed in UTC so no time zone moves a day. A pass on 29 February
 * expires on 28 February when the expiry year has no 29th.
 */

export type IsoDate = string;

function parts(d: IsoDate): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m) throw new RangeError(`not a date (yyyy-mm-dd): ${d}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The same calendar day `months` later (earlier when negative), clamped to the month's end. */
export function addMonths(d: IsoDate, months: number): IsoDate {
  const [y, m, day] = parts(d);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  return iso(ny, nm, Math.min(day, daysIn(ny, nm)));
}

export function expiresOn(passedOn: IsoDate, years: number): IsoDate {
  return addMonths(passedOn, years * 12);
}

export function reminderFrom(expiry: IsoDate, reminderMonths: number): IsoDate {
  return addMonths(expiry, -reminderMonths);
}

export type CertStatus = "active" | "renewal-due" | "expired";

/** Active until the reminder date, then due for renewal until it expires (on the expiry day it has expired). */
export function certStatus(
  passedOn: IsoDate,
  today: IsoDate,
  years: number,
  reminderMonths: number,
): CertStatus {
  const expiry = expiresOn(passedOn, years);
  if (today >= expiry) return "expired";
  if (today >= reminderFrom(expiry, reminderMonths)) return "renewal-due";
  return "active";
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const [ya, ma, da] = parts(a);
  const [yb, mb, db] = parts(b);
  return Math.round((Date.UTC(yb, mb - 1, db) - Date.UTC(ya, ma - 1, da)) / 86_400_000);
}
