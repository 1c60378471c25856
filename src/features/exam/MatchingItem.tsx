import { useLang, useT } from "../../app/i18n/t.ts";
import type { MatchingQuestion } from "../../domain/bank/schema.ts";
import { pick } from "../../domain/text.ts";
import type { ItemProps } from "./item-props.ts";

type Props = ItemProps<MatchingQuestion>;

/** Pair every prompt with a response, each with a labelled select (keyboard and screen reader native). */
export function MatchingItem({ item, order, answer, stemId, onAnswer }: Props) {
  const t = useT();
  const lang = useLang();
  const pairs: Record<string, string> = answer && !Array.isArray(answer) ? answer : {};
  const responses = order.flatMap((id) => item.responses.find((r) => r.id === id) ?? []);
  const set = (prompt: string, response: string) =>
    onAnswer((prev) => {
      const next: Record<string, string> = prev && !Array.isArray(prev) ? { ...prev } : {};
      if (response) next[prompt] = response;
      else delete next[prompt];
      return Object.keys(next).length ? next : null;
    });
  return (
    <fieldset aria-labelledby={stemId} className="matching">
      <p className="choose">{t("run.matchHint")}</p>
      {item.prompts.map((p) => (
        <div key={p.id} className="pair">
          <label htmlFor={`match-${item.id}-${p.id}`}>{pick(p.text, lang)}</label>
          <select
            id={`match-${item.id}-${p.id}`}
            value={pairs[p.id] ?? ""}
            onChange={(e) => set(p.id, e.target.value)}
          >
            <option value="">{t("run.matchChoose")}</option>
            {responses.map((r) => (
              <option key={r.id} value={r.id}>
                {pick(r.text, lang)}
              </option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}
