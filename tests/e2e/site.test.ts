import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, newPage } from "./browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the public site", () => {
  it("shows the landing page with navigation to every learner area and no console errors", async () => {
    const { page, errors, context } = await newPage(browser, baseUrl);
    const res = await page.goto("/");
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("API Gateway");
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const label of ["Learn", "Labs", "Simulator", "Practice", "Calculator", "Dashboard"]) {
      await expect(nav.getByRole("link", { name: label, exact: true }).count()).resolves.toBe(1);
    }
    await expect(nav.getByRole("link", { name: "Admin" }).count()).resolves.toBe(0);
    await page.getByRole("link", { name: "Sign up" }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("answers an unknown path with the 404 page", async () => {
    const { page, errors, context } = await newPage(browser, baseUrl);
    const res = await page.goto("/no/such/page");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" }).isVisible()).resolves.toBe(true);
    expect(errors.filter((e) => !e.includes("404"))).toEqual([]);
    await context.close();
  });

  it("switches to dark mode and remembers it after a reload", async () => {
    const { page, errors, context } = await newPage(browser, baseUrl);
    await page.goto("/");
    const isDark = () => page.evaluate(() => document.documentElement.classList.contains("dark"));
    expect(await isDark()).toBe(false);
    await page.getByTestId("theme-toggle").click();
    expect(await isDark()).toBe(true);
    await page.reload();
    expect(await isDark()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("offers a skip link as the first keyboard stop, and a menu on small screens", async () => {
    const { page, errors, context } = await newPage(browser, baseUrl, {
      viewport: { width: 390, height: 844 },
    });
    await page.goto("/");
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Skip to content");
    await page.getByRole("button", { name: "Open menu" }).click();
    await page
      .locator("#mobile-nav")
      .getByRole("link", { name: /Practice/ })
      .click();
    await page.waitForURL("**/practice");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("serves /api/health as JSON with the version, database kind and migration state", async () => {
    const res = await fetch(`${baseUrl}/api/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    const body = (await res.json()) as {
      status: string;
      version: string;
      database: { kind: string; migrations: { state: string } };
    };
    expect(body).toMatchObject({
      status: "ok",
      database: { kind: "sqlite", reachable: true, migrations: { state: "up-to-date" } },
    });
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
  });
});
