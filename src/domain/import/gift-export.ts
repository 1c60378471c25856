import type { ItemType, Question } from "../bank/schema.ts";
import { type Lang, pick } from "../text.ts";
import { escapeGift } from "./gift-text.ts";
import { hasNoExplanation, UNMAPPED_DOMAIN } from "./types.ts";

/**
 * Items as Moodle GIFT. Single choice is `=right ~wrong`; multiple choice gives each
 * key an equal share of 100% and each wrong option -100%, so, as in Zenkan, only the
 * full right set scores. Option reasons become `#feedback`, the explanation
 * `####general feedback`, the domain a `$CATEGORY`. GIFT has no ordering or matching
 * items in Zenkan's sense, so those are left out and listed in `skipped`.
 */

export interface GiftExport {
  text: string;
  skipped: { id: string; type: ItemType }[];
}

/** 100 / keys, to five decimals as Moodle lists its grades (33.33333, 16.66667). */
function share(keys: number): string {
  return String(Number((100 / keys).toFixed(5)));
}

export function toGift(questions: readonly Question[], lang: Lang): GiftExport {
  const blocks: string[] = [];
  const skipped: GiftExport["skipped"] = [];
  let category: string | undefined;
  for (const q of questions) {
    if (q.type !== "single" && q.type !== "multiple") {
      skipped.push({ id: q.id, type: q.type });
      continue;
    }
    if (q.domain !== category && q.domain !== UNMAPPED_DOMAIN) {
      blocks.push(`$CATEGORY: ${q.domain.replace(/\s+/g, " ")}`);
      category = q.domain;
    }
    const lines = [`::${escapeGift(q.id)}:: ${escapeGift(pick(q.stem, lang))} {`];
    const keys = new Set(q.answer);
    for (const o of q.options) {
      const text = escapeGift(pick(o.text, lang));
      const why = o.why ? `#${escapeGift(pick(o.why, lang))}` : "";
      const right = keys.has(o.id);
      if (q.type === "multiple")
        lines.push(`  ~%${right ? share(keys.size) : "-100"}%${text}${why}`);
      else {
        // A text starting with "%" would read as a weight: then the weight is written out.
        const weight = text.startsWith("%") ? (right ? "%100%" : "%0%") : "";
        lines.push(`  ${right ? "=" : "~"}${weight}${text}${why}`);
      }
    }
    if (!hasNoExplanation(q)) lines.push(`  ####${escapeGift(pick(q.explanation, lang))}`);
    lines.push("}");
    blocks.push(lines.join("\n"));
  }
  return { text: blocks.length ? `${blocks.join("\n\n")}\n` : "", skipped };
}
