// Traceability of the defaults (issue: documentation a practitioner can
// trust): every default table the library exports that names a `source` must
// be traceable from docs/methodology.md — named in it or in a
// docs/methodology/*.md file it links — and every published source must be in
// its "Sources" list. The tables are found by walking the public exports for
// objects with a `source` string, so a new table or a new source is checked
// without editing this file. Also: the links and figures of methodology.md
// resolve, and the committed figures are what scripts/make-figures.ts draws
// from the current code.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { FIGURE_DIRECTORY, renderFigures } from "../../scripts/make-figures.js";
import * as api from "../../src/index.js";

const root = join(import.meta.dirname, "..", "..");
const methodologyPath = join(root, "docs", "methodology.md");

/** One object with a `source` string found under a public export. */
interface Cited {
  /** Where it was found, e.g. `RATE_CARD.cpm.instagram`. */
  readonly path: string;
  readonly source: string;
  readonly url: string | null;
  readonly year: number | null;
}

function citedDefaults(): Cited[] {
  const found: Cited[] = [];
  const seen = new Set<unknown>();
  const walk = (value: unknown, path: string): void => {
    if (typeof value !== "object" || value === null || seen.has(value)) return;
    seen.add(value);
    const record = value as Record<string, unknown>;
    if (typeof record.source === "string") {
      found.push({
        path,
        source: record.source,
        url: typeof record.url === "string" ? record.url : null,
        year: typeof record.year === "number" ? record.year : null,
      });
    }
    for (const [key, child] of Object.entries(record)) walk(child, `${path}.${key}`);
  };
  for (const [name, value] of Object.entries(api)) walk(value, name);
  return found;
}

/** The library's own judgement or an assumption: no publication to cite, so the docs must name the default itself. */
function isJudgement(source: string): boolean {
  return /^(judgement|assumption)\b/i.test(source) || /\(judgement\)/i.test(source) || /\bheuristic\b/i.test(source);
}

const STOP_WORDS = new Set(["the", "as", "a", "an", "of", "and", "by", "for", "in", "on", "et", "al", "al.", "via", "rule", "evaluated", "e.g."]);

/**
 * The words that name the publisher: the part before the first comma, without
 * parentheses; a single word as is ("codivupload", "minter.io"), otherwise its
 * capitalised words ("Rival IQ", "Cresci" in "… as evaluated by Cresci et al.").
 */
function publisherTokens(source: string): string[] {
  const head = (source.split(",")[0] ?? "").replace(/\([^)]*\)/g, " ").replace(/:.*$/, "").trim();
  const words = head.split(/\s+/).filter((word) => word !== "" && word !== "×" && word !== "&");
  if (words.length === 1) return words;
  return words.filter((word) => /^[A-Z0-9]/.test(word) && word.replace(/[^A-Za-z]/g, "").length >= 2 && !STOP_WORDS.has(word.toLowerCase()));
}

/** The `year` field, else the last four-digit year in the text (the publication year comes last: "…, April 2020 onward), …, 2024"). */
function yearOf(cited: Cited): number | null {
  if (cited.year !== null) return cited.year;
  const years = cited.source.match(/\b(?:19|20)\d{2}\b/g);
  return years === null ? null : Number(years[years.length - 1]);
}

/** `https://www.example.com/a/` → `example.com/a`. */
function normalizeUrl(url: string): string {
  return url.toLowerCase().replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/\/+$/, "");
}

/**
 * Blocks of a Markdown text that a citation must sit in: each table row and
 * list item on its own, other paragraphs whole.
 */
function blocksOf(markdown: string): string[] {
  const blocks: string[] = [];
  for (const paragraph of markdown.split(/\n\s*\n/)) {
    let current: string[] = [];
    for (const line of paragraph.split("\n")) {
      if (/^\s*(\||[-*] |\d+\. )/.test(line) && current.length > 0) {
        blocks.push(current.join(" "));
        current = [];
      }
      current.push(line.trim());
    }
    if (current.length > 0) blocks.push(current.join(" "));
  }
  return blocks;
}

/** What is missing for `cited` to be traced in `text` (empty when it is). */
function untraced(cited: Cited, text: string): string | null {
  const lower = text.toLowerCase();
  if (cited.url !== null && lower.includes(normalizeUrl(cited.url))) return null;
  const tokens = publisherTokens(cited.source);
  if (isJudgement(cited.source) || tokens.length === 0) {
    const key = cited.path.split(".").filter((part) => !/^\d+$/.test(part)).pop() ?? cited.path;
    return text.includes(key) ? null : `the key ${JSON.stringify(key)} (a judgement or assumption)`;
  }
  const year = yearOf(cited);
  const wanted = year === null ? tokens : [...tokens, String(year)];
  const isNamed = blocksOf(text).some((block) => wanted.every((token) => block.toLowerCase().includes(token.toLowerCase())));
  return isNamed ? null : `${wanted.map((token) => JSON.stringify(token)).join(" + ")} in one paragraph, table row or list item${cited.url === null ? "" : `, or ${normalizeUrl(cited.url)}`}`;
}

function read(path: string): string {
  return readFileSync(path, "utf8");
}

/** Local Markdown link targets of a file, resolved, without anchors. */
function localLinks(path: string): string[] {
  const targets: string[] = [];
  for (const match of read(path).matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = match[1] ?? "";
    if (/^[a-z]+:/i.test(target) || target.startsWith("#")) continue;
    targets.push(normalize(join(dirname(path), target.replace(/#.*$/, ""))));
  }
  return targets;
}

/** docs/methodology.md and every docs/methodology/*.md (or docs/*.md) file it links. */
function methodologyDocs(): Map<string, string> {
  const docs = new Map<string, string>([[methodologyPath, read(methodologyPath)]]);
  for (const target of localLinks(methodologyPath)) {
    if (target.endsWith(".md") && target.startsWith(join(root, "docs")) && existsSync(target)) docs.set(target, read(target));
  }
  return docs;
}

/** The "## Sources" section of docs/methodology.md. */
function sourcesSection(): string {
  const text = read(methodologyPath);
  const start = text.search(/^## Sources\b/m);
  if (start < 0) return "";
  const rest = text.slice(start + 1);
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}

const cited = citedDefaults();

describe("docs/methodology.md", () => {
  it("finds the default tables to check", () => {
    // TIER_SCHEMES, ENGAGEMENT_BENCHMARKS, RATE_CARD, the trust tables, FAKE_ACCOUNT_MODEL and BENFORD_CONFORMITY cite dozens of sources.
    expect(cited.length).toBeGreaterThan(50);
    const exportsWithSources = new Set(cited.map((entry) => entry.path.split(".")[0]));
    for (const name of ["TIER_SCHEMES", "ENGAGEMENT_BENCHMARKS", "RATE_CARD", "TRUST_THRESHOLDS", "FAKE_ACCOUNT_MODEL", "BENFORD_CONFORMITY"]) {
      expect(exportsWithSources).toContain(name);
    }
  });

  it("recognises how sources are written", () => {
    // Hand-checked against the shapes used in the tables.
    expect(publisherTokens("Rival IQ, 2023 Social Media Industry Benchmark Report")).toEqual(["Rival", "IQ"]);
    expect(publisherTokens("minter.io, How much reach should my brand be getting on Instagram?, 2019")).toEqual(["minter.io"]);
    expect(publisherTokens("Hootsuite (as quoted by allofthemarketing.com), Facebook organic page reach, 2020")).toEqual(["Hootsuite"]);
    expect(publisherTokens("Camisani-Calzolari rule as evaluated by Cresci et al., Fame for sale, 2015")).toEqual(["Camisani-Calzolari", "Cresci"]);
    expect(publisherTokens("M. J. Nigrini, Benford's Law, Wiley, 2012")).toEqual(["Nigrini"]);
    expect(yearOf({ path: "x", source: "Amazon, rates (April 2020 onward), as republished, 2024", url: null, year: null })).toBe(2024);
    expect(isJudgement("judgement: engagement in the top 5% of peers is extreme")).toBe(true);
    expect(isJudgement("Modash, Instagram Engagement Rate Calculator")).toBe(false);
  });

  it("names the source of every default table, there or in a methodology file it links", () => {
    const text = [...methodologyDocs().values()].join("\n\n");
    const missing = cited.flatMap((entry) => {
      const need = untraced(entry, text);
      return need === null ? [] : [`${entry.path}: "${entry.source}" — looked for ${need}`];
    });
    expect(missing).toEqual([]);
  });

  it("lists every published source of a default in its Sources section", () => {
    const section = sourcesSection();
    expect(section).not.toBe("");
    const missing = cited.flatMap((entry) => {
      if (isJudgement(entry.source) || publisherTokens(entry.source).length === 0) return [];
      const need = untraced(entry, section);
      return need === null ? [] : [`${entry.path}: "${entry.source}" — looked for ${need}`];
    });
    expect(missing).toEqual([]);
  });

  it("links every model's methodology file", () => {
    const linked = new Set(localLinks(methodologyPath).map((target) => relative(root, target)));
    for (const area of ["tiers", "engagement", "trust", "audience", "compensation", "selection"]) {
      expect(linked).toContain(join("docs", "methodology", `${area}.md`));
    }
  });

  it("links only files that exist", () => {
    const broken = [methodologyPath, join(root, "docs", "recipes.md"), join(root, "README.md")].flatMap((path) =>
      localLinks(path).filter((target) => !existsSync(target)).map((target) => `${relative(root, path)} → ${relative(root, target)}`),
    );
    expect(broken).toEqual([]);
  });

  it("embeds every figure", () => {
    const text = read(methodologyPath);
    for (const name of renderFigures().keys()) expect(text).toContain(`figures/${name}`);
  });
});

describe("docs/figures", () => {
  it("are what scripts/make-figures.ts draws from the current code (run `npm run figures`)", () => {
    for (const [name, svg] of renderFigures()) {
      const path = join(root, FIGURE_DIRECTORY, name);
      expect(existsSync(path), `${path} is missing`).toBe(true);
      expect(read(path) === svg, `${FIGURE_DIRECTORY}/${name} is stale: run npm run figures`).toBe(true);
    }
  });

  it("are drawn the same way twice (deterministic)", () => {
    expect([...renderFigures()]).toEqual([...renderFigures()]);
  });
});
