// How many terminal columns a text takes, so tables line up when a cell holds
// emoji or CJK characters (a handle such as "@東京グルメ" or "@🍜noodles").

/** East Asian Wide and Fullwidth blocks (Unicode Standard Annex #11), two columns each. */
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul Jamo initials
  [0x2e80, 0xa4cf], // CJK radicals, kana, CJK ideographs, Yi
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xff60], // fullwidth forms
  [0xffe0, 0xffe6], // fullwidth signs
  [0x20000, 0x3fffd], // CJK ideographs, planes 2 and 3
];

/** Emoji drawn as a picture by default (✨ U+2728, 🍜, 🚀): two columns. */
const EMOJI_PRESENTATION = /\p{Emoji_Presentation}/u;

/** Drawn on the previous character or not at all: combining marks, zero-width space and joiner, direction marks, variation selectors (U+FE0F). */
const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u;

/** Characters that have an emoji form, drawn as text by default (❤ U+2764, ☺ U+263A, the digits of a keycap). */
const EMOJI = /\p{Emoji}/u;

/** U+FE0F, variation selector 16: draw the character before it as an emoji. */
const EMOJI_SELECTOR = "\uFE0F";

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Columns `text` takes on a terminal: 2 for each East Asian Wide or Fullwidth
 * character and each emoji with emoji presentation, 0 for combining marks,
 * format characters and variation selectors, 1 for anything else. A
 * one-column emoji character followed by U+FE0F (emoji presentation selector,
 * as in "❤\uFE0F") is drawn as a picture: 2 columns together. Otherwise counted per
 * code point, so a sequence a terminal may draw as one picture (👩‍💻, a flag, a
 * skin tone) counts as the sum of its parts.
 *
 * @internal
 */
export function displayWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let width = 0;
  let isNarrowEmoji = false; // the code point before is an emoji base drawn in 1 column
  for (const character of text) {
    if (character === EMOJI_SELECTOR) {
      // The selector turns a narrow emoji base into a two-column picture; a wide base stays 2.
      if (isNarrowEmoji) width += 1;
      isNarrowEmoji = false;
      continue;
    }
    const columns = columnsOf(character);
    width += columns;
    isNarrowEmoji = columns === 1 && EMOJI.test(character);
  }
  return width;
}

/** Columns of one code point. */
function columnsOf(character: string): number {
  const code = character.codePointAt(0) ?? 0;
  if (code < 0x7f) return 1;
  if (ZERO_WIDTH.test(character)) return 0;
  if (EMOJI_PRESENTATION.test(character)) return 2;
  return WIDE_RANGES.some(([first, last]) => code >= first && code <= last) ? 2 : 1;
}
