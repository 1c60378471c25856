/**
 * GIFT's escapes, both ways. In GIFT `~ = # { } :` are syntax; written as text they
 * take a backslash, as does the backslash itself, and `\n` is a line break.
 * https://docs.moodle.org/en/GIFT_format#Special_characters_~_=_#_{_}
 */

const SPECIAL = "~=#{}:";

export function escapeGift(text: string): string {
  let out = "";
  for (const c of text) {
    if (c === "\\") out += "\\\\";
    else if (c === "\n") out += "\\n";
    else if (c === "\r") continue;
    else out += SPECIAL.includes(c) ? `\\${c}` : c;
  }
  return out;
}

export function unescapeGift(text: string): string {
  if (!text.includes("\\")) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c !== "\\" || i + 1 >= text.length) {
      out += c;
      continue;
    }
    const next = text.charAt(i + 1);
    if (next === "n") out += "\n";
    else if (next === "\\" || SPECIAL.includes(next)) out += next;
    else {
      // An unknown escape is kept as written, as Moodle does.
      out += c;
      continue;
    }
    i++;
  }
  return out;
}

/** The offset of the first `target` at or after `from` that is not escaped, or -1. */
export function findUnescaped(text: string, target: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text.charAt(i) === "\\") i++;
    else if (text.startsWith(target, i)) return i;
  }
  return -1;
}

/** Text of a GIFT `[html]` question: tags dropped, line-breaking tags kept as breaks. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(?:br\s*\/?|\/p|\/div|\/li)>/gi, "\n")
    .replace(/<\/?[A-Za-z][^<>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}
