import { type DragEvent, useEffect, useRef, useState } from "react";
import { useLang, useT } from "../../app/i18n/t.ts";
import type { OrderingQuestion } from "../../domain/bank/schema.ts";
import { pick } from "../../domain/text.ts";
import type { ItemProps } from "./item-props.ts";

type Props = ItemProps<OrderingQuestion>;

/** Put steps in order by dragging, or with the Move up / Move down buttons (keyboard). */
export function OrderingItem({ item, order, answer, stemId, onAnswer }: Props) {
  const t = useT();
  const lang = useLang();
  const current =
    Array.isArray(answer) && answer.length === item.items.length ? answer : [...order];
  const [dragged, setDragged] = useState<number | null>(null);
  const text = (id: string) => pick(item.items.find((s) => s.id === id)?.text, lang);

  const move = (from: number, to: number) => {
    if (to < 0 || to >= current.length || from === to) return;
    const step = current[from];
    onAnswer((prev) => {
      const next =
        Array.isArray(prev) && prev.length === item.items.length ? [...prev] : [...order];
      const at = next.indexOf(step ?? "");
      if (at < 0) return next;
      next.splice(at, 1);
      next.splice(Math.max(0, Math.min(next.length, at + (to - from))), 0, step ?? "");
      return next;
    });
    refocus.current = { step: step ?? "", up: to < from };
  };
  // Reordering moves DOM nodes, which drops focus: once the saved order is on screen,
  // put focus back on the moved step's button so the keyboard can keep moving it.
  const refocus = useRef<{ step: string; up: boolean } | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const orderKey = current.join("\n");
  useEffect(() => {
    const want = refocus.current;
    if (!want || !orderKey) return;
    refocus.current = null;
    // Only if focus was dropped by the move: never pull it back from where the learner went since.
    const active = document.activeElement;
    if (active && active !== document.body && !list.current?.contains(active)) return;
    const up = document.getElementById(
      `move-${item.id}-${want.step}-up`,
    ) as HTMLButtonElement | null;
    const down = document.getElementById(
      `move-${item.id}-${want.step}-down`,
    ) as HTMLButtonElement | null;
    const first = want.up ? up : down;
    (first && !first.disabled ? first : want.up ? down : up)?.focus();
  }, [orderKey, item.id]);
  const onDrop = (to: number) => (e: DragEvent) => {
    e.preventDefault();
    if (dragged !== null) move(dragged, to);
    setDragged(null);
  };

  return (
    <fieldset aria-labelledby={stemId} className="ordering">
      <p className="choose">{t("run.orderHint")}</p>
      <ol ref={list}>
        {current.map((id, i) => (
          <li
            key={id}
            draggable
            onDragStart={() => setDragged(i)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={onDrop(i)}
            className={dragged === i ? "dragging" : undefined}
          >
            <span className="grip" aria-hidden="true">
              ⋮⋮
            </span>
            <span className="text">{text(id)}</span>
            <span className="moves">
              <button
                type="button"
                id={`move-${item.id}-${id}-up`}
                aria-label={t("run.moveUp", { step: text(id) })}
                disabled={i === 0}
                onClick={() => move(i, i - 1)}
              >
                ↑
              </button>
              <button
                type="button"
                id={`move-${item.id}-${id}-down`}
                aria-label={t("run.moveDown", { step: text(id) })}
                disabled={i === current.length - 1}
                onClick={() => move(i, i + 1)}
              >
                ↓
              </button>
            </span>
          </li>
        ))}
      </ol>
      {!Array.isArray(answer) && (
        <button type="button" onClick={() => onAnswer([...current])}>
          {t("run.keepOrder")}
        </button>
      )}
    </fieldset>
  );
}
