// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { jsonSchemas } from "./banks-schema.ts";

describe("JSON Schema files for bank authors", () => {
  it("are up to date with the zod schemas (run npm run banks:schema after changing them)", () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      expect(JSON.parse(readFileSync(`question-banks/${name}`, "utf8")), name).toEqual(schema);
    }
  });
});
