// @vitest-environment node
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";

/**
 * The layering of shared/style.md (features → state → domain; only db/ knows IndexedDB)
 * is kept by lint rules. These tests write a file with a forbidden import into each layer
 * and check that `npm run lint` fails on it with the layer's message.
 */

const probes: string[] = [];
afterAll(() => {
  for (const dir of probes) rmSync(dir, { recursive: true, force: true });
});

function lint(layer: string, source: string): string[] {
  const dir = `src/${layer}/zz-lint-probe-${process.pid}`;
  probes.push(dir);
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/probe.ts`, source);
  const r = spawnSync("node_modules/.bin/biome", ["lint", "--reporter=json", `${dir}/probe.ts`], {
    encoding: "utf8",
  });
  const report = JSON.parse(r.stdout) as { diagnostics: { category: string; message: string }[] };
  return report.diagnostics.map((d) => `${d.category}: ${d.message}`);
}

describe("layer boundaries", () => {
  it("keeps React, storage and the app out of domain/", () => {
    expect(
      lint(
        "domain",
        'import { useState } from "react";\nimport type { Repositories } from "../../db/ports.ts";\n\nexport const a = useState;\nexport type B = Repositories;\n',
      ),
    ).toEqual([
      "lint/style/noRestrictedImports: domain/ is pure TypeScript: no React.",
      "lint/style/noRestrictedImports: domain/ imports nothing of the app (see shared style: features -> state -> domain).",
    ]);
  });

  it("keeps screens away from the database", () => {
    expect(
      lint(
        "features",
        'import { ZenkanDatabase } from "../../db/dexie/database.ts";\n\nexport const a = ZenkanDatabase;\n',
      ),
    ).toEqual([
      "lint/style/noRestrictedImports: Screens never touch the database: go through state/ and the repository interfaces.",
    ]);
  });

  it("lets state/ reach storage only through the interfaces", () => {
    expect(lint("state", 'import { Dexie } from "dexie";\n\nexport const a = Dexie;\n')).toEqual([
      "lint/style/noRestrictedImports: state/ talks to storage only through the repository interfaces in db/ports.",
    ]);
    expect(
      lint(
        "state",
        'import { openRepositories } from "../../db/dexie/repositories.ts";\n\nexport const a = openRepositories;\n',
      ),
    ).toEqual([
      "lint/style/noRestrictedImports: state/ talks to storage only through the repository interfaces in db/ports.",
    ]);
  });

  it("passes an allowed import", () => {
    expect(
      lint("domain", 'import { pick } from "../text.ts";\n\nexport const a = pick;\n'),
    ).toEqual([]);
  });
});
