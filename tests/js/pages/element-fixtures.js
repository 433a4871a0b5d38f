// Orders and helpers shared by the element tests (tests/js/element*.test.mjs) and the
// element test page. Plain data and functions of a Playwright page: no DOM here.

/** One smartphone, FR to DE: a few hundred grams CO2e. */
export const SMALL = {
  shipments: [
    {
      id: "seller-17",
      from: { country: "FR", lat: 45.76, lon: 4.84 },
      to: { country: "DE" },
      service: "standard",
      items: [{ category: "smartphone", quantity: 1 }],
    },
  ],
};

/** Three shipments, one by air: tens of kg CO2e, every assumption the model makes. */
export const LARGE = {
  shipments: [
    {
      id: "seller-3",
      from: { country: "FR" },
      to: { country: "FR" },
      service: "express",
      items: [{ category: "laptop" }],
    },
    { from: { country: "DE" }, to: { country: "US" }, items: [{ category: "monitor", quantity: 2 }] },
    {
      id: "seller-8",
      from: { country: "ES" },
      to: { country: "FR" },
      service: "express",
      items: [{ category: "tablet", weightKg: 0.6 }],
      packaging: { material: "cardboard", weightKg: 0.2 },
      legs: [{ mode: "truck_hgv", distanceKm: 1000 }],
    },
  ],
};

/** A desktop, Paris to Naples by road: a few kg CO2e. */
export const MEDIUM = {
  shipments: [
    {
      id: "seller-5",
      from: { country: "FR", lat: 48.85, lon: 2.35 },
      to: { country: "IT", lat: 40.85, lon: 14.27 },
      items: [{ category: "desktop", quantity: 1 }],
    },
  ],
};

export const HOSTILE = "<img src=x onerror=alert(1)>";

/** The shadow root's parts the tests read. */
export const parts = (page) =>
  page.locator("#cf").evaluate((el) => {
    const r = el.shadowRoot;
    const q = (s) => r.querySelector(s);
    return {
      state: q(".card").dataset.state,
      lang: q(".card").lang,
      title: q(".title").textContent,
      value: q(".value").textContent,
      label: q("label").textContent,
      summary: q("summary").textContent,
      checked: q("input").checked,
      offerVisible: getComputedStyle(q(".offer")).visibility === "visible",
      detailsVisible: getComputedStyle(q("details")).visibility === "visible",
      panel: q(".panel").textContent,
      height: el.getBoundingClientRect().height,
    };
  });

/**
 * Waits until the details panel of #cf has its content: the element builds it once the
 * panel's code and words, fetched when the shopper is about to open it, have loaded.
 */
export const panelShown = (page) =>
  page.waitForFunction(() => document.getElementById("cf").shadowRoot.querySelector(".panel").childElementCount > 0);

/** Sets the order (and attributes) of #cf, with the events list cleared first. */
export const setOrder = (page, order, attrs = {}) =>
  page.evaluate(
    ([order, attrs]) => {
      window.cfEvents.length = 0;
      const el = document.getElementById("cf");
      for (const [k, v] of Object.entries(attrs)) {
        if (v === null) el.removeAttribute(k);
        else el.setAttribute(k, v);
      }
      el.order = order;
    },
    [order, attrs],
  );

/** Waits until `count` events of `type` were recorded since the last clear; returns them. */
export async function events(page, type, count = 1) {
  await page.waitForFunction(
    ([type, count]) => window.cfEvents.filter((e) => e.type === type).length >= count,
    [type, count],
  );
  return page.evaluate((type) => window.cfEvents.filter((e) => e.type === type), type);
}

/** Every event recorded since the last clear, after the element settled (two frames). */
export async function settledEvents(page) {
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  return page.evaluate(() => window.cfEvents);
}
