import type { BankRecord, QuestionRecord } from "../db/ports.ts";
import type { Bank, Question } from "../domain/bank/schema.ts";
import { toGift } from "../domain/import/gift-export.ts";
import { mapDomain } from "../domain/import/item.ts";
import type { ParseImportOptions } from "../domain/import/parse-import.ts";
import type { ImportFormat, ImportResult } from "../domain/import/types.ts";
import { UNMAPPED_DOMAIN, UNMAPPED_EXAM } from "../domain/import/types.ts";
import { toZenkanJson } from "../domain/import/zenkan-export.ts";
import { hashString } from "../domain/random.ts";
import { type Lang, pick } from "../domain/text.ts";
import { findExam } from "./catalog.ts";
import type { ParseMessage, ParseRequest } from "./import-protocol.ts";
import { getRepositories } from "./storage.ts";

/**
 * Bringing the learner's own questions in: parsed in a worker (progress reported), shown
 * as a preview, saved in one transaction as a bank of their own, mapped to an exam and its
 * domains when they choose, and exported again as Zenkan JSON or GIFT.
 *
 * An imported bank not mapped to an exam is filed under UNMAPPED_EXAM ("CUSTOM"): its items can be
 * studied, but only items mapped to an exam and one of its domains enter mock exams.
 */

export interface ParseChoice {
  text: string;
  fileName: string;
  format?: ImportFormat;
  lang?: Lang;
  /** The exam the items are for, if the learner said so: the file's domains are matched to it. */
  exam?: string;
}

/** Runs the parser in a Web Worker (or here when there is none, as in unit tests). */
function runParser(
  request: ParseRequest,
  onProgress: (fraction: number) => void,
): Promise<ImportResult> {
  if (typeof Worker === "undefined")
    return import("../domain/import/parse-import.ts").then((m) =>
      m.parseImport(request.text, { ...request.options, onProgress }),
    );
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./import-worker.ts", import.meta.url), { type: "module" });
    worker.addEventListener("message", (e: MessageEvent<ParseMessage>) => {
      const m = e.data;
      if (m.type === "progress") return onProgress(m.fraction);
      worker.terminate();
      if (m.type === "done") resolve(m.result);
      else reject(new Error(m.message));
    });
    worker.addEventListener("error", (e) => {
      worker.terminate();
      reject(new Error(e.message || "the import worker stopped"));
    });
    worker.postMessage(request);
  });
}

/** Parses a file for the preview; nothing is stored. */
export async function parseForPreview(
  choice: ParseChoice,
  onProgress: (fraction: number) => void,
): Promise<ImportResult> {
  const repos = await getRepositories();
  // Every stored item, for the "duplicate of an existing item" check.
  const stored = await repos.banks.allQuestions();
  const options: ParseRequest["options"] = {
    fileName: choice.fileName,
    existing: stored.map((q) => ({
      id: q.id,
      stem: pick(q.item.stem, "en") || pick(q.item.stem, "ja"),
    })),
    ...(choice.format ? { format: choice.format } : {}),
    ...(choice.lang ? { lang: choice.lang } : {}),
  } satisfies Omit<ParseImportOptions, "onProgress">;
  const exam = choice.exam ? findExam(choice.exam) : undefined;
  if (exam) options.knownDomains = exam.domains.map((d) => d.id);
  return runParser({ text: choice.text, options }, onProgress);
}

export interface SaveChoice {
  result: ImportResult;
  title: string;
  source: string;
  license: string;
  exam: string | null;
  now: number;
}

/** Stores the valid items of a preview as a new bank, in one transaction. */
export async function saveImport(c: SaveChoice): Promise<BankRecord> {
  const repos = await getRepositories();
  // A Zenkan bank names its exam: without the learner's choice, that one, if Zenkan knows it.
  const named = c.result.bank?.exam;
  const info = findExam(c.exam ?? named ?? "");
  const exam = info?.code ?? UNMAPPED_EXAM;
  const known = info?.domains.map((d) => d.id) ?? [];
  const id = `imported-${c.now.toString(36)}-${hashString(c.title).toString(36)}`;
  const taken = await repos.banks.itemExams();
  const items = c.result.items
    .filter(({ item }) => !taken.has(item.id))
    .map(({ item, sourceDomain }) =>
      item.domain === UNMAPPED_DOMAIN ? { ...item, domain: mapDomain(sourceDomain, known) } : item,
    );
  if (items.length === 0) throw new Error("There is no valid question to import.");
  const bank: BankRecord = {
    id,
    exam,
    title: { en: c.title, ja: c.title },
    license: c.license || "unknown",
    source: c.source,
    origin: "imported",
    hash: "",
    questionCount: items.length,
    cases: [],
    storedAt: c.now,
  };
  await repos.banks.replace(
    bank,
    items.map((item) => record(item, id, exam)),
  );
  return bank;
}

function record(item: Question, bankId: string, exam: string): QuestionRecord {
  return { id: item.id, bankId, exam, domain: item.domain, type: item.type, item };
}

/**
 * Maps an imported bank to an exam (null: none) and its items to domains: `domains` gives
 * a domain per item id; items it does not name keep theirs if the exam has that domain,
 * and become unmapped otherwise. One transaction.
 */
export async function mapBank(
  bankId: string,
  exam: string | null,
  domains: Readonly<Record<string, string>> = {},
): Promise<void> {
  const repos = await getRepositories();
  const bank = await repos.banks.get(bankId);
  if (bank?.origin !== "imported") throw new Error(`no imported bank ${bankId}`);
  const known = new Set(exam ? findExam(exam)?.domains.map((d) => d.id) : []);
  const questions = await repos.banks.questionsOfBank(bankId);
  const code = exam ?? UNMAPPED_EXAM;
  const mapped = questions.map((q) => {
    const wanted = domains[q.id] ?? q.domain;
    const domain = known.has(wanted) ? wanted : UNMAPPED_DOMAIN;
    return record({ ...q.item, domain }, bankId, code);
  });
  await repos.banks.replace({ ...bank, exam: code }, mapped);
}

export async function removeImported(bankId: string): Promise<void> {
  const repos = await getRepositories();
  await repos.banks.remove(bankId);
}

/** A stored bank as a file: Zenkan JSON (every item) or GIFT (choice items only). */
export async function exportBank(
  bankId: string,
  format: "json" | "gift",
  lang: Lang,
): Promise<{ fileName: string; text: string; skipped: number }> {
  const repos = await getRepositories();
  const bank = await repos.banks.get(bankId);
  if (!bank) throw new Error(`no bank ${bankId}`);
  const items = (await repos.banks.questionsOfBank(bankId)).map((q) => q.item);
  if (format === "gift") {
    const gift = toGift(items, lang);
    return { fileName: `${bankId}.gift.txt`, text: gift.text, skipped: gift.skipped.length };
  }
  const file: Bank = {
    schemaVersion: 1,
    id: bankId,
    exam: bank.exam,
    title: bank.title,
    license: bank.license,
    source: bank.source,
    ...(bank.cases.length ? { cases: bank.cases } : {}),
    questions: items,
  };
  return { fileName: `${bankId}.json`, text: toZenkanJson(file), skipped: 0 };
}
