// `make bench`, start-up: from the import of checkout-footprint/element to the first
// footprint the element renders (its first `footprintchange`, dispatched once the figure
// is in the DOM) and to the next frame. scripts/bench.mjs loads this page cold 20 times
// and reads window.startup.
import { order } from "./bench-workload.js";

performance.mark("cf-import");
const el = document.getElementById("cf");
el.addEventListener(
  "footprintchange",
  () => {
    performance.mark("cf-rendered");
    requestAnimationFrame(() => {
      performance.mark("cf-frame");
      const ms = (a, b) => performance.measure(`${a}-${b}`, a, b).duration;
      window.startup = {
        importToRenderedMs: ms("cf-import", "cf-rendered"),
        importToFrameMs: ms("cf-import", "cf-frame"),
        navigationToRenderedMs: performance.getEntriesByName("cf-rendered")[0].startTime,
        text: el.shadowRoot.querySelector(".value").textContent,
      };
    });
  },
  { once: true },
);
el.order = order(1, 1);
await import("/pkg/element.js");
