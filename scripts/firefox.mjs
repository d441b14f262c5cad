// How the tests start Firefox: Debian's Firefox ESR (never a downloaded one; FIREFOX_PATH picks
// another binary), headless, driven through WebDriver BiDi by puppeteer-core, in UTC and en-US
// like the Chromium tests, with no background traffic on a machine that has no network.
export const executablePath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** puppeteer-core launch options for that browser. */
export const launchOptions = {
  browser: 'firefox',
  executablePath,
  headless: true,
  env: { ...process.env, TZ: 'UTC', LANG: 'en_US.UTF-8', LANGUAGE: 'en_US' },
  extraPrefsFirefox: {
    'intl.locale.requested': 'en-US',
    'intl.accept_languages': 'en-US',
    'intl.regional_prefs.use_os_locales': false,
    // The tests' own cross-origin requests go to 127.0.0.1; nothing else may leave the machine.
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
  },
};
