// The Custom Elements Manifest of the package (pkg/custom-elements.json), read by IDEs,
// Storybook and linters: written by scripts/build-pkg.mjs from the elements' JSDoc.
export default {
  globs: ["src/js/element/element.js", "src/js/element/option.js"],
  outdir: "target/cem",
  packagejson: false,
  plugins: [
    {
      // Only what a module exports: the analyzer would also list module-level variables.
      name: "exported-only",
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          const exported = new Set((module.exports ?? []).map((e) => e.declaration?.name));
          module.declarations = (module.declarations ?? []).filter((d) => exported.has(d.name));
        }
      },
    },
  ],
};
