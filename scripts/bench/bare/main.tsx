// The yardstick for initialJsRatio: the least a React 19 page can ship, built by the same
// Vite and minifier as the app (scripts/bench/build.mjs).
import { createRoot } from "react-dom/client";

const root = document.getElementById("root");
if (root) createRoot(root).render(<p>hello</p>);
