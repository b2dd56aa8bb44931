/** Numbers as the page shows them: whole amounts with thousands separators, shares as whole percents. */

const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/** An amount like "12,400" or "−1,250" (a true minus sign, so it is read as negative). */
export function money(n: number): string {
  const text = whole.format(Math.abs(n));
  return n < 0 && text !== '0' ? `−${text}` : text;
}

/** A share like "84%" (one decimal under 10%, so small shares do not all read 0%). */
export function percent(n: number): string {
  const abs = Math.abs(n);
  return `${abs > 0 && abs < 10 ? n.toFixed(1) : Math.round(n)}%`;
}
