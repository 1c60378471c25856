import type { Table } from "dexie";
import type { FormEntry } from "../../domain/exam/form.ts";
import type { AttemptRecord, ItemIndexRecord, QuestionRecord, SeenRecord } from "../ports.ts";

/**
 * Keeping the two records a mock exam is drawn from (ItemIndexRecord per bank, SeenRecord
 * per exam) in step with the questions and attempts they summarise. Every function runs
 * inside the caller's transaction, which must include the tables it is given.
 */

function addTo(banks: Map<string, ItemIndexRecord>, q: QuestionRecord) {
  let record = banks.get(q.bankId);
  if (record === undefined) {
    record = { bankId: q.bankId, exam: q.exam, ids: [], domains: [], caseIds: [] };
    banks.set(q.bankId, record);
  }
  record.ids.push(q.id);
  record.domains.push(q.domain);
  record.caseIds.push(q.item.caseId ?? "");
}

/** A bank's index as the entries a form is drawn from. */
export function entriesOf(record: ItemIndexRecord): FormEntry[] {
  const { ids, domains, caseIds } = record;
  return ids.map((id, i) => {
    const domain = domains[i] ?? "";
    const caseId = caseIds[i];
    return caseId ? { id, domain, caseId } : { id, domain };
  });
}

/** One record per bank, its items in the order given (a bank's own order when stored whole). */
export function indexOf(questions: Iterable<QuestionRecord>): ItemIndexRecord[] {
  const banks = new Map<string, ItemIndexRecord>();
  for (const q of questions) addTo(banks, q);
  return [...banks.values()];
}

/**
 * Builds the index again from the stored questions, of these banks or of all. Items come in
 * id order: a bank's own order is kept only where the bank is stored whole (replace).
 * One item at a time: only the entries are kept, never every item body at once.
 */
export async function rebuildItemIndex(
  questions: Table<QuestionRecord, string>,
  itemIndex: Table<ItemIndexRecord, string>,
  bankIds?: readonly string[],
): Promise<void> {
  const banks = new Map<string, ItemIndexRecord>();
  const source = bankIds ? questions.where("bankId").anyOf([...bankIds]) : questions.toCollection();
  await source.each((q) => addTo(banks, q));
  if (bankIds) await itemIndex.bulkDelete([...bankIds]);
  else await itemIndex.clear();
  await itemIndex.bulkPut([...banks.values()]);
}

/** Attempts of `exam` started at or after `from`, oldest first. */
function startedSince(attempts: Table<AttemptRecord, string>, exam: string, from: number) {
  return attempts
    .where("[exam+startedAt]")
    .between([exam, from], [exam, Number.POSITIVE_INFINITY], true, true)
    .toArray();
}

/**
 * Item ids every attempt of `exam` has shown: the folded record and the attempts started
 * since (usually none, or the one in progress), so starting an attempt writes nothing here.
 */
export async function seenIds(
  attempts: Table<AttemptRecord, string>,
  seen: Table<SeenRecord, string>,
  exam: string,
): Promise<Set<string>> {
  const record = await seen.get(exam);
  const ids = new Set(record?.itemIds);
  for (const a of await startedSince(attempts, exam, record?.upTo ?? Number.NEGATIVE_INFINITY))
    for (const id of a.itemIds) ids.add(id);
  return ids;
}

/** Folds the attempts of `exam` started since the record's `upTo` into it (on submit). */
export async function foldSeen(
  attempts: Table<AttemptRecord, string>,
  seen: Table<SeenRecord, string>,
  exam: string,
): Promise<void> {
  const record = await seen.get(exam);
  const since = await startedSince(attempts, exam, record?.upTo ?? Number.NEGATIVE_INFINITY);
  const last = since.at(-1);
  if (last === undefined) return;
  const ids = new Set(record?.itemIds);
  for (const a of since) for (const id of a.itemIds) ids.add(id);
  await seen.put({ exam, itemIds: [...ids], upTo: last.startedAt });
}

/** Builds every exam's seen ids again from the stored attempts. */
export async function rebuildSeen(
  attempts: Table<AttemptRecord, string>,
  seen: Table<SeenRecord, string>,
): Promise<void> {
  const byExam = new Map<string, SeenRecord>();
  await attempts.each((a) => {
    const record = byExam.get(a.exam) ?? { exam: a.exam, itemIds: [], upTo: a.startedAt };
    record.itemIds.push(...a.itemIds);
    record.upTo = Math.max(record.upTo, a.startedAt);
    byExam.set(a.exam, record);
  });
  await seen.clear();
  await seen.bulkPut([...byExam.values()].map((r) => ({ ...r, itemIds: [...new Set(r.itemIds)] })));
}
