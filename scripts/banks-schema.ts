/** npm run banks:schema — writes the JSON Schema files bank authors point their editors at. */
import { writeFileSync } from "node:fs";
import { z } from "zod";
import { BankSchema } from "../src/domain/bank/schema.ts";
import { CatalogSchema } from "../src/domain/catalog/schema.ts";

export function jsonSchemas(): Record<string, unknown> {
  const opts = { target: "draft-2020-12", unrepresentable: "any", io: "input" } as const;
  return {
    "bank.schema.json": {
      title: "Zenkan question bank, format v1",
      ...z.toJSONSchema(BankSchema, opts),
    },
    "catalog.schema.json": { title: "Zenkan exam catalog", ...z.toJSONSchema(CatalogSchema, opts) },
  };
}

if (process.argv[1]?.endsWith("banks-schema.ts")) {
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    writeFileSync(`question-banks/${name}`, `${JSON.stringify(schema, null, 2)}\n`);
    console.log(`wrote question-banks/${name}`);
  }
}
