// How the tests start WebKit: Debian's WebKitGTK MiniBrowser, driven by its WebKitWebDriver
// (webkit2gtk-driver) on a private Xvfb display (xvfb), never a downloaded browser. WEBKIT_PATH
// and WEBKIT_DRIVER_PATH pick other binaries. UTC and en-US like the Chromium tests.
export const driverPath = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const browserPath = process.env.WEBKIT_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * The environment of the driver, which MiniBrowser inherits: the language comes from LANG; with
 * no accessibility bus to wait for, a browser starts in 2 s rather than 12.
 */
export const env = { TZ: 'UTC', LANG: 'en_US.UTF-8', LANGUAGE: 'en_US', NO_AT_BRIDGE: '1', GTK_A11Y: 'none' };

/** W3C WebDriver capabilities for a new session. */
export const capabilities = {
  browserName: 'MiniBrowser',
  'webkitgtk:browserOptions': { binary: browserPath, args: ['--automation', '--time-zone=UTC'] },
};
