// End to end: the built page (trunk build --release → dist/) in Debian's
// Chromium, used as a person would: type, press Run, read what is shown.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "./serve.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const dist = process.env.LOOPLAB_DIST ?? join(root, "dist");
const shots = join(root, "target", "e2e");

let server;
let browser;

before(async () => {
  await mkdir(shots, { recursive: true });
  server = await serve(dist);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--headless",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function openPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-US" });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto(server.url);
  await page.waitForSelector("#source");
  return { page, errors };
}

test("a syntax error is shown with its caret, and the fixed program is accepted", async () => {
  const { page, errors } = await openPage();
  assert.match(await page.inputValue("#source"), /async def count_down\(name, delay, start\):/);

  await page.fill("#source", "import asyncio\n\nasync def main():\n    print('hi'\n\nasyncio.run(main())\n");
  await page.click("#run");
  const report = page.locator("#output .traceback");
  await report.waitFor();
  assert.equal(
    await report.textContent(),
    "  File \"main.py\", line 4\n    print('hi'\n         ^\nSyntaxError: '(' was never closed\n",
  );
  assert.equal(await page.locator(".line-number.error").textContent(), "4");
  assert.ok(await page.locator(".error-band").isVisible(), "the error line is highlighted");
  await page.screenshot({ path: join(shots, "syntax-error.png"), fullPage: true });

  await page.fill("#source", "import asyncio\n\nasync def main():\n    print('hi')\n\nasyncio.run(main())\n");
  await page.keyboard.press("Control+Enter");
  await page.locator("#output .accepted").waitFor();
  assert.equal(
    await page.locator("#output").textContent(),
    "No syntax errors: 4 statements, 1 functions (1 async def).",
  );
  assert.equal(await page.locator(".line-number.error").count(), 0);
  await page.screenshot({ path: join(shots, "accepted.png"), fullPage: true });
  assert.deepEqual(errors, []);
});

test("the page speaks Chinese and remembers the program across a reload", async () => {
  const { page, errors } = await openPage();
  await page.fill("#source", "print('保存')\n");
  await page.selectOption("#lang", "zh-CN");
  assert.equal((await page.locator("#run").textContent()).trim(), "▶ 运行");
  await page.reload();
  await page.waitForSelector("#source");
  assert.equal(await page.inputValue("#source"), "print('保存')\n");
  assert.equal(await page.getAttribute("html", "lang"), "zh-CN");
  await page.click("#run");
  await page.locator("#output .accepted").waitFor();
  assert.match(await page.locator("#output").textContent(), /没有语法错误/);
  await page.screenshot({ path: join(shots, "chinese.png"), fullPage: true });
  assert.deepEqual(errors, []);
});

test("the gallery loads a tutorial example, and the user's own program comes back", async () => {
  const { page, errors } = await openPage();
  await page.fill("#source", "print('my own work')\n");
  await page.selectOption("#gallery", "seed_countdown_executor");
  assert.match(await page.inputValue("#source"), /ThreadPoolExecutor\(max_workers=3\)/);
  await page.click("#run");
  await page.locator("#output .accepted").waitFor();
  await page.screenshot({ path: join(shots, "gallery.png"), fullPage: true });
  await page.selectOption("#gallery", "__scratch__");
  assert.equal(await page.inputValue("#source"), "print('my own work')\n");
  assert.deepEqual(errors, []);
});

test("a delay knob rewrites its literal; Tab indents and Ctrl+Z undoes it", async () => {
  const { page, errors } = await openPage();
  const knob = page.locator(".knob", { hasText: "('C', 0.5)" });
  assert.equal(await knob.count(), 1);
  const box = knob.locator(".knob-number");
  await box.fill("0.3");
  await box.press("Enter");
  assert.match(await page.inputValue("#source"), /\('C', 0\.3\)/);
  await page.locator(".knob", { hasText: "('C', 0.3)" }).waitFor();
  await page.screenshot({ path: join(shots, "knobs.png"), fullPage: true });

  await page.fill("#source", "x = 1\n");
  await page.focus("#source");
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Tab");
  assert.equal(await page.inputValue("#source"), "x = 1\n    ");
  await page.keyboard.press("Control+z");
  assert.equal(await page.inputValue("#source"), "x = 1\n");
  assert.deepEqual(errors, []);
});

test("the layout stacks on a 390-px phone without sideways scrolling of the page", async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector("#source");
  assert.equal((await page.locator("#run").textContent()).trim(), "▶ 运行", "defaults to the browser's language");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
  const run = await page.locator("#run").boundingBox();
  assert.ok(run.x >= 0 && run.x + run.width <= 390, "the Run button is on the screen");
  const editor = await page.locator(".editor-pane").boundingBox();
  const output = await page.locator(".output-pane").boundingBox();
  assert.ok(output.y > editor.y + editor.height - 1, "the output sits below the editor");
  await page.screenshot({ path: join(shots, "phone.png"), fullPage: true });
  await context.close();
});
