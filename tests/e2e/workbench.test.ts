/**
 * The simulator's workbench, end to end in Chromium: build a REST API from nothing, deploy it, call it from
 * the test panel and through its real invoke URL, then throttle the stage and see 429s in the traffic chart.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, newPage, signIn } from "./browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Accepts the window.confirm dialogs the workbench shows before destructive actions. */
function acceptDialogs(page: Page): void {
  page.on("dialog", (dialog) => void dialog.accept());
}

async function openSection(page: Page, name: string): Promise<void> {
  await page
    .getByRole("tablist", { name: "Workbench sections" })
    .getByRole("tab", { name, exact: true })
    .click();
}

describe("workbench", () => {
  it("builds, deploys, tests and calls an API, then shows throttling in the traffic chart", async () => {
    const { page, errors, context } = await newPage(browser, baseUrl);
    acceptDialogs(page);
    await signIn(page, "student@example.com", "gatewise-student");

    // A new sandbox from the list.
    await page.goto("/simulator");
    const sandboxName = `e2e ${Date.now()}`;
    await page.getByLabel("Sandbox name").fill(sandboxName);
    await page.getByRole("button", { name: "Create sandbox" }).click();
    await page.getByRole("link", { name: `Open ${sandboxName}` }).click();
    await page.getByRole("heading", { name: sandboxName }).waitFor();

    // CreateRestApi, CreateResource /hello, a GET with a MOCK integration.
    await page.getByLabel("New API name").fill("hello-api");
    await page.getByRole("button", { name: "Create API" }).click();
    await page.getByRole("tab", { name: "Resources" }).waitFor();
    await page.getByLabel("Child resource path part").fill("hello");
    await page.getByRole("button", { name: "Create resource" }).click();
    await page.getByRole("heading", { name: "Resource /hello" }).waitFor();
    await page.getByLabel("HTTP method").selectOption("GET");
    await page.getByLabel("Integration type").selectOption("MOCK");
    await page.getByRole("button", { name: "Create method" }).click();
    await page.getByRole("heading", { name: "GET /hello" }).waitFor();

    // The integration response's template gives the body; the live preview renders it as typed.
    const template = page.getByRole("textbox", { name: "Response mapping template" });
    await template.click();
    await page.keyboard.type('{"message": "hello from the mock", "path": "$context.resourcePath"}');
    await expect(page.getByTestId("vtl-output").last().textContent()).resolves.toContain(
      "hello from the mock",
    );
    await page.getByRole("button", { name: "Save integration response" }).click();

    // The console's Test tab: the method as configured now, before any deployment, with its execution log.
    await page.getByRole("button", { name: "Test method" }).click();
    await page.getByTestId("test-method-status").filter({ hasText: "200" }).waitFor();
    await page.getByText("Method completed with status: 200").waitFor();

    // Deploy to a new stage "dev".
    await page.getByRole("tab", { name: "Stages & deploy" }).click();
    await page.getByLabel("New stage name").fill("dev");
    await page.getByRole("button", { name: "Deploy API" }).click();
    await page.getByRole("button", { name: "dev", exact: true }).waitFor();

    // The test panel: status, body and the trace.
    await openSection(page, "Test");
    await page.getByLabel("Path", { exact: true }).fill("/hello");
    await page.getByRole("button", { name: "Send request" }).click();
    await page.getByTestId("response-status").filter({ hasText: "200" }).waitFor();
    await expect(page.getByTestId("response-body").textContent()).resolves.toContain("hello from the mock");
    await page
      .getByRole("list", { name: "Execution trace" })
      .getByText("Integration", { exact: false })
      .first()
      .waitFor();

    // The same API over real HTTP through the invoke URL the panel shows.
    const invokeUrl = (await page.getByTestId("invoke-url").textContent()) ?? "";
    expect(invokeUrl).toMatch(/\/execute-api\/[a-z0-9]+\/dev\/hello$/);
    const direct = await fetch(invokeUrl);
    expect(direct.status).toBe(200);
    expect(await direct.json()).toEqual({ message: "hello from the mock", path: "/hello" });

    // A missing route answers API Gateway's own 403, and the trace marks the deciding stage.
    await page.getByLabel("Path", { exact: true }).fill("/nope");
    await page.getByRole("button", { name: "Send request" }).click();
    await page.getByTestId("response-status").filter({ hasText: "403" }).waitFor();
    await page.locator('[data-decisive="true"]').first().waitFor();

    // Throttle the stage (rate 10/s, burst 5), then fire 200 requests at 50/s in simulated time.
    await openSection(page, "APIs");
    await page.getByRole("tab", { name: "Stages & deploy" }).click();
    await page.getByRole("tab", { name: "Throttling" }).click();
    await page.getByLabel("Rate (requests per second)").fill("10");
    await page.getByLabel("Burst (requests)").fill("5");
    await page.getByRole("button", { name: "Save throttling" }).click();
    await page.getByRole("button", { name: "Save throttling" }).isEnabled();

    await openSection(page, "Traffic");
    await page.getByRole("form", { name: "Traffic plan" }).getByLabel("Path", { exact: true }).fill("/hello");
    await page.getByLabel("Number of requests").fill("200");
    await page.getByLabel("Rate (requests/s)").fill("50");
    await page.getByRole("button", { name: "Run", exact: true }).click();
    const throttled = page.locator('[data-tile="Throttled (429)"] dd').first();
    await throttled.waitFor({ timeout: 20_000 });
    const throttledCount = Number((await throttled.textContent())?.replace(/[^0-9]/g, ""));
    // Token bucket: the burst of 5, then 10 tokens/s over the 3.98 s the 200 arrivals span: 44 pass, 156 throttled.
    expect(throttledCount).toBe(156);
    await page.getByRole("region", { name: "Status codes over time" }).waitFor();
    if (process.env.E2E_SCREENSHOTS)
      await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/traffic.png`, fullPage: true });

    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it("runs the try-it sandbox in the browser for a visitor", async () => {
    const { page, errors, context } = await newPage(browser, baseUrl);
    await page.goto("/simulator");
    await page.getByRole("link", { name: "Open the try-it sandbox" }).click();
    await page.getByLabel("New API name").fill("browser-api");
    await page.getByRole("button", { name: "Create API" }).click();
    await page
      .getByRole("button", { name: "GET /", exact: true })
      .or(page.getByRole("heading", { name: "Resource /" }))
      .first()
      .waitFor();
    // Kept in this browser: a reload shows the same API.
    await page.reload();
    await expect(page.getByLabel("Working on").locator("option").first().textContent()).resolves.toContain(
      "browser-api",
    );
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
