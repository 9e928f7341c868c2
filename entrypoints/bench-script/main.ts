/**
 * A control of the popup benchmark (tests/bench/browser.spec.ts), e2e builds only: an extension
 * page that loads and runs one small module script, as any page with a UI must. Against the blank
 * page, it shows what loading a script from the extension costs before any of ours runs.
 */
document.body.dataset.ran = '';
