// Bootstrap: render at once, then again whenever the host state changes, so the pane is never
// blank — not while office.js is loading, not when it failed to load, not outside Office.
import "./zod-config";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { watchHost } from "./office-host";

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  const search = window.location.search;
  watchHost((host) => root.render(<App host={host} search={search} />));
}
