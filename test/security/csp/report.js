// Loaded first by every page of the check (a classic script: it runs before the modules). It
// keeps what a strict host would see go wrong in window.__problems, which the check reads the
// same way in every engine: policy violations, console errors, uncaught errors and dialogs.
window.__problems = { violations: [], errors: [], dialogs: [] };
const problems = window.__problems;
document.addEventListener('securitypolicyviolation', (event) => {
  problems.violations.push(`${event.effectiveDirective}: ${event.blockedURI} ${event.sample}`.trim());
});
const consoleError = console.error.bind(console);
console.error = (...args) => {
  problems.errors.push(args.map(String).join(' '));
  consoleError(...args);
};
window.addEventListener('error', (event) => problems.errors.push(String(event.error ?? event.message)));
window.addEventListener('unhandledrejection', (event) => problems.errors.push(String(event.reason)));
// A dialog would stop a WebDriver session: note it instead of opening it.
for (const name of ['alert', 'confirm', 'prompt']) {
  window[name] = (message) => {
    problems.dialogs.push(String(message));
    return null;
  };
}
