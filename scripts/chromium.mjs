// The one place that says how every test, check and benchmark starts a browser: Debian's
// Chromium (never a downloaded one; CHROME_PATH picks another binary), headless, as root,
// with no background traffic on a machine that has no network.
export const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** playwright-core launch options for that browser. */
export const launchOptions = { executablePath, headless: true, args };
