import { hydrateRoot } from "react-dom/client";
import { App } from "./App.tsx";

window.recoverableErrors = [];
hydrateRoot(document.getElementById("root"), <App />, {
  onRecoverableError: (error) => window.recoverableErrors.push(String(error?.message ?? error)),
});
