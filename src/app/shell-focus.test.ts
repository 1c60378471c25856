import { beforeEach, describe, expect, it } from "vitest";
import { carryShellFocus } from "./shell-focus.ts";

// The shell's markup and the app's differ in details (classes, disabled button) but keep
// the same places: the skip link, the brand and the navigation, then <main>.
const shell = `<a class="skip" href="#main">Skip</a><a class="brand" href="/">Zenkan</a>
  <nav><a class="static-current" href="/">Home</a><a href="/study">Study</a></nav>
  <main id="main" tabindex="-1"></main>`;
const app = `<a class="skip" href="#main">Skip</a><a class="brand" href="/">Zenkan</a>
  <button type="button">日本語</button>
  <nav><a href="/" aria-current="page">Home</a><a href="/study">Study</a></nav>
  <main id="main" tabindex="-1"><h1>Exams</h1></main>`;

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = `<div id="root">${shell}</div>`;
  root = document.getElementById("root") as HTMLElement;
});

function focusThenReplace(pick: (r: HTMLElement) => HTMLElement | null | undefined) {
  const carry = carryShellFocus(root);
  pick(root)?.focus();
  root.innerHTML = app; // what the app's first render does to the shell
  carry();
}

describe("carrying focus from the static shell to the app", () => {
  it("keeps a keyboard user on the skip link", () => {
    focusThenReplace((r) => r.querySelector<HTMLElement>(".skip"));
    expect(document.activeElement).toBe(root.querySelector(".skip"));
  });

  it("keeps the same navigation link, told from the brand that shares its address", () => {
    focusThenReplace((r) => r.querySelector<HTMLElement>("nav a[href='/']"));
    expect(document.activeElement).toBe(root.querySelector("nav a[href='/']"));
  });

  it("keeps <main> focused after the skip link was followed", () => {
    focusThenReplace((r) => r.querySelector<HTMLElement>("#main"));
    expect(document.activeElement).toBe(root.querySelector("#main"));
  });

  it("keeps focus that came before the app's code did", () => {
    root.querySelector<HTMLElement>("a[href='/study']")?.focus();
    const carry = carryShellFocus(root);
    root.innerHTML = app;
    carry();
    expect(document.activeElement).toBe(root.querySelector("a[href='/study']"));
  });

  it("leaves focus alone when nothing in the shell had it", () => {
    focusThenReplace(() => null);
    expect(document.activeElement).toBe(document.body);
  });
});
