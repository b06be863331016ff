/** Below this length an insertion sort beats the built-in typed-array sort (measured on Node 20 for 30 posts). */
const INSERTION_SORT_LIMIT = 48;

/**
 * Sorts a typed array of numbers ascending in place and returns it: an
 * insertion sort for short arrays (a typical profile has 12–30 posts, where
 * the built-in sort's call overhead dominates), `TypedArray.prototype.sort`
 * otherwise. NaN is not expected. O(n²) below 48 elements, O(n log n) above.
 *
 * @param values - The numbers to sort; modified.
 * @returns `values`, sorted.
 * @example
 * [...sortAscending(new Float64Array([3, 1, 2]))];
 * // => [1, 2, 3]
 * @internal
 */
export function sortAscending(values: Float64Array): Float64Array {
  const length = values.length;
  if (length > INSERTION_SORT_LIMIT) return values.sort();
  for (let index = 1; index < length; index++) {
    const value = Number(values[index]);
    let position = index - 1;
    while (position >= 0 && Number(values[position]) > value) {
      values[position + 1] = Number(values[position]);
      position--;
    }
    values[position + 1] = value;
  }
  return values;
}
