/**
 * The version of influencer-scoring that is running, as in its
 * `package.json`. Every {@link InfluencerReport} carries it as
 * `libraryVersion`, so a stored score says which release of the models made
 * it: defaults, weights and thresholds change between releases (see
 * CHANGELOG.md), and scores made by different versions should not be
 * compared without checking.
 *
 * @example
 * /^\d+\.\d+\.\d+/.test(VERSION);
 * // => true
 * @category Report
 */
export const VERSION: string = "0.1.0";
