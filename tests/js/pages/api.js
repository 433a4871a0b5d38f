// Imports the built package as a browser module, with no init step, and hands it to the test.
import * as footprint from "../../../pkg/index.js";

window.footprint = footprint;
document.body.dataset.ready = "1";
