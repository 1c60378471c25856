import type { Plugin } from "vite";
import { bootPrefs } from "../src/app/boot.ts";
import { en, ja, type ShellKey } from "../src/app/i18n/messages.ts";
import { NAV } from "../src/app/nav.ts";

/**
 * Puts a static shell into index.html: the header with its navigation and, on Home, the
 * title and introduction, in both languages (CSS shows the learner's, chosen by bootPrefs
 * inline in <head>). It paints as soon as the HTML and CSS arrive, before the app's
 * JavaScript (mostly React) has loaded; the app replaces it on its first render. The text
 * is the app's own (i18n/messages.ts, nav.ts), so the two cannot drift apart.
 */

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const both = (key: ShellKey) =>
  `<span data-l="en">${escapeHtml(en[key])}</span><span data-l="ja" lang="ja">${escapeHtml(ja[key])}</span>`;

export function shellMarkup(): string {
  // Home's link looks current on Home (the CSS asks bootPrefs' mark), as the app's does.
  const links = NAV.map(
    ([href, key]) =>
      `<li><a href="${href}"${href === "/" ? ' class="static-current"' : ""}>${both(key)}</a></li>`,
  ).join("");
  return [
    `<a class="skip" href="#main">${both("app.skip")}</a>`,
    `<header class="top"><a class="brand" href="/"><span lang="ja">全冠</span> Zenkan</a>`,
    // The language button works once the app is up; until then it is shown, disabled.
    `<button type="button" class="lang-toggle" disabled><span data-l="en" lang="ja">日本語</span><span data-l="ja" lang="en">English</span></button>`,
    `<nav><ul>${links}</ul></nav></header>`,
    `<main id="main" tabindex="-1"><section class="screen static-home"><h1>${both("home.title")}</h1>`,
    `<p class="lead">${both("home.intro")}</p></section></main>`,
  ].join("");
}

export function bootScript(): string {
  return `try{(${bootPrefs.toString()})(document.documentElement,window.localStorage,navigator.languages||[],location.pathname)}catch(e){}`;
}

export function staticShell(): Plugin {
  return {
    name: "zenkan-static-shell",
    transformIndexHtml: {
      order: "pre",
      handler(html) {
        if (!html.includes('<div id="root"></div>'))
          throw new Error("index.html has no empty #root");
        return html
          .replace('<div id="root"></div>', `<div id="root">${shellMarkup()}</div>`)
          .replace("</title>", `</title>\n    <script>${bootScript()}</script>`);
      },
    },
  };
}
