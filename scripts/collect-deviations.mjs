// Builds lib/gateway/KNOWN-DEVIATIONS.md from the DEVIATIONS.md of each engine area, so every known
// difference from AWS is in one file. `--check` exits 1 when the committed file is out of date.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const gateway = path.resolve(import.meta.dirname, "../lib/gateway");
const target = path.join(gateway, "KNOWN-DEVIATIONS.md");

/** Every folder under lib/gateway holding a DEVIATIONS.md, as paths like "vtl" or "authorizers/lambda". */
function areasWithDeviations(dir = gateway, prefix = "") {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const area = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (existsSync(path.join(dir, entry.name, "DEVIATIONS.md"))) found.push(area);
    found.push(...areasWithDeviations(path.join(dir, entry.name), area));
  }
  return found.sort();
}

export function buildKnownDeviations() {
  const sections = areasWithDeviations().map((area) => {
    const text = readFileSync(path.join(gateway, area, "DEVIATIONS.md"), "utf8").trim();
    // The area's own title becomes "## area"; its inner headings move one level down to stay under it.
    const body = text.replace(/^# .*\n/, "").replace(/^(#+) /gm, "#$1 ");
    return `## ${area}\n${body}`;
  });
  return [
    "# Known deviations from Amazon API Gateway",
    "",
    "Every known difference between the simulator and AWS, with the reason. Built from each area's",
    "`DEVIATIONS.md` by `node scripts/collect-deviations.mjs`; a test fails when this file is out of date.",
    "Evidence markers follow ../shared/spec/apigw-behaviour.md ([REC], [DOC], [LS], [3P], [UNVERIFIED]).",
    "",
    ...sections.flatMap((s) => [s, ""]),
  ].join("\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const want = buildKnownDeviations();
  if (process.argv.includes("--check")) {
    const have = existsSync(target) ? readFileSync(target, "utf8") : "";
    if (have !== want) {
      console.error(
        "lib/gateway/KNOWN-DEVIATIONS.md is out of date: run node scripts/collect-deviations.mjs",
      );
      process.exit(1);
    }
  } else {
    writeFileSync(target, want);
    console.info(`wrote ${path.relative(process.cwd(), target)}`);
  }
}
