/**
 * A number rounded to three significant digits for prose (`2.34567` → `2.35`,
 * `64.508` → `64.5`, `0.18912` → `0.189`): percentiles and rates in the
 * plain-English reasons, where more digits would claim a precision the
 * benchmarks do not have.
 *
 * @internal
 */
export function significant(value: number): number {
  return Number(value.toPrecision(3));
}
