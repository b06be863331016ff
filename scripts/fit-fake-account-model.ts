/**
 * Fits the fake-account model shipped in src/audience/fakeAccountModel.ts.
 *
 *   npx tsx scripts/fit-fake-account-model.ts [options]
 *
 * Options
 *   --data <path>      labelled CSV (default ../shared/data/srf-labelled-followers.csv,
 *                      relative to the repository root). Columns: fake, posts, following,
 *                      followers, and optionally has_profile_picture, is_private,
 *                      username_length, username_digits, username_ends_with_digit
 *                      (true/false or 1/0; an empty cell means "not known").
 *   --out <path>       TypeScript module to write (default src/audience/fakeAccountModel.ts)
 *   --json <path>      write the model as JSON instead, for the `model` option of
 *                      estimateFakeAccountProbability / estimateAudienceAuthenticity
 *   --features <list>  comma-separated feature keys (default: the shipped set)
 *   --lambda <number>  L2 penalty on the standardised coefficients (default 1)
 *   --folds <n>        stratified cross-validation folds (default 10)
 *   --seed <n>         seed of the fold assignment (default 20171001)
 *   --min-specificity <x>  lowest cross-validated specificity the default threshold may have (default 0.95)
 *   --date <YYYY-MM-DD> fitting date written to the provenance (default today)
 *   --name, --source, --url, --license   provenance of your data (defaults: SRF Data 2017)
 *   --compare          also print the cross-validated AUC of alternative feature sets
 *
 * Method (documented in docs/methodology/audience.md)
 *   1. Features: see src/audience/fakeAccountFeatures.ts. Missing optional values are replaced
 *      by the training mean of the feature, which the library does too (neutral contribution).
 *   2. Logistic regression with an L2 penalty λ/2·‖β‖² on standardised features (the intercept
 *      is not penalised), fitted by Newton–Raphson (equivalently IRLS) to a step below 1e-12.
 *   3. Stratified k-fold cross-validation with a seeded shuffle (mulberry32): each fold refits
 *      the whole pipeline (means, clamping ranges, standardisation, coefficients) on the other
 *      folds. AUC, sensitivity and specificity are computed on the pooled out-of-fold
 *      probabilities.
 *   4. Threshold: among the multiples of 0.05 in [0.05, 0.95] whose cross-validated specificity
 *      is at least --min-specificity (default 0.95), the one with the largest Youden index
 *      J = Se + Sp − 1. A large J keeps the Rogan–Gladen correction stable (its standard error
 *      is proportional to 1/J); a high specificity keeps the false-positive rate, which dominates
 *      the correction when most followers are real, small and less exposed to domain shift.
 *   5. Guard: features whose direction is known from other datasets must keep that sign. A
 *      feature whose fitted coefficient takes the opposite sign is dropped and the model refitted
 *      (a sign-constrained fit with that coefficient at 0); this happens inside every
 *      cross-validation fold as well, so the reported accuracy includes it (see SIGN_GUARDS).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  FAKE_ACCOUNT_FEATURE_KEYS,
  rawFeatureValue,
  type FakeAccountFeatureKey,
  type FakeAccountModel,
  type FakeAccountModelFeature,
  type FakeAccountOperatingPoint,
  type FeatureInputs,
} from "../src/audience/fakeAccountFeatures.js";

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Candidate features of the shipped model; SIGN_GUARDS may drop some of them. `isPrivate` is not a
 * candidate (see docs/methodology/audience.md): pass it with --features to try it.
 */
const DEFAULT_FEATURES: readonly FakeAccountFeatureKey[] = [
  "logPosts",
  "logFollowers",
  "logFollowingPerFollower",
  "logFollowingPerPost",
  "noProfilePicture",
  "usernameDigitShare",
  "usernameEndsWithDigit",
];

/**
 * Expected sign of a coefficient, from single-signal AUCs that point the same way on the SRF,
 * InstaFake and Kaggle/IGAudit datasets. A fit that reverses one of them is rejected.
 */
const SIGN_GUARDS: Partial<Record<FakeAccountFeatureKey, 1 | -1>> = {
  logPosts: -1,
  logFollowers: -1,
  logFollowingPerFollower: 1,
  logFollowingPerPost: 1,
  noProfilePicture: 1,
  usernameDigitShare: 1,
  usernameEndsWithDigit: 1,
};

const SRF_PROVENANCE = {
  name: "SRF Data 2017 Instagram followers, L2 logistic regression",
  source: "SRF Data (Swiss Radio and Television), 2017-10-instagram-influencers, labelled_1000_inclprivate.csv, 2017",
  url: "https://github.com/srfdata/2017-10-instagram-influencers",
  license: "CC BY-SA 4.0",
};

// ---------------------------------------------------------------- arguments

function parseArguments(argv: readonly string[]): Map<string, string> {
  const options = new Map<string, string>();
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index] ?? "";
    if (!flag.startsWith("--")) throw new Error(`unexpected argument ${flag}`);
    const next = argv[index + 1];
    if (next === undefined || next.startsWith("--")) {
      options.set(flag.slice(2), "true");
    } else {
      options.set(flag.slice(2), next);
      index += 1;
    }
  }
  return options;
}

// ---------------------------------------------------------------- data

interface LabelledAccount {
  readonly isFake: boolean;
  readonly inputs: FeatureInputs;
}

function parseBoolean(cell: string | undefined, column: string, line: number): boolean | undefined {
  if (cell === undefined || cell === "" || cell === "NA") return undefined;
  const value = cell.toLowerCase();
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  throw new Error(`line ${line}, column ${column}: expected true/false, got ${cell}`);
}

function parseCount(cell: string | undefined, column: string, line: number, required: boolean): number | undefined {
  if (cell === undefined || cell === "" || cell === "NA") {
    if (required) throw new Error(`line ${line}, column ${column}: missing required count`);
    return undefined;
  }
  const value = Number(cell);
  if (!Number.isInteger(value) || value < 0) throw new Error(`line ${line}, column ${column}: expected a count, got ${cell}`);
  return value;
}

function readLabelledAccounts(path: string): LabelledAccount[] {
  const lines = readFileSync(path, "utf8").split(/\r?\n/u).filter((text) => text.trim() !== "");
  const header = (lines[0] ?? "").split(",").map((name) => name.trim());
  const column = (name: string): number => header.indexOf(name);
  for (const required of ["fake", "posts", "following", "followers"]) {
    if (column(required) < 0) throw new Error(`${path}: missing column ${required}`);
  }
  return lines.slice(1).map((text, index) => {
    const cells = text.split(",");
    const line = index + 2;
    const cell = (name: string): string | undefined => (column(name) < 0 ? undefined : cells[column(name)]?.trim());
    const isFake = parseBoolean(cell("fake"), "fake", line);
    if (isFake === undefined) throw new Error(`line ${line}: missing label`);
    const inputs: FeatureInputs = {
      posts: parseCount(cell("posts"), "posts", line, true) ?? 0,
      following: parseCount(cell("following"), "following", line, true) ?? 0,
      followers: parseCount(cell("followers"), "followers", line, true) ?? 0,
      hasProfilePicture: parseBoolean(cell("has_profile_picture"), "has_profile_picture", line),
      isPrivate: parseBoolean(cell("is_private"), "is_private", line),
      usernameLength: parseCount(cell("username_length"), "username_length", line, false),
      usernameDigitCount: parseCount(cell("username_digits"), "username_digits", line, false),
      usernameEndsWithDigit: parseBoolean(cell("username_ends_with_digit"), "username_ends_with_digit", line),
    };
    return { isFake, inputs };
  });
}

// ---------------------------------------------------------------- seeded shuffle

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    const held = copy[index] as T;
    copy[index] = copy[other] as T;
    copy[other] = held;
  }
  return copy;
}

/** Fold number of each row: positives and negatives are shuffled separately and dealt round-robin. */
function stratifiedFolds(labels: readonly boolean[], folds: number, seed: number): number[] {
  const random = mulberry32(seed);
  const assignment = new Array<number>(labels.length).fill(0);
  for (const wanted of [true, false]) {
    const rows = labels.flatMap((label, row) => (label === wanted ? [row] : []));
    shuffled(rows, random).forEach((row, position) => {
      assignment[row] = position % folds;
    });
  }
  return assignment;
}

// ---------------------------------------------------------------- logistic regression

interface Standardiser {
  readonly keys: readonly FakeAccountFeatureKey[];
  readonly means: readonly number[];
  readonly sds: readonly number[];
  readonly mins: readonly number[];
  readonly maxs: readonly number[];
}

function rawMatrix(accounts: readonly LabelledAccount[], keys: readonly FakeAccountFeatureKey[]): (number | null)[][] {
  return accounts.map((account) => keys.map((key) => rawFeatureValue(key, account.inputs)));
}

function fitStandardiser(raw: readonly (readonly (number | null)[])[], keys: readonly FakeAccountFeatureKey[]): Standardiser {
  const means: number[] = [];
  const sds: number[] = [];
  const mins: number[] = [];
  const maxs: number[] = [];
  keys.forEach((key, column) => {
    const values = raw.map((row) => row[column]).filter((value): value is number => value !== null && value !== undefined);
    if (values.length === 0) throw new Error(`feature ${key}: no training value`);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length;
    means.push(mean);
    // A feature constant in this training fold standardises to 0 and gets a zero coefficient.
    sds.push(variance > 0 ? Math.sqrt(variance) : 1);
    mins.push(Math.min(...values));
    maxs.push(Math.max(...values));
  });
  return { keys, means, sds, mins, maxs };
}

/** Standardised design rows: clamp to the training range, impute the mean when missing, centre and scale. */
function design(raw: readonly (readonly (number | null)[])[], standardiser: Standardiser): number[][] {
  return raw.map((row) =>
    standardiser.keys.map((_, column) => {
      const mean = standardiser.means[column] ?? 0;
      const value = row[column];
      if (value === null || value === undefined) return 0;
      const clamped = Math.min(Math.max(value, standardiser.mins[column] ?? value), standardiser.maxs[column] ?? value);
      return (clamped - mean) / (standardiser.sds[column] ?? 1);
    }),
  );
}

function sigmoid(logit: number): number {
  return logit >= 0 ? 1 / (1 + Math.exp(-logit)) : Math.exp(logit) / (1 + Math.exp(logit));
}

/** Solves the symmetric positive-definite system A·x = b by Cholesky decomposition. */
function solveSpd(matrix: readonly (readonly number[])[], vector: readonly number[]): number[] {
  const size = vector.length;
  const lower = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  const at = (rows: readonly (readonly number[])[], row: number, column: number): number => rows[row]?.[column] ?? 0;
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column <= row; column += 1) {
      let sum = at(matrix, row, column);
      for (let k = 0; k < column; k += 1) sum -= at(lower, row, k) * at(lower, column, k);
      const lowerRow = lower[row] as number[];
      if (row === column) {
        if (sum <= 0) throw new Error("Hessian is not positive definite");
        lowerRow[column] = Math.sqrt(sum);
      } else {
        lowerRow[column] = sum / at(lower, column, column);
      }
    }
  }
  const forward = new Array<number>(size).fill(0);
  for (let row = 0; row < size; row += 1) {
    let sum = vector[row] ?? 0;
    for (let k = 0; k < row; k += 1) sum -= at(lower, row, k) * (forward[k] ?? 0);
    forward[row] = sum / at(lower, row, row);
  }
  const solution = new Array<number>(size).fill(0);
  for (let row = size - 1; row >= 0; row -= 1) {
    let sum = forward[row] ?? 0;
    for (let k = row + 1; k < size; k += 1) sum -= at(lower, k, row) * (solution[k] ?? 0);
    solution[row] = sum / at(lower, row, row);
  }
  return solution;
}

/**
 * Newton–Raphson for L2-penalised logistic regression. Returns [intercept, β1, …, βp] on the
 * standardised scale. Objective: −Σ log-likelihood + (λ/2)·Σ βj² (j ≥ 1).
 */
function fitLogistic(rows: readonly (readonly number[])[], labels: readonly boolean[], lambda: number): number[] {
  const size = (rows[0]?.length ?? 0) + 1;
  let beta = new Array<number>(size).fill(0);
  const positives = labels.filter(Boolean).length;
  beta[0] = Math.log(positives / (labels.length - positives));
  for (let iteration = 0; iteration < 100; iteration += 1) {
    const gradient = new Array<number>(size).fill(0);
    const hessian = Array.from({ length: size }, () => new Array<number>(size).fill(0));
    rows.forEach((row, index) => {
      const x = [1, ...row];
      const logit = x.reduce((sum, value, column) => sum + value * (beta[column] ?? 0), 0);
      const probability = sigmoid(logit);
      const residual = probability - (labels[index] === true ? 1 : 0);
      const weight = probability * (1 - probability);
      for (let a = 0; a < size; a += 1) {
        gradient[a] = (gradient[a] ?? 0) + residual * (x[a] ?? 0);
        const hessianRow = hessian[a] as number[];
        for (let b = 0; b < size; b += 1) hessianRow[b] = (hessianRow[b] ?? 0) + weight * (x[a] ?? 0) * (x[b] ?? 0);
      }
    });
    for (let a = 1; a < size; a += 1) {
      gradient[a] = (gradient[a] ?? 0) + lambda * (beta[a] ?? 0);
      const hessianRow = hessian[a] as number[];
      hessianRow[a] = (hessianRow[a] ?? 0) + lambda;
    }
    const step = solveSpd(hessian, gradient);
    beta = beta.map((value, column) => value - (step[column] ?? 0));
    if (Math.max(...step.map(Math.abs)) < 1e-12) return beta;
  }
  throw new Error("Newton–Raphson did not converge in 100 iterations");
}

interface FittedPipeline {
  readonly standardiser: Standardiser;
  readonly beta: readonly number[];
}

/**
 * Fits the pipeline, then enforces SIGN_GUARDS: while a guarded coefficient has the wrong sign,
 * the most wrong-signed feature (largest standardised coefficient against its guard) is dropped
 * and the model refitted (its coefficient is, in effect, constrained to 0).
 */
function fitPipeline(
  accounts: readonly LabelledAccount[],
  keys: readonly FakeAccountFeatureKey[],
  lambda: number,
  dropped: FakeAccountFeatureKey[] = [],
  guards: Partial<Record<FakeAccountFeatureKey, 1 | -1>> = SIGN_GUARDS,
): FittedPipeline {
  const labels = accounts.map((account) => account.isFake);
  let current = [...keys];
  for (;;) {
    const raw = rawMatrix(accounts, current);
    const standardiser = fitStandardiser(raw, current);
    const beta = fitLogistic(design(raw, standardiser), labels, lambda);
    let worstColumn = -1;
    let worstViolation = 0;
    for (const [column, key] of current.entries()) {
      const guard = guards[key];
      const violation = guard === undefined ? 0 : -guard * (beta[column + 1] ?? 0);
      if (violation > worstViolation) {
        worstColumn = column;
        worstViolation = violation;
      }
    }
    if (worstColumn < 0) return { standardiser, beta };
    dropped.push(current[worstColumn] as FakeAccountFeatureKey);
    current = current.filter((_, index) => index !== worstColumn);
  }
}

function predict(pipeline: FittedPipeline, accounts: readonly LabelledAccount[]): number[] {
  const rows = design(rawMatrix(accounts, pipeline.standardiser.keys), pipeline.standardiser);
  return rows.map((row) => sigmoid(row.reduce((sum, value, column) => sum + value * (pipeline.beta[column + 1] ?? 0), pipeline.beta[0] ?? 0)));
}

// ---------------------------------------------------------------- evaluation

/** Ties-aware Mann–Whitney AUC: P(score of a fake > score of a real) + ½·P(tie). */
function auc(scores: readonly number[], labels: readonly boolean[]): number {
  const order = scores.map((score, index) => ({ score, isFake: labels[index] === true })).sort((a, b) => a.score - b.score);
  let rankSumFake = 0;
  let position = 0;
  while (position < order.length) {
    let end = position;
    while (end + 1 < order.length && order[end + 1]?.score === order[position]?.score) end += 1;
    const averageRank = (position + end) / 2 + 1;
    for (let index = position; index <= end; index += 1) if (order[index]?.isFake === true) rankSumFake += averageRank;
    position = end + 1;
  }
  const fakes = labels.filter(Boolean).length;
  const reals = labels.length - fakes;
  return (rankSumFake - (fakes * (fakes + 1)) / 2) / (fakes * reals);
}

function operatingPoint(scores: readonly number[], labels: readonly boolean[], threshold: number): FakeAccountOperatingPoint {
  let truePositives = 0;
  let trueNegatives = 0;
  let fakes = 0;
  scores.forEach((score, index) => {
    const isFake = labels[index] === true;
    if (isFake) fakes += 1;
    if (isFake && score >= threshold) truePositives += 1;
    if (!isFake && score < threshold) trueNegatives += 1;
  });
  return { threshold, sensitivity: truePositives / fakes, specificity: trueNegatives / (labels.length - fakes) };
}

interface CrossValidation {
  readonly outOfFold: number[];
  readonly pooledAuc: number;
  readonly foldAucs: number[];
}

function crossValidate(
  accounts: readonly LabelledAccount[],
  keys: readonly FakeAccountFeatureKey[],
  lambda: number,
  folds: number,
  seed: number,
  guards: Partial<Record<FakeAccountFeatureKey, 1 | -1>> = SIGN_GUARDS,
): CrossValidation {
  const labels = accounts.map((account) => account.isFake);
  const assignment = stratifiedFolds(labels, folds, seed);
  const outOfFold = new Array<number>(accounts.length).fill(0);
  const foldAucs: number[] = [];
  for (let fold = 0; fold < folds; fold += 1) {
    const training = accounts.filter((_, row) => assignment[row] !== fold);
    const testRows = accounts.flatMap((_, row) => (assignment[row] === fold ? [row] : []));
    const pipeline = fitPipeline(training, keys, lambda, [], guards);
    const predictions = predict(pipeline, testRows.map((row) => accounts[row] as LabelledAccount));
    testRows.forEach((row, position) => {
      outOfFold[row] = predictions[position] ?? 0;
    });
    foldAucs.push(auc(predictions, testRows.map((row) => labels[row] === true)));
  }
  return { outOfFold, pooledAuc: auc(outOfFold, labels), foldAucs };
}

// ---------------------------------------------------------------- output

const round = (value: number, digits: number): number => Number(value.toFixed(digits));
const significant = (value: number): number => Number(value.toPrecision(6));

function buildModel(
  accounts: readonly LabelledAccount[],
  keys: readonly FakeAccountFeatureKey[],
  lambda: number,
  folds: number,
  seed: number,
  minimumSpecificity: number,
  provenance: { name: string; source: string; url?: string | undefined; license?: string | undefined },
  date: string,
): { model: FakeAccountModel; cv: CrossValidation } {
  const labels = accounts.map((account) => account.isFake);
  const cv = crossValidate(accounts, keys, lambda, folds, seed);
  const dropped: FakeAccountFeatureKey[] = [];
  const pipeline = fitPipeline(accounts, keys, lambda, dropped);
  for (const key of dropped) console.log(`guard: dropped ${key} (its coefficient took the sign opposite to SIGN_GUARDS)`);
  const features: FakeAccountModelFeature[] = pipeline.standardiser.keys.map((key, column) => {
    const coefficient = (pipeline.beta[column + 1] ?? 0) / (pipeline.standardiser.sds[column] ?? 1);
    return {
      key,
      coefficient: significant(coefficient),
      mean: significant(pipeline.standardiser.means[column] ?? 0),
      min: significant(pipeline.standardiser.mins[column] ?? 0),
      max: significant(pipeline.standardiser.maxs[column] ?? 0),
    };
  });
  const operatingPoints = Array.from({ length: 99 }, (_, index) => {
    const point = operatingPoint(cv.outOfFold, labels, round((index + 1) / 100, 2));
    return { threshold: point.threshold, sensitivity: round(point.sensitivity, 4), specificity: round(point.specificity, 4) };
  });
  let threshold = 0.5;
  let bestYouden = -Infinity;
  for (let step = 1; step <= 19; step += 1) {
    const candidate = round(step * 0.05, 2);
    const point = operatingPoint(cv.outOfFold, labels, candidate);
    const youden = point.sensitivity + point.specificity - 1;
    if (point.specificity >= minimumSpecificity && youden > bestYouden + 1e-12) {
      bestYouden = youden;
      threshold = candidate;
    }
  }
  const model: FakeAccountModel = {
    name: provenance.name,
    source: provenance.source,
    ...(provenance.url === undefined ? {} : { url: provenance.url }),
    ...(provenance.license === undefined ? {} : { license: provenance.license }),
    fittedOn: date,
    script: "scripts/fit-fake-account-model.ts",
    trainingSize: accounts.length,
    trainingFakeCount: labels.filter(Boolean).length,
    intercept: significant(pipeline.beta[0] ?? 0),
    features,
    threshold,
    crossValidatedAuc: round(cv.pooledAuc, 4),
    folds,
    operatingPoints,
  };
  return { model, cv };
}

function moduleText(model: FakeAccountModel, lambda: number, seed: number, cv: CrossValidation): string {
  const at = model.operatingPoints.find((point) => point.threshold === model.threshold);
  const foldMean = cv.foldAucs.reduce((sum, value) => sum + value, 0) / cv.foldAucs.length;
  return `// GENERATED by scripts/fit-fake-account-model.ts on ${model.fittedOn}; do not edit by hand.
// Re-run: npx tsx scripts/fit-fake-account-model.ts  (options: see the script's header comment)
// Data: ${model.source}, ${model.license ?? "licence not stated"}, ${model.url ?? ""}.
// Fit: L2 logistic regression (λ = ${lambda} on standardised features), Newton–Raphson;
// ${model.folds}-fold stratified cross-validation, seed ${seed}; mean of the fold AUCs ${round(foldMean, 4)}.
import type { FakeAccountModel } from "./fakeAccountFeatures.js";

/**
 * The fake-account model the library ships: an L2-regularised logistic
 * regression fitted on ${model.trainingSize} hand-labelled Instagram follower accounts
 * (${model.trainingFakeCount} fake) from ${model.source}
 * (${model.license ?? "licence not stated"}, ${model.url ?? ""}).
 *
 * ${model.folds}-fold cross-validated AUC ${model.crossValidatedAuc}; at the default threshold
 * ${model.threshold}, sensitivity ${at?.sensitivity ?? "n/a"} and specificity ${at?.specificity ?? "n/a"}
 * (out-of-fold). Generated by \`${model.script}\`; see docs/methodology/audience.md.
 *
 * @example
 * FAKE_ACCOUNT_MODEL.threshold;
 * // => ${model.threshold}
 * @category Audience
 */
export const FAKE_ACCOUNT_MODEL: FakeAccountModel = ${modelLiteral(model)};
`;
}

/** The model as a TypeScript object literal: one line per feature and per operating point. */
function modelLiteral(model: FakeAccountModel): string {
  const lines = Object.entries(model).map(([key, value]) => {
    if (Array.isArray(value)) {
      const items = value.map((item) => {
        const text = JSON.stringify(item).replace(/"(\w+)":/gu, "$1: ").replace(/,(?=\w+: )/gu, ", ");
        return `    { ${text.slice(1, -1)} },`;
      });
      return `  ${key}: [\n${items.join("\n")}\n  ],`;
    }
    return `  ${key}: ${JSON.stringify(value)},`;
  });
  return `{\n${lines.join("\n")}\n}`;
}

// ---------------------------------------------------------------- main

function main(): void {
  const options = parseArguments(process.argv.slice(2));
  const dataPath = resolve(options.get("data") ?? resolve(repositoryRoot, "../shared/data/srf-labelled-followers.csv"));
  const keys = (options.get("features")?.split(",") ?? DEFAULT_FEATURES).map((key) => {
    if (!(FAKE_ACCOUNT_FEATURE_KEYS as readonly string[]).includes(key)) throw new Error(`unknown feature ${key}`);
    return key as FakeAccountFeatureKey;
  });
  const lambda = Number(options.get("lambda") ?? "1");
  const folds = Number(options.get("folds") ?? "10");
  const seed = Number(options.get("seed") ?? "20171001");
  const minimumSpecificity = Number(options.get("min-specificity") ?? "0.95");
  const date = options.get("date") ?? new Date().toISOString().slice(0, 10);
  const usingSrf = !options.has("data");
  const provenance = {
    name: options.get("name") ?? (usingSrf ? SRF_PROVENANCE.name : "custom fake-account model"),
    source: options.get("source") ?? (usingSrf ? SRF_PROVENANCE.source : relative(process.cwd(), dataPath)),
    url: options.get("url") ?? (usingSrf ? SRF_PROVENANCE.url : undefined),
    license: options.get("license") ?? (usingSrf ? SRF_PROVENANCE.license : undefined),
  };

  const accounts = readLabelledAccounts(dataPath);
  const labels = accounts.map((account) => account.isFake);
  console.log(`read ${accounts.length} accounts (${labels.filter(Boolean).length} fake) from ${dataPath}`);
  // Features the data cannot inform (no value at all, or a single value) are left out.
  for (const key of [...keys]) {
    const values = new Set(accounts.map((account) => rawFeatureValue(key, account.inputs)).filter((value) => value !== null));
    if (values.size < 2) {
      console.log(`skipped ${key}: ${values.size === 0 ? "no values" : "a single value"} in the data`);
      keys.splice(keys.indexOf(key), 1);
    }
  }

  if (options.has("compare")) {
    const alternatives: Record<string, readonly FakeAccountFeatureKey[]> = {
      "candidates (guarded)": keys,
      "candidates + isPrivate": [...keys, "isPrivate"],
      "counts and ratios only": ["logPosts", "logFollowers", "logFollowingPerFollower", "logFollowingPerPost"],
      "following/posts only": ["logFollowingPerPost"],
    };
    for (const [label, set] of Object.entries(alternatives)) {
      for (const penalty of [0.1, 1, 10]) {
        const result = crossValidate(accounts, set, penalty, folds, seed);
        console.log(`compare: ${label.padEnd(24)} λ=${String(penalty).padEnd(4)} CV AUC ${result.pooledAuc.toFixed(4)}`);
      }
    }
    const everything = FAKE_ACCOUNT_FEATURE_KEYS.filter((key) => key !== "isPrivate");
    const unguarded = crossValidate(accounts, everything, lambda, folds, seed, {});
    console.log(`compare: all candidates without sign guards, λ=${lambda}: CV AUC ${unguarded.pooledAuc.toFixed(4)}`);
    const free = fitPipeline(accounts, everything, lambda, [], {});
    free.standardiser.keys.forEach((key, column) => {
      const coefficient = (free.beta[column + 1] ?? 0) / (free.standardiser.sds[column] ?? 1);
      console.log(`compare:   unguarded ${key.padEnd(24)} ${coefficient.toFixed(4)}`);
    });
  }

  const { model, cv } = buildModel(accounts, keys, lambda, folds, seed, minimumSpecificity, provenance, date);
  console.log(`cross-validated AUC ${model.crossValidatedAuc} (fold AUCs ${cv.foldAucs.map((value) => value.toFixed(3)).join(" ")})`);
  for (const point of model.operatingPoints.filter((candidate) => Math.round(candidate.threshold * 100) % 5 === 0)) {
    const mark = point.threshold === model.threshold ? "  <- threshold" : "";
    console.log(`  t=${point.threshold.toFixed(2)} Se ${point.sensitivity.toFixed(4)} Sp ${point.specificity.toFixed(4)}${mark}`);
  }
  console.log(`intercept ${model.intercept}`);
  for (const feature of model.features) {
    console.log(`  ${feature.key.padEnd(24)} coef ${feature.coefficient} mean ${feature.mean} range [${feature.min}, ${feature.max}]`);
  }

  const jsonPath = options.get("json");
  if (jsonPath !== undefined) {
    writeFileSync(resolve(jsonPath), `${JSON.stringify(model, null, 2)}\n`);
    console.log(`wrote ${jsonPath}`);
    return;
  }
  const outPath = resolve(options.get("out") ?? resolve(repositoryRoot, "src/audience/fakeAccountModel.ts"));
  writeFileSync(outPath, moduleText(model, lambda, seed, cv));
  console.log(`wrote ${relative(process.cwd(), outPath)}`);
}

main();
