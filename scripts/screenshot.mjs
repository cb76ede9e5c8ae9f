// Takes a screenshot of a running Gatewise page in Debian's Chromium, for the README and for reviews.
// usage: node scripts/screenshot.mjs <url> <out.png> [--width=1280] [--height=800] [--dark] [--full]
//        [--login=email:password]
import { chromium } from "playwright-core";

const [url, out] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const flag = (name, fallback) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : fallback;
};
if (!url || !out) {
  console.error(
    "usage: node scripts/screenshot.mjs <url> <out.png> [--width=] [--height=] [--dark] [--full] [--login=email:password]",
  );
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
const context = await browser.newContext({
  viewport: { width: Number(flag("width", 1280)), height: Number(flag("height", 800)) },
  colorScheme: process.argv.includes("--dark") ? "dark" : "light",
});
const page = await context.newPage();
const login = flag("login", "");
if (login) {
  const [email, password] = login.split(":");
  await page.goto(new URL("/signin", url).toString());
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL("**/dashboard");
}
await page.goto(url, { waitUntil: "load" });
await page.waitForTimeout(800); // the session widget and fonts settle
await page.screenshot({ path: out, fullPage: process.argv.includes("--full") });
await browser.close();
console.info(`wrote ${out}`);
