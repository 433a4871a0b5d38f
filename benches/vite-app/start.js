// What both pages of the bench's storefront do: mark the moment the element is imported,
// give it an order, and record when its first footprint is rendered (its first
// `footprintchange`, dispatched once the figure is in the DOM) and the next frame.
// scripts/bench.mjs reads window.startup.

/**
 * Starts the clock, sets the order, runs `load` (the imports), records the times. The
 * page's language is English, or `?lang=`.
 */
export async function start(load) {
  document.documentElement.lang = new URLSearchParams(location.search).get("lang") ?? "en";
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
  el.order = {
    shipments: [{ id: "s1", from: { country: "FR" }, to: { country: "FR" }, items: [{ category: "smartphone" }] }],
  };
  await load();
}
