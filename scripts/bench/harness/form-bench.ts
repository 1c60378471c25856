/**
 * formAssemblyMs: the Start button's code path, startAttempt (src/state/exam-start.ts),
 * over the seeded database: read the exam's items and the items seen before, assemble a
 * form, store the attempt. Then its parts apart, and the answer write alone, for the
 * table's notes. The attempts drawn here are removed again: they are not the learner's.
 */
import { ZenkanDatabase } from "../../../src/db/dexie/database.ts";
import { openRepositories } from "../../../src/db/dexie/repositories.ts";
import { assembleForm } from "../../../src/domain/exam/form.ts";
import { seededRng } from "../../../src/domain/random.ts";
import { formSpec, startAttempt } from "../../../src/state/exam-start.ts";
import { configureStorage } from "../../../src/state/storage.ts";
import { examOf, ms, NOW } from "./common.ts";

export async function formAssembly(db: string, code: string, runs: number) {
  const exam = examOf(code);
  const repos = openRepositories(db);
  configureStorage(() => Promise.resolve(repos));
  const total: number[] = [];
  const ids: string[] = [];
  for (let i = 0; i < runs; i++) {
    const [t, attempt] = await ms(() =>
      startAttempt(exam, { mode: "exam", extraMinutes: 0, now: NOW + i, seed: i + 1 }),
    );
    total.push(t);
    ids.push(attempt.id);
  }
  const read: number[] = [];
  const assemble: number[] = [];
  const keysOnly: number[] = [];
  const dexie = new ZenkanDatabase(db);
  for (let i = 0; i < 5; i++) {
    const [t, questions] = await ms(() => repos.banks.questionsOfExam(code));
    read.push(t);
    const items = questions.map((q) => q.item);
    const t0 = performance.now();
    assembleForm(formSpec(exam), items, { rng: seededRng(i + 1) });
    assemble.push(performance.now() - t0);
    // The least drawing a form must read: each domain's item ids, from the [exam+domain]
    // index alone (one getAllKeys per domain), no item bodies.
    const [k] = await ms(() =>
      Promise.all(
        exam.domains.map((d) =>
          dexie.questions.where("[exam+domain]").equals([code, d.id]).primaryKeys(),
        ),
      ),
    );
    keysOnly.push(k);
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
  return { total, read, assemble, keysOnly, saveResponse, items };
}
