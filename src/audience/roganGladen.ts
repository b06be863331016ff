/**
 * Rogan–Gladen estimator of a true prevalence from an apparent one (Rogan &
 * Gladen, "Estimating prevalence from the results of a screening test",
 * American Journal of Epidemiology 107(1):71–76, 1978):
 * `π̂ = (p + Sp − 1) / (Se + Sp − 1)`, clipped to [0, 1]. The map is
 * increasing in `p` when `Se + Sp > 1`, so applying it to both ends of an
 * interval for `p` gives an interval for `π` with the same coverage. O(1).
 *
 * @param observedShare - Apparent prevalence: the share classified positive.
 * @param sensitivity - True-positive rate of the classifier.
 * @param specificity - True-negative rate; `sensitivity + specificity` must exceed 1.
 * @internal
 */
export function roganGladen(observedShare: number, sensitivity: number, specificity: number): number {
  const corrected = (observedShare + specificity - 1) / (sensitivity + specificity - 1);
  return Math.min(1, Math.max(0, corrected));
}
