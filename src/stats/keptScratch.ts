/** Lengths up to this many doubles (512 KB) reuse a kept buffer; longer ones get their own. */
const KEPT_BUFFER_SIZE = 65_536;

/**
 * One module's kept scratch buffer. Each module owns its own (a buffer shared
 * across modules would be overwritten when one model calls another while
 * still reading it).
 *
 * @internal
 */
export interface KeptScratch {
  buffer: Float64Array | undefined;
}

/**
 * A scratch array of exactly `length` doubles whose contents are garbage and
 * are overwritten by the owner's next call: allocating a typed array per call
 * cost more than the few dozen numbers a call works on. Lengths up to 65,536
 * reuse `kept.buffer` (grown as needed, at least 1,024); longer ones are
 * allocated. O(1) when reused.
 *
 * @param kept - The calling module's {@link KeptScratch}.
 * @param length - Doubles needed.
 * @returns A `Float64Array` of `length` elements.
 * @example
 * const kept: KeptScratch = { buffer: undefined };
 * keptScratch(kept, 10).length;
 * // => 10
 * @internal
 */
export function keptScratch(kept: KeptScratch, length: number): Float64Array {
  if (length > KEPT_BUFFER_SIZE) return new Float64Array(length);
  if (kept.buffer === undefined || kept.buffer.length < length) kept.buffer = new Float64Array(Math.max(length, 1_024));
  return kept.buffer.subarray(0, length);
}
