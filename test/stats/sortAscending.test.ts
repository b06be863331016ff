import { describe, expect, it } from "vitest";
import { sortAscending } from "../../src/stats/sortAscending.js";

describe("sortAscending", () => {
  it("matches the documented example", () => {
    expect([...sortAscending(new Float64Array([3, 1, 2]))]).toEqual([1, 2, 3]);
  });

  it("sorts short arrays (insertion sort) and long arrays (built-in sort) the same way, in place", () => {
    // 200 values in a scrambled order (k × 37 mod 200 visits every residue once, since gcd(37, 200) = 1)
    const long = Float64Array.from({ length: 200 }, (_, index) => ((index * 37) % 200) - 100.5);
    const short = long.slice(0, 30);
    const expectedShort = [...short].sort((left, right) => left - right);
    expect(sortAscending(short)).toBe(short);
    expect([...short]).toEqual(expectedShort);
    expect([...sortAscending(long)]).toEqual(Array.from({ length: 200 }, (_, index) => index - 100.5));
  });

  it("handles empty, single and tied values", () => {
    expect([...sortAscending(new Float64Array(0))]).toEqual([]);
    expect([...sortAscending(new Float64Array([5]))]).toEqual([5]);
    expect([...sortAscending(new Float64Array([2, -0, 2, 0, -1]))]).toEqual([-1, -0, 0, 2, 2]);
  });
});
