import { useEffect } from "react";
import { useLang, useT } from "../../app/i18n/t.ts";
import type { ChoiceQuestion } from "../../domain/bank/schema.ts";
import { pick } from "../../domain/text.ts";
import type { ItemProps } from "./item-props.ts";

export const LETTERS = "ABCDEFGHIJ";

type Props = ItemProps<ChoiceQuestion>;

/** Multiple choice and multiple response: click, or press a letter (A…) or a digit (1…). */
export function ChoiceItem({ item, order, answer, stemId, onAnswer }: Props) {
  const t = useT();
  const lang = useLang();
  const multiple = item.type === "multiple";
  const need = item.answer.length;
  const chosen = Array.isArray(answer) ? answer : [];
  const options = order.flatMap((id) => item.options.find((o) => o.id === id) ?? []);

  const choose = (id: string) => {
    if (!multiple) return onAnswer([id]);
    onAnswer((prev) => {
      const was = Array.isArray(prev) ? prev : [];
      if (was.includes(id)) {
        const rest = was.filter((c) => c !== id);
        return rest.length ? rest : null;
      }
      // The stem says how many to choose: an extra selection is refused.
      return was.length >= need ? was : [...was, id];
    });
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const el = e.target as HTMLElement | null;
      if (el?.closest("select, textarea, input[type=text], input[type=search], dialog")) return;
      const k = e.key.toUpperCase();
      const index = /^[1-9]$/.test(k) ? Number(k) - 1 : LETTERS.indexOf(k);
      const option = k.length === 1 && index >= 0 ? options[index] : undefined;
      if (!option) return;
      e.preventDefault();
      choose(option.id);
      document.getElementById(`opt-${item.id}-${option.id}`)?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  });

  return (
    <fieldset aria-labelledby={stemId} className="options">
      <p className="choose">{multiple ? t("run.chooseN", { n: need }) : t("run.chooseOne")}</p>
      {options.map((o, i) => {
        const checked = chosen.includes(o.id);
        const full = multiple && !checked && chosen.length >= need;
        return (
          <label key={o.id} className={`option${checked ? " checked" : ""}${full ? " full" : ""}`}>
            <input
              id={`opt-${item.id}-${o.id}`}
              type={multiple ? "checkbox" : "radio"}
              name={`item-${item.id}`}
              checked={checked}
              aria-disabled={full || undefined}
              onChange={() => choose(o.id)}
            />
            <span className="letter" aria-hidden="true">
              {LETTERS[i]}
            </span>
            <span className="text">{pick(o.text, lang)}</span>
          </label>
        );
      })}
    </fieldset>
  );
}
