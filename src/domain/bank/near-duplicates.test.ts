// @vitest-environment node
import { describe, expect, it } from "vitest";
import { findNearDuplicates, shingles } from "./near-duplicates.ts";

const stem = (key: string, text: string) => ({ key, text });

describe("near-duplicate stems", () => {
  const base =
    "A media company stores video files in an S3 bucket in us-east-1. Editors in Asia upload 30 GB files and uploads are slow. Which change improves upload speed with the least operational overhead?";

  it("finds a copy with small edits, in English", () => {
    const edited = base.replace("media company", "media firm").replace("30 GB", "40 GB");
    const found = findNearDuplicates([stem("a", base), stem("b", edited)]);
    expect(found).toHaveLength(1);
    expect(found[0]?.similarity).toBeGreaterThan(0.7);
  });

  it("finds a copy with small edits, in Japanese", () => {
    const ja =
      "あるメディア企業は、動画ファイルを us-east-1 の S3 バケットに保存しています。アジアの編集者が 30 GB のファイルをアップロードしますが、速度が遅いです。運用上の負担が最も少ない改善策はどれですか。";
    const edited = ja.replace("メディア企業", "放送会社");
    expect(findNearDuplicates([stem("a", ja), stem("b", edited)])).toHaveLength(1);
  });

  it("leaves different questions on the same service alone", () => {
    const other =
      "A company stores invoices in an S3 bucket. Auditors must be able to prove that no invoice was changed or deleted for seven years. Which S3 feature meets this requirement?";
    expect(findNearDuplicates([stem("a", base), stem("b", other)])).toEqual([]);
  });

  it("ignores case, punctuation and spacing", () => {
    expect(shingles("Which  service, exactly?")).toEqual(shingles("which service exactly"));
  });
});
