// Laws of the money writer of every compensation and report sentence.
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { groupWholePart } from "../../src/text/groupDigits.js";
import { showAmount, showAmountBeside, showMoney, showMoneyApart, showMoneyRange } from "../../src/text/showMoney.js";

/** Any finite double, and amounts that look like money (cents up to a billion). */
const amount = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -100_000_000_000, max: 100_000_000_000 }).map((cents) => cents / 100),
  fc.constantFrom(0, -0, 0.5, 999.95, 9_999.5, 99_999.5, Number.MIN_VALUE, Number.MAX_VALUE, 1e21, 1e-7),
);

/** The number a reader gets back from the text: the digits without the separators. */
function readBack(text: string): number {
  return Number(text.replace(/,/g, ""));
}

test.prop([amount])("writes every digit out: no exponent, no NaN or Infinity, groups of three before the point", (value) => {
  const text = showAmount(value);
  expect(text).toMatch(/^-?\d{1,3}(,\d{3})*(\.\d*[1-9])?$/);
});

test.prop([amount])("reads 0 exactly when the amount is 0 (or -0), and never -0", (value) => {
  const text = showAmount(value);
  expect(text === "0").toBe(value === 0);
  expect(text).not.toMatch(/^-0(\.0*)?$/);
});

test.prop([amount])("keeps at most four significant digits", (value) => {
  const significant = showAmount(value).replace(/[-,.]/g, "").replace(/^0+/, "").replace(/0+$/, "");
  expect(significant.length).toBeLessThanOrEqual(4);
});

test.prop([amount.filter((value) => Math.abs(value) < 1.797e308)])("reads back within half a unit of the fourth significant digit", (value) => {
  // Four significant digits are off by at most 0.5 × 10^(e − 3) ≤ 5e-4 × |value|, where 10^e ≤ |value|.
  // Reading the text back into a double adds at most half an ulp (below 1e-9 of that, or Number.MIN_VALUE
  // for a subnormal). Past 1.797e308 the rounded text (1.798e308) is beyond the largest double.
  const error = Math.abs(readBack(showAmount(value)) - value);
  expect(error).toBeLessThanOrEqual(5e-4 * Math.abs(value) * (1 + 1e-9) + Number.MIN_VALUE);
});

test.prop([amount, amount])("never writes a larger amount as a smaller one", (first, second) => {
  // Rounding is monotone, so "X is below the flat fee Y" never reads the other way round.
  const [low, high] = first <= second ? [first, second] : [second, first];
  expect(readBack(showAmount(low))).toBeLessThanOrEqual(readBack(showAmount(high)));
});

test.prop([amount, fc.constantFrom("USD", "EUR", "JPY")])("is the amount, a space and the currency", (value, currency) => {
  expect(showMoney(value, currency)).toBe(`${showAmount(value)} ${currency}`);
});

test.prop([amount, amount, fc.constantFrom("USD", "EUR")])("writes two different amounts differently, and in the same order", (first, second, currency) => {
  const [one, two] = showMoneyApart(first, second, currency);
  // -0 and 0 are the same amount and both read "0"
  expect(one === two).toBe(first === second);
  const [low, high] = first <= second ? [one, two] : [two, one];
  expect(readBack(low.replace(` ${currency}`, ""))).toBeLessThanOrEqual(readBack(high.replace(` ${currency}`, "")));
});

test.prop([amount, amount])("writes a model's amount beside a given one on its own side of it, and alike only when equal", (value, given) => {
  // The given amount is written exactly (R15); the model's reads back above it, below it or equal to it as it is.
  const text = showAmountBeside(value, given);
  // `+ 0` reads -0 as 0: beside a given 0, a model's -0 is the same amount (Math.sign(-0 - 0) is -0).
  expect(Math.sign(readBack(text) - given) + 0).toBe(Math.sign(value - given) + 0);
  expect(text === groupWholePart(String(given))).toBe(value === given);
});

test.prop([amount, amount])("writes the amounts the caller gave exactly, and the other beside them", (first, second) => {
  expect(showMoneyApart(first, second, "USD", true, true)).toEqual([`${groupWholePart(String(first))} USD`, `${groupWholePart(String(second))} USD`]);
  expect(showMoneyApart(first, second, "USD", false, true)).toEqual([`${showAmountBeside(first, second)} USD`, `${groupWholePart(String(second))} USD`]);
  expect(showMoneyApart(first, second, "USD", true)).toEqual([`${groupWholePart(String(first))} USD`, `${showAmountBeside(second, first)} USD`]);
});

/**
 * Three amounts in ascending order: any three, or three within a few millionths of one another (parts in 10¹²
 * of the first), which four digits mostly write alike.
 */
const range = fc
  .oneof(
    fc.tuple(amount, amount, amount),
    fc.tuple(amount, fc.nat(1_000_000), fc.nat(1_000_000)).map(([value, up, further]) => {
      const step = Math.abs(value) * 1e-12;
      return [value, value + up * step, value + (up + further) * step] as const;
    }),
  )
  .map((values) => [...values].sort((left, right) => left - right) as [number, number, number]);

test.prop([range, fc.constantFrom("USD", "EUR")])("writes a range's amounts differently exactly when they differ, in order", (values, currency) => {
  const texts = showMoneyRange(...values, currency);
  for (const [left, right] of [[0, 1], [1, 2], [0, 2]] as const) {
    // -0 and 0 are the same amount and both read "0"
    expect(texts[left] === texts[right]).toBe(values[left] === values[right]);
  }
  const read = texts.map((text) => readBack(text.replace(` ${currency}`, "")));
  expect(read).toEqual([...read].sort((left, right) => left - right));
});

test.prop([range])("writes a range with four digits when they tell its amounts apart", (values) => {
  const four = values.map((value) => showAmount(value));
  // Rounding keeps the order and equal amounts read alike: as many texts as amounts means no two different ones alike
  fc.pre(new Set(four).size === new Set(values).size);
  expect(showMoneyRange(...values, "USD")).toEqual(four.map((text) => `${text} USD`));
});

/** The written-out path of showAmount, letter for letter: every digit from `toExponential`. */
function writtenOut(value: number, digits: number): string {
  const [mantissa = "", power = ""] = value.toExponential(digits - 1).split("e");
  const sign = mantissa.startsWith("-") ? "-" : "";
  const figures = mantissa.replace(/\D/g, "");
  const exponent = Number(power);
  if (exponent < 0) return `${sign}0.${"0".repeat(-exponent - 1)}${figures.replace(/0+$/, "")}`;
  const whole = figures.slice(0, exponent + 1).padEnd(exponent + 1, "0");
  const fraction = figures.slice(exponent + 1).replace(/0+$/, "");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === "" ? `${sign}${grouped}` : `${sign}${grouped}.${fraction}`;
}

/** Amounts around the fast path's edges (1e-6, 1e20, a rounding up to 1,000) and any double. */
const edgeAmount = fc.oneof(
  amount,
  fc.double({ min: 9e-7, max: 1.1e-6, noNaN: true }),
  fc.double({ min: 9.99e19, max: 1.01e20, noNaN: true }),
  fc.double({ min: 999, max: 1_000, noNaN: true }),
  fc.double({ min: -1_000, max: -999, noNaN: true }),
);

test.prop([edgeAmount, fc.integer({ min: 1, max: 17 })])("writes the same text as every digit written out from toExponential", (value, digits) => {
  fc.pre(Number.isFinite(value));
  expect(showAmount(value, digits)).toBe(writtenOut(value, digits));
});
