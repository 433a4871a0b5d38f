// The element test page: imports the built element as a storefront would and records
// every event the element dispatches (they bubble and are composed, so the document
// sees them). `?defer` waits for window.loadElement() before importing the element.
window.cfEvents = [];
window.cfRejections = [];
window.cfViolations = [];
window.addEventListener("unhandledrejection", (e) => window.cfRejections.push(String(e.reason)));
document.addEventListener("securitypolicyviolation", (e) => window.cfViolations.push(e.violatedDirective));
for (const type of ["footprintchange", "offsetchange", "footprinterror"]) {
  document.addEventListener(type, (e) => {
    window.cfEvents.push({
      type,
      target: e.target.id,
      bubbles: e.bubbles,
      composed: e.composed,
      detail: e.detail,
    });
  });
}

// The storefront's part: the contribution becomes a line of the total.
const BASE_MINOR = 29390;
document.addEventListener("offsetchange", (e) => {
  const { selected, amountMinor, currency } = e.detail;
  const total = BASE_MINOR + (selected ? amountMinor : 0);
  const f = new Intl.NumberFormat("en", { style: "currency", currency });
  document.getElementById("total").textContent = f.format(total / 100);
});

window.loadElement = () => import("../../../pkg/element.js");
if (!new URLSearchParams(location.search).has("defer")) await window.loadElement();
document.body.dataset.ready = "1";
