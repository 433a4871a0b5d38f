// Types of `require("checkout-footprint")` (Node.js >= 20.19, which requires the ES module
// itself): the ES module's declarations, not a copy of them.
type M = typeof import("./index.js", { with: { "resolution-mode": "import" } });
export declare const estimate: M["estimate"];
export declare const estimateMany: M["estimateMany"];
export declare const estimateServices: M["estimateServices"];
export declare const factorSets: M["factorSets"];
export declare const version: M["version"];
export declare const FootprintError: M["FootprintError"];
export type FootprintError = import("./index.js", { with: { "resolution-mode": "import" } }).FootprintError;
export type * from "./index.js" with { "resolution-mode": "import" };
