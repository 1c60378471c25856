/**
 * formAssemblyMs: the Start button's code path, startAttempt (src/state/exam-start.ts),
 * over the seeded database: read the exam's item index and the items seen before, draw a
 * form, read its items, store the attempt. Then its parts apart, against reading the whole
 * bank as the app did before the index, and the answer write alone, for the table's notes.
 * The attempts drawn here are removed again: they are not the learner's.
 */
import { ZenkanDatabase } from "../../../src/db/dexie/database.ts";
import { openRepositories } from "../../../src/db/dexie/repositories.ts";
import { assembleForm, selectForm } from "../../../src/domain/exam/form.ts";
import { seededRng } from "../../../src/domain/random.ts";
import { formSpec, startAttempt } from "../../../src/state/exam-start.ts";
import { configureStorage } from "../../../src/state/storage.ts";
import { examOf, ms, NOW } from "./common.ts";

export async function formAssembly(db: string, code: string, runs: number) {
  const exam = examOf(code);
  const repos = openRepositories(db);
  configureStorage(() => Promise.resolve(repos));
  const dexie = new ZenkanDatabase(db);
  const total: number[] = [];
  const start = (i: number) =>
    startAttempt(exam, { mode: "exam", extraMinutes: 0, now: NOW + i, seed: i + 1 });
  // Every sample starts from the seeded learner's state: its attempt is removed again
  // (untimed), so no sample pays for the unsubmitted attempts of the ones before. The
  // first WARM_UP starts are not counted: they time the JIT compiling the path and the
  // database warming its caches after seeding, not a start.
  const WARM_UP = 3;
  for (let i = 0; i < WARM_UP + runs; i++) {
    const [t, attempt] = await ms(() => start(i));
    if (i >= WARM_UP) total.push(t);
    await dexie.attempts.delete(attempt.id);
    await dexie.forms.delete(attempt.id);
  }
  const ids = [(await start(WARM_UP + runs)).id]; // for the answer writes below
  const parts = { entries: [] as number[], seen: [] as number[], select: [] as number[] };
  const itemsRead: number[] = [];
  const create: number[] = [];
  const wholeBank: number[] = [];
  const kept = await repos.attempts.get(ids[0] ?? "");
  const keptForm = await repos.attempts.form(ids[0] ?? "");
  for (let i = 0; i < 5; i++) {
    const [e, entries] = await ms(() => repos.banks.formEntries(code));
    parts.entries.push(e);
    const [s, seen] = await ms(() => repos.attempts.seenItemIds(code));
    parts.seen.push(s);
    const t0 = performance.now();
    const { ids } = selectForm(formSpec(exam), entries, { rng: seededRng(i + 1), seen });
    parts.select.push(performance.now() - t0);
    const [r] = await ms(() => repos.banks.questionsByIds(ids));
    itemsRead.push(r);
    // Storing a 75-item attempt and its form, as the start's last step does.
    if (kept && keptForm) {
      const id = `${kept.id}-copy-${i}`;
      const [c] = await ms(() =>
        repos.attempts.create({ ...kept, id }, { ...keptForm, attemptId: id }),
      );
      create.push(c);
      await dexie.attempts.delete(id);
      await dexie.forms.delete(id);
    }
    // Without the index: every item body of the exam read, then the form drawn from them.
    const [w] = await ms(async () => {
      const all = await repos.banks.questionsOfExam(code);
      assembleForm(
        formSpec(exam),
        all.map((q) => q.item),
        { rng: seededRng(i + 1), seen },
      );
    });
    wholeBank.push(w);
  }
  // The app's answer write (AttemptRepository.saveResponse) in this quiet page: against
  // answerPersist in the app, it shows what the rest of the app adds.
  const saveResponse: number[] = [];
  const attempt = await repos.attempts.get(ids[0] ?? "");
  for (let i = 0; attempt && i < 50; i++) {
    const itemId = attempt.itemIds[i % attempt.itemIds.length] ?? "";
    const response = {
      attemptId: attempt.id,
      itemId,
      answer: ["a"],
      flagged: false,
      answeredAt: NOW,
    };
    const [t] = await ms(() => repos.attempts.saveResponse(response, i % 75));
    saveResponse.push(t);
  }
  await dexie.attempts.bulkDelete(ids);
  await dexie.forms.bulkDelete(ids);
  await dexie.responses.where("attemptId").anyOf(ids).delete();
  dexie.close();
  const items = (await repos.banks.questionsOfExam(code)).length;
  return { total, create, ...parts, itemsRead, wholeBank, saveResponse, items };
}
