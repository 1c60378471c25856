/** Markdown pieces both Markdown importers need: fences, headings, text joining. */

/** A line opening or closing a code fence: inside one, nothing is an option or a key. */
export function isFence(line: string): boolean {
  return /^\s{0,3}(?:```|~~~)/.test(line);
}

const HEADING = /^\s{0,3}(#{1,6})\s+(.*)$/;

export function heading(line: string): { level: number; text: string } | undefined {
  const m = HEADING.exec(line);
  if (!m?.[1]) return undefined;
  // A closing run of #s ("## Title ##") is decoration, not text.
  let text = (m[2] ?? "").trim();
  while (text.endsWith("#")) text = text.slice(0, -1);
  return { level: m[1].length, text: text.trim() };
}

/**
 * "Question 12:", "Q3.", "12." before a question's text: numbering, not part of the
 * stem. Returns the number (when there is one) and the text after it.
 */
export function questionNumber(text: string): { number?: number; text: string } {
  const m =
    /^(?:question|q)[\s.#]*(\d{1,4})[\s.:)\-–]*/i.exec(text) ?? /^(\d{1,4})[.)]\s+/.exec(text);
  if (!m?.[1]) return { text };
  return { number: Number(m[1]), text: text.slice(m[0].length) };
}

/** A line that only links within the page (`[⬆ Back to Top](#contents)`): navigation, not text. */
export function isNavigation(line: string): boolean {
  return /^[*_\s]*\[[^\]]*\]\(#[^)]*\)[*_\s]*$/.test(line);
}

/** Lines as one text: trimmed, at most one blank line between paragraphs. */
export function joinText(lines: readonly string[]): string {
  const out: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "" && (out.length === 0 || out[out.length - 1] === "")) continue;
    out.push(line);
  }
  while (out.length && out[out.length - 1] === "") out.pop();
  return out.join("\n");
}

/** True when a text reads as a question rather than a title, so a missing option list is a problem. */
export function looksLikeQuestion(text: string): boolean {
  return text.includes("?") || text.includes("？");
}
