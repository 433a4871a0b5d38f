// Importing the element where there is no DOM (server rendering, a Node test) registers
// nothing and throws nothing.
import "checkout-footprint/element";
console.log("ok");
