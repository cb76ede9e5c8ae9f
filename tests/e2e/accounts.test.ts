import { randomUUID } from "node:crypto";
import type { Browser } from "playwright-core";
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

describe("accounts", () => {
  it("signs up, signs out and signs back in", async () => {
    const { page, errors, context } = await newPage(browser, baseUrl);
    const email = `e2e-${randomUUID().slice(0, 8)}@example.test`;
    await page.goto("/signup");
    await page.getByLabel("Name").fill("Grace Hopper");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL("**/dashboard");
    await page.getByRole("heading", { name: "Hello, Grace Hopper" }).waitFor();
    await page.getByTestId("account-link").waitFor();

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(baseUrl + "/");
    await page.getByRole("link", { name: "Sign in" }).waitFor();
    const guest = await page.goto("/dashboard");
    expect(guest?.url()).toContain("/signin?callbackUrl=%2Fdashboard");

    await signIn(page, email, "a long enough password");
    await page.getByRole("heading", { name: "Hello, Grace Hopper" }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("explains field errors on sign-up and a wrong password on sign-in", async () => {
    const { page, errors, context } = await newPage(browser, baseUrl);
    await page.goto("/signup");
    await page.getByLabel("Name").fill("Short Password");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByText("Enter a valid email address").waitFor();
    await page.getByText("Use at least 10 characters.").waitFor();

    await page.goto("/signin");
    await page.getByLabel("Email").fill("student@example.com");
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").getByText("do not match an account").waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("refuses a student on /instructor and /admin with the 403 page", async () => {
    const { page, errors, context } = await newPage(browser, baseUrl);
    await signIn(page, "student@example.com", "gatewise-student");
    for (const path of ["/instructor", "/admin"]) {
      const res = await page.goto(path);
      expect(res?.status()).toBe(403);
      await page.getByTestId("forbidden").waitFor();
    }
    await expect(
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Instructor" }).count(),
    ).resolves.toBe(0);
    expect(errors.filter((e) => !e.includes("403"))).toEqual([]);
    await context.close();
  });

  it("lets the admin open the admin page and change a role, and shows the staff links", async () => {
    const { page, errors, context } = await newPage(browser, baseUrl);
    await signIn(page, "admin@example.com", "gatewise-admin");
    const nav = page.getByRole("navigation", { name: "Main" });
    await nav.getByRole("link", { name: "Admin" }).waitFor();
    await nav.getByRole("link", { name: "Instructor" }).waitFor();
    const res = await page.goto("/admin");
    expect(res?.status()).toBe(200);
    const row = page.getByRole("row", { name: /instructor@example\.com/ });
    await row.getByLabel("Role for instructor@example.com").selectOption("STUDENT");
    await row.getByRole("button", { name: "Save" }).click();
    await row.getByText("instructor@example.com is now STUDENT.").waitFor();
    await row.getByLabel("Role for instructor@example.com").selectOption("INSTRUCTOR");
    await row.getByRole("button", { name: "Save" }).click();
    await row.getByText("instructor@example.com is now INSTRUCTOR.").waitFor();
    await page
      .getByText("admin@example.com changed instructor@example.com from STUDENT to INSTRUCTOR")
      .waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("lets the instructor into /instructor", async () => {
    const { page, errors, context } = await newPage(browser, baseUrl);
    await signIn(page, "instructor@example.com", "gatewise-instructor");
    const res = await page.goto("/instructor");
    expect(res?.status()).toBe(200);
    await page.getByRole("heading", { name: "Instructor area" }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
