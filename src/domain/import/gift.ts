import { finalize } from "./finalize.ts";
import { findUnescaped, htmlToText, unescapeGift } from "./gift-text.ts";
import { type DraftOption, finishItem, problem } from "./item.ts";
import { progressReporter, splitLines } from "./source-text.ts";
import type { ImportedItem, ImportOptions, ImportProblem, ImportResult } from "./types.ts";

/**
 * Moodle GIFT (https://docs.moodle.org/en/GIFT_format), the multiple-choice part:
 *
 *     // comment
 *     $CATEGORY: $course$/top/Storage
 *     ::S3 durability:: Which service stores objects? {
 *       =Amazon S3 #right: object storage
 *       ~Amazon EBS #block storage
 *       ####General feedback, the explanation.
 *     }
 *
 *     ::Two keys:: Choose two. { ~%50%a ~%50%b ~%-100%c }
 *
 * Questions are separated by blank lines. "=" (or a positive weight) marks a key;
 * `#feedback` becomes the option's "why"; `####feedback` the explanation; a
 * `$CATEGORY` names the domain the file gave. True/false, short answer, numeric,
 * matching and essay questions have no Zenkan equivalent and are reported, not read.
 */

interface Line {
  n: number;
  text: string;
}

interface Parsed {
  items: ImportedItem[];
  problems: ImportProblem[];
  found: number;
}

interface Answer {
  kind: "=" | "~";
  right: boolean;
  weight: number;
  text: string;
  feedback: string;
  offset: number;
}

const WEIGHT = /^-?\d{1,3}(?:\.\d{1,6})?$/;
const TRUE_FALSE = /^(?:TRUE|FALSE|T|F)(?:\s|#|$)/i;
const FORMAT = /^\[(html|moodle|plain|markdown)\]/;

/** Splits an answer block's inside into answers and the general feedback, or says why it cannot. */
function splitAnswers(
  body: string,
): { answers: Answer[]; general: string } | { error: string; offset: number } {
  const answers: Answer[] = [];
  let general = "";
  let current: Answer | undefined;
  let inFeedback = false;
  let i = 0;
  while (i < body.length && /\s/.test(body.charAt(i))) i++;
  for (; i < body.length; i++) {
    const c = body.charAt(i);
    if (c === "\\") {
      const pair = body.slice(i, i + 2);
      if (current && inFeedback) current.feedback += pair;
      else if (current) current.text += pair;
      else
        return { error: "text before the first answer (an answer starts with = or ~)", offset: i };
      i++;
    } else if (body.startsWith("####", i)) {
      general = body.slice(i + 4);
      break;
    } else if (c === "=" || c === "~") {
      current = {
        kind: c,
        right: c === "=",
        weight: c === "=" ? 100 : 0,
        text: "",
        feedback: "",
        offset: i,
      };
      answers.push(current);
      inFeedback = false;
      if (body.charAt(i + 1) === "%") {
        const end = body.indexOf("%", i + 2);
        const weight = end < 0 ? "" : body.slice(i + 2, end);
        if (!WEIGHT.test(weight))
          return { error: "a weight is not a number between % signs", offset: i };
        current.weight = Number(weight);
        current.right = current.weight > 0;
        i = end;
      }
    } else if (!current) {
      return { error: "text before the first answer (an answer starts with = or ~)", offset: i };
    } else if (c === "#" && !inFeedback) {
      inFeedback = true;
    } else if (inFeedback) current.feedback += c;
    else current.text += c;
  }
  return { answers, general };
}

function unsupported(kind: string): { code: "unsupported-type"; message: string } {
  return { code: "unsupported-type", message: `unsupported GIFT question type (${kind})` };
}

function readQuestion(
  lines: readonly Line[],
  category: string | undefined,
  options: ImportOptions,
  out: Parsed,
) {
  const first = lines[0];
  if (!first) return;
  out.found++;
  const text = lines.map((l) => l.text).join("\n");
  const starts: number[] = [];
  let offset = 0;
  for (const l of lines) {
    starts.push(offset);
    offset += l.text.length + 1;
  }
  const lineAt = (at: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    return lines[lo]?.n ?? first.n;
  };
  const fail = (
    at: number,
    code: "malformed-line" | "unsupported-type",
    message: string,
    stem = "",
  ) => {
    out.problems.push(problem(lineAt(at), code, message, stem));
  };

  let i = 0;
  while (i < text.length && /\s/.test(text.charAt(i))) i++;
  if (text.startsWith("::", i)) {
    const end = findUnescaped(text, "::", i + 2);
    if (end < 0) return fail(i, "malformed-line", "a title opened with :: is not closed with ::");
    i = end + 2;
  }
  while (i < text.length && /\s/.test(text.charAt(i))) i++;
  const format = FORMAT.exec(text.slice(i, i + 12))?.[1];
  if (format) i += format.length + 2;
  const asText = (s: string) =>
    (format === "html" ? htmlToText(unescapeGift(s)) : unescapeGift(s)).trim();

  const open = findUnescaped(text, "{", i);
  const head = text.slice(i, open < 0 ? text.length : open);
  if (open < 0) {
    const u = unsupported("description, no answer block");
    return fail(i, u.code, u.message, asText(head));
  }
  let close = -1;
  for (let j = open + 1; j < text.length; j++) {
    const c = text.charAt(j);
    if (c === "\\") j++;
    else if (c === "{")
      return fail(j, "malformed-line", "a { inside an answer block", asText(head));
    else if (c === "}") {
      close = j;
      break;
    }
  }
  if (close < 0)
    return fail(
      open,
      "malformed-line",
      "an answer block opened with { is not closed with }",
      asText(head),
    );
  const second = findUnescaped(text, "{", close + 1);
  if (second >= 0)
    return fail(second, "malformed-line", "a second answer block in one question", asText(head));
  const tail = asText(text.slice(close + 1));
  // Text after the block makes a "missing word" question: the block stands for a blank.
  const stem = tail ? `${asText(head)} _____ ${tail}`.trim() : asText(head);

  const body = text.slice(open + 1, close);
  const t = body.trim();
  const lead = t.charAt(0);
  if (t === "" || (t.startsWith("####") && !/[=~]/.test(t))) {
    const u = unsupported("essay");
    return fail(open, u.code, u.message, stem);
  }
  if (lead === "#") {
    const u = unsupported("numeric");
    return fail(open, u.code, u.message, stem);
  }
  if (TRUE_FALSE.test(t)) {
    const u = unsupported("true/false");
    return fail(open, u.code, u.message, stem);
  }
  const split = splitAnswers(body);
  if ("error" in split) return fail(open + 1 + split.offset, "malformed-line", split.error, stem);
  const { answers, general } = split;
  if (!answers.some((a) => a.kind === "~")) {
    const matching = answers.some((a) => a.text.includes("->"));
    const u = unsupported(matching ? "matching" : "short answer");
    return fail(open, u.code, u.message, stem);
  }
  const opts: DraftOption[] = answers.map((a) => {
    const o: DraftOption = { text: asText(a.text), line: lineAt(open + 1 + a.offset) };
    const why = asText(a.feedback);
    if (why) o.why = why;
    return o;
  });
  const keys = answers.flatMap((a, k) => (a.right ? [k] : []));
  const draft = {
    line: first.n,
    endLine: lines[lines.length - 1]?.n ?? first.n,
    stem,
    options: opts,
    keyIndexes: keys,
    keyLine: lineAt(open),
    explanation: asText(general),
    ...(category ? { domain: category } : {}),
  };
  const r = finishItem(draft, options);
  if (r.ok) out.items.push(r.item);
  else out.problems.push(r.problem);
}

export function parseGift(text: string, options: ImportOptions = {}): ImportResult {
  const lines = splitLines(text);
  const out: Parsed = { items: [], problems: [], found: 0 };
  const report = progressReporter(lines.length, options.onProgress);
  let block: Line[] = [];
  let category: string | undefined;
  const flush = () => {
    readQuestion(block, category, options, out);
    block = [];
  };
  lines.forEach((line, i) => {
    report(i);
    const trimmed = line.trim();
    if (trimmed.startsWith("//")) return;
    if (trimmed === "") {
      flush();
      return;
    }
    if (block.length === 0 && /^\$CATEGORY\s*:/i.test(trimmed)) {
      // "$course$/top/Storage": the last part names the category, the file's domain.
      const path = trimmed.slice(trimmed.indexOf(":") + 1).trim();
      category = path.split("/").pop()?.trim() || undefined;
      return;
    }
    block.push({ n: i + 1, text: line });
  });
  flush();
  return finalize("gift", out, options);
}
