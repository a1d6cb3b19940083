// Puppeteer cannot download its own Chrome on our machines: the deck uses the system
// Chromium (see src/browser/find-browser.ts), so npm install must not try.
module.exports = { skipDownload: true };
