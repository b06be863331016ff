/**
 * Two numbers that a sentence compares ("MAD 0.01503 > 0.015", "32.665 USD is
 * below 32.666 USD", "×1.000002, not ×1"), written so that two different
 * numbers never read alike: each as `write` writes it, or, when the two texts
 * are the same but the numbers differ, each as `writeDigits` writes it with the
 * fewest significant digits, from `fromDigits` up to 17, that tell them apart.
 * Two different doubles differ within 17 significant digits. O(17) writes at
 * most.
 *
 * @param first - The first number.
 * @param second - The number it is compared with.
 * @param write - The usual text of a number.
 * @param writeDigits - The text of a number with the given significant digits.
 * @param fromDigits - The significant digits to try first when `write` reads the two alike.
 * @returns The two numbers as text, in the order given.
 * @example
 * const fixed = (value: number, digits: number): string => String(Number(value.toPrecision(digits)));
 * tellApart(0.01503, 0.015, (value) => fixed(value, 2), fixed, 3);
 * // => ["0.01503", "0.015"]
 * @internal
 */
export function tellApart(
  first: number,
  second: number,
  write: (value: number) => string,
  writeDigits: (value: number, digits: number) => string,
  fromDigits: number,
): [string, string] {
  let firstText = write(first);
  let secondText = write(second);
  for (let digits = fromDigits; firstText === secondText && first !== second && digits <= 17; digits++) {
    firstText = writeDigits(first, digits);
    secondText = writeDigits(second, digits);
  }
  return [firstText, secondText];
}
