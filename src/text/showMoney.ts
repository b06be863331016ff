import { groupWholePart } from "./groupDigits.js";
import { roundFourDigits } from "./roundFourDigits.js";
import { tellApart } from "./tellApart.js";

/**
 * Significant digits of an amount of money in a sentence: enough for the
 * cents of a fee under 100 and for a formula's result to match its operands
 * (written with as many), more than the benchmarks behind an estimate can
 * vouch for beyond that.
 */
const MONEY_DIGITS = 4;

/** Significant digits that write any two different doubles differently. */
const MAX_DIGITS = 17;

/**
 * An amount of money for a sentence, without its currency: four significant
 * digits, the whole part's digits grouped by thousands, no trailing zeros
 * (`32.666` → `"32.67"`, `12345.6` → `"12,350"`, `999.95` → `"1,000"`).
 * Every digit is written out, never an exponent, however large or small the
 * amount (`2.94e-7` → `"0.000000294"`), so an amount that is not 0 never
 * reads 0, and 0 (or −0) reads `"0"`. The digits come from `toPrecision` (or `toExponential`),
 * which rounds the exact value (halves away from 0) the same in every
 * runtime. For the operands of a formula whose result carries the currency,
 * and the ends of a range; otherwise use {@link showMoney}. O(digits written).
 *
 * @param value - An amount in major currency units.
 * @param digits - Significant digits, 1–21; four unless two amounts must be told apart ({@link showMoneyApart}).
 * @returns The amount as text; a non-finite value as `String(value)`.
 * @example
 * showAmount(1234567.8);
 * // => "1,235,000"
 * @internal
 */
export function showAmount(value: number, digits: number = MONEY_DIGITS): string {
  if (!Number.isFinite(value)) return String(value);
  // Fast path, same text, about five times faster. toPrecision rounds as toExponential does (ties
  // away from 0). At most 15 digits read back from a double as written, and String() writes a
  // double from 1e-6 to below 1e21 without an exponent; below 1e20, rounding up stays below 1e21.
  const size = Math.abs(value);
  if (digits <= 15 && size >= 1e-6 && size < 1e20) {
    const rounded = digits === MONEY_DIGITS ? roundFourDigits(value) : Number(value.toPrecision(digits));
    const text = String(rounded);
    return rounded > -1_000 && rounded < 1_000 ? text : groupWholePart(text);
  }
  // "-1.2350e+6": `digits` digits and the power of ten of the first; without the mantissa's trailing
  // zeros ("-1.235e+6") groupWholePart writes it out with the same digits, grouped.
  const exponential = value.toExponential(digits - 1);
  const at = exponential.indexOf("e");
  const mantissa = exponential.slice(0, at);
  return groupWholePart(`${mantissa.includes(".") ? mantissa.replace(/\.?0+$/u, "") : mantissa}${exponential.slice(at)}`);
}

/**
 * An amount of money for a sentence: {@link showAmount}'s four significant
 * digits, grouped and written out, then the ISO 4217 code
 * (`32.666, "USD"` → `"32.67 USD"`, `21250000, "USD"` → `"21,250,000 USD"`).
 * Every reason of the compensation models and the report writes its amounts
 * with it, so one amount reads the same wherever it appears.
 *
 * @param value - An amount in major currency units.
 * @param currency - Its ISO 4217 code.
 * @returns `"<amount> <currency>"`.
 * @example
 * showMoney(12345.6, "USD");
 * // => "12,350 USD"
 * @internal
 */
export function showMoney(value: number, currency: string): string {
  return `${showAmount(value)} ${currency}`;
}

/**
 * Two amounts of money that a sentence compares ("… is below the flat fee
 * …"): {@link showMoney}'s four significant digits, or, when those would
 * write two different amounts alike (`32.67 USD is below 32.67 USD`), the
 * fewest digits, up to 17, that tell them apart. An amount the caller gave
 * (`isFirstGiven`, `isSecondGiven`) is written exactly, as
 * `groupWholePart(String(x))` writes it (CONTRIBUTING.md, rule 15), and a
 * model's amount beside it as {@link showAmountBeside} writes it.
 *
 * @param first - The first amount, in major currency units.
 * @param second - The second amount.
 * @param currency - Their ISO 4217 code.
 * @param isFirstGiven - Whether the caller gave `first` (a flat fee, a cap).
 * @param isSecondGiven - Whether the caller gave `second`.
 * @returns The two amounts as text, each with the currency.
 * @example
 * showMoneyApart(32.6651, 32.6664, "USD");
 * // => ["32.665 USD", "32.666 USD"]
 * @example
 * showMoneyApart(16.333, 1234.56, "USD", false, true);
 * // => ["16.33 USD", "1,234.56 USD"]
 * @internal
 */
export function showMoneyApart(first: number, second: number, currency: string, isFirstGiven = false, isSecondGiven = false): [string, string] {
  const [firstText, secondText] =
    isFirstGiven || isSecondGiven
      ? [isFirstGiven ? groupWholePart(String(first)) : showAmountBeside(first, second), isSecondGiven ? groupWholePart(String(second)) : showAmountBeside(second, first)]
      : showAmountApart(first, second);
  return [`${firstText} ${currency}`, `${secondText} ${currency}`];
}

/**
 * A model's amount beside one the caller gave, which a sentence writes
 * exactly: {@link showAmount}'s four significant digits, or the fewest more,
 * up to 17, that put it on its own side of the given amount, so the two read
 * alike only when they are equal and never in the wrong order (beside a
 * given 32.6699, 32.666478 reads "32.666", not "32.67"; beside a given cap of
 * 30, a cost of 30 reads "30"). O(17) roundings at most.
 *
 * @param value - The model's amount, in major currency units.
 * @param given - The amount the caller gave.
 * @returns The amount as text, without a currency.
 * @example
 * showAmountBeside(32.66647823074903, 32.6699);
 * // => "32.666"
 * @internal
 */
export function showAmountBeside(value: number, given: number): string {
  // Equal: as the given one is written (showAmount writes a subnormal's exact digits, 5e-324 as …4941).
  if (value === given) return groupWholePart(String(given));
  let digits = MONEY_DIGITS;
  while (digits < MAX_DIGITS && Math.sign(Number(value.toPrecision(digits)) - given) !== Math.sign(value - given)) digits++;
  return showAmount(value, digits);
}

/**
 * {@link showMoneyApart} without the currency, for two amounts that share one
 * written after both (a band "200.81–200.84 USD"): {@link showAmount}'s four
 * significant digits, or the fewest digits, up to 17, that tell two different
 * amounts apart. O(17) writes at most.
 *
 * @param first - The first amount, in major currency units.
 * @param second - The second amount.
 * @returns The two amounts as text, in the order given.
 * @example
 * showAmountApart(200.81, 200.84);
 * // => ["200.81", "200.84"]
 * @internal
 */
export function showAmountApart(first: number, second: number): [string, string] {
  return tellApart(first, second, showAmount, showAmount, MONEY_DIGITS + 1);
}

/**
 * A range of money and the amount inside it ("about 32.67 USD (15.02 USD to
 * 71.04 USD)"): all three with {@link showMoney}'s four significant digits,
 * or, when those would write two different amounts alike (`32.67 USD to
 * 32.67 USD` for ends a millionth apart), all three with the fewest digits, up
 * to 17, that write every two different amounts differently. Equal amounts
 * read alike. One digit count for the three, and rounding to it never changes
 * their order, so the middle never reads outside the range. O(17) writes at most.
 *
 * @param low - The low end, in major currency units.
 * @param middle - An amount from `low` to `high`.
 * @param high - The high end.
 * @param currency - Their ISO 4217 code.
 * @returns The three amounts as text, each with the currency, in the order given.
 * @example
 * showMoneyRange(32.666473, 32.666478, 32.666483, "USD");
 * // => ["32.666473 USD", "32.666478 USD", "32.666483 USD"]
 * @internal
 */
export function showMoneyRange(low: number, middle: number, high: number, currency: string): [string, string, string] {
  for (let digits = MONEY_DIGITS; ; digits++) {
    const [lowText, middleText, highText] = [showAmount(low, digits), showAmount(middle, digits), showAmount(high, digits)];
    const isApart = readsApart(low, middle, lowText, middleText) && readsApart(middle, high, middleText, highText) && readsApart(low, high, lowText, highText);
    if (isApart || digits >= MAX_DIGITS) return [`${lowText} ${currency}`, `${middleText} ${currency}`, `${highText} ${currency}`];
  }
}

/** Whether two amounts written as given read alike only when they are equal. */
function readsApart(first: number, second: number, firstText: string, secondText: string): boolean {
  return first === second || firstText !== secondText;
}
