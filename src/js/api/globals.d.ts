// Names scripts/build-pkg.mjs defines when it bundles src/js.

/** The package version, from Cargo.toml. */
declare const CHECKOUT_FOOTPRINT_VERSION: string;
