// featureInputsOf reads an ASCII username, the usual kind, without normalizing it or testing its characters for
// combining marks (ASCII is its own NFC form and has none): the results are the same as the full reading's.
import { fc, test } from "@fast-check/vitest";
import { expect, it, vi } from "vitest";
import { featureInputsOf } from "../../src/audience/fakeAccountFeatures.js";

/** The full reading, as featureInputsOf did it for every username before the ASCII fast path. */
function slowPath(username: string): { usernameLength: number; usernameDigitCount: number; usernameEndsWithDigit: boolean } {
  let length = 0;
  let digits = 0;
  let last = "";
  for (const character of username.normalize("NFC")) {
    if (/\p{M}/u.test(character)) continue;
    length += 1;
    if (/[0-9]/u.test(character)) digits += 1;
    last = character;
  }
  return { usernameLength: length, usernameDigitCount: digits, usernameEndsWithDigit: /[0-9]/u.test(last) };
}

const counts = { followers: 120, following: 80, posts: 9 };

/** Strings that mix ASCII with accents, combining marks, jamo, digits from other scripts and lone surrogates. */
const mixed = fc.string({ unit: fc.oneof(fc.constantFrom("a", "Z", "0", "9", ".", "_", "\u0301", "\u0303", "\u00e9", "\u1100", "\u1161", "\u0930", "\u093e", "\u0663", "\ud83d", "\ude00"), fc.string({ unit: "binary", minLength: 1, maxLength: 1 })) });

test.prop([fc.oneof(fc.string(), fc.string({ unit: "binary" }), mixed)])("reads every username as the full reading does", (username) => {
  expect(featureInputsOf({ ...counts, username })).toEqual({ ...counts, hasProfilePicture: undefined, isPrivate: undefined, ...slowPath(username) });
});

it("reads ASCII and other usernames as before", () => {
  // "maple.coffee19": 14 characters, 2 digits, ends with one; "e" + U+0301 is one character in NFC: "café7" 5, 1, yes;
  // "रा1" is 2 (the vowel sign U+093E has no precomposed form and counts with the "र"); "" has no last character
  const read = (username: string): unknown[] => {
    const inputs = featureInputsOf({ ...counts, username });
    return [inputs.usernameLength, inputs.usernameDigitCount, inputs.usernameEndsWithDigit];
  };
  expect(["maple.coffee19", "echo.pixel", "cafe\u03017", "\u0930\u093e1", ""].map(read)).toEqual([
    [14, 2, true],
    [10, 0, false],
    [5, 1, true],
    [2, 1, true],
    [0, 0, false],
  ]);
});

it("does not normalize an ASCII username", () => {
  const normalize = vi.spyOn(String.prototype, "normalize");
  try {
    featureInputsOf({ ...counts, username: "jadefern88749" });
    expect(normalize).not.toHaveBeenCalled();
    featureInputsOf({ ...counts, username: "caf\u00e9" });
    expect(normalize).toHaveBeenCalledTimes(1);
  } finally {
    normalize.mockRestore();
  }
});
