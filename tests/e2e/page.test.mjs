// End to end: the built page (trunk build --release → dist/) in Debian's
// Chromium, used as a person would: type, press Run, read what is shown.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "./serve.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const dist = process.env.LOOPLAB_DIST ?? join(root, "dist");
const shots = join(root, "target", "e2e");
// The same page built with the test-only `panic-probe` feature (.ci/test).
const probeDist = process.env.LOOPLAB_PROBE_DIST ?? join(root, "dist-probe");

let server;
let probeServer;
let browser;

before(async () => {
  await mkdir(shots, { recursive: true });
  server = await serve(dist);
  probeServer = await serve(probeDist);
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
  probeServer?.close();
});

async function openPage(url = server.url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-US" });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto(url);
  await page.waitForSelector("#source");
  return { page, errors };
}

const withoutRules = (lines) => lines.filter((l) => !l.startsWith("---"));

/** The printed lines of the output panel (without their time stamps). */
async function printed(page) {
  return page.locator("#output .out-line .out-text").allTextContents();
}

test("a syntax error is shown with its caret, and the fixed program runs", async () => {
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
  await page.locator("#output .out-line").first().waitFor();
  assert.deepEqual(await printed(page), ["hi"]);
  assert.equal(await page.locator(".line-number.error").count(), 0);
  await page.screenshot({ path: join(shots, "fixed.png"), fullPage: true });
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
  await page.locator("#output .out-line").first().waitFor();
  assert.deepEqual(await printed(page), ["保存"]);
  assert.equal(await page.locator("#inspector h2").textContent(), "检查器");
  await page.screenshot({ path: join(shots, "chinese.png"), fullPage: true });
  assert.deepEqual(errors, []);
});

test("the gallery loads a tutorial example, and the user's own program comes back", async () => {
  const { page, errors } = await openPage();
  await page.fill("#source", "print('my own work')\n");
  await page.selectOption("#gallery", "seed_countdown_executor");
  assert.match(await page.inputValue("#source"), /ThreadPoolExecutor\(max_workers=3\)/);
  await page.click("#run");
  await page.locator("#output .out-line").first().waitFor();
  const lines = withoutRules(await printed(page));
  assert.equal(lines[0], "0.5000 \t\t\tC = 3", "the executor's threads count down on the virtual clock");
  assert.equal(lines.at(-1), "Done.");
  const lanes = Number((await page.locator("#timeline-canvas").getAttribute("aria-label")).match(/of (\d+) lanes/)[1]);
  assert.ok(lanes >= 5, `the loop, the main task and three worker lanes: ${lanes}`);
  await page.locator("#scrubber").fill("1");
  const workers = await page.locator("#workers li").allTextContents();
  assert.deepEqual(workers, [0, 1, 2].map((i) => `ThreadPoolExecutor-0_${i}count_down()`), "three busy workers");
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

const COUNTDOWN = [
  "0.5000 \t\t\tC = 3", "0.8000 \t\tB = 3", "1.0000 \tA = 3", "1.0000 \t\t\tC = 2", "1.5000 \t\t\tC = 1",
  "1.6000 \t\tB = 2", "2.0000 \tA = 2", "2.4000 \t\tB = 1", "3.0000 \tA = 1", "Done",
];
const COUNTDOWN_C_03 = [
  "0.3000 \t\t\tC = 3", "0.6000 \t\t\tC = 2", "0.8000 \t\tB = 3", "0.9000 \t\t\tC = 1", "1.0000 \tA = 3",
  "1.6000 \t\tB = 2", "2.0000 \tA = 2", "2.4000 \t\tB = 1", "3.0000 \tA = 1", "Done",
];

test("the seed countdown runs; C's knob reorders it; the player steps back and forward", async () => {
  const { page, errors } = await openPage();
  await page.click("#run");
  await page.locator("#output .out-line").first().waitFor();
  assert.deepEqual(withoutRules(await printed(page)), COUNTDOWN);
  assert.match(await page.locator("#moment").textContent(), /^t = 3\.000 s · iteration (\d+) of \1$/);
  await page.screenshot({ path: join(shots, "countdown.png"), fullPage: true });

  const box = page.locator(".knob", { hasText: "('C', 0.5)" }).locator(".knob-number");
  await box.fill("0.3");
  await box.press("Enter");
  await page.locator("#output .out-text", { hasText: "0.3000" }).waitFor();
  assert.deepEqual(withoutRules(await printed(page)), COUNTDOWN_C_03);
  await page.screenshot({ path: join(shots, "countdown-c-0.3.png"), fullPage: true });

  const end = Number((await page.locator("#moment").textContent()).match(/of (\d+)/)[1]);
  await page.click("#step-back");
  assert.match(await page.locator("#moment").textContent(), new RegExp(`iteration ${end - 1} of ${end}`));
  await page.locator("#scrubber").fill("0");
  assert.match(await page.locator("#moment").textContent(), /^t = 0\.000 s · iteration 0 of/);
  assert.equal(await page.locator("#output .out-line.future").count(), await page.locator("#output .out-line").count());
  assert.match(await page.locator("#ready-queue").textContent(), /Task-1/);
  await page.click("#step-forward");
  assert.match(await page.locator("#moment").textContent(), /iteration 1 of/);
  assert.equal(await page.locator("#tasks .task").count(), 4, "main and three count_down tasks exist");
  await page.screenshot({ path: join(shots, "stepped.png"), fullPage: true });

  const canvas = page.locator("#timeline-canvas");
  assert.match(await canvas.getAttribute("aria-label"), /^Timeline of \d+ lanes/);
  const area = await canvas.boundingBox();
  await canvas.click({ position: { x: 120 + (area.width - 120) * 0.4, y: 40 } });
  const clicked = await page.locator("#moment").textContent();
  assert.doesNotMatch(clicked, /iteration 1 of/, "the click moved the cursor");
  assert.doesNotMatch(clicked, new RegExp(`iteration ${end} of`));
  await canvas.hover({ position: { x: 120 + (area.width - 120) * 0.4, y: 58 } });
  await page.locator(".timeline-tip").waitFor();
  await page.screenshot({ path: join(shots, "timeline.png"), fullPage: true });

  await page.locator("#output .out-line", { hasText: "1.0000 \tA = 3" }).click();
  assert.match(await page.locator("#moment").textContent(), /^t = 1\.000 s/);
  assert.match(await page.locator("#tasks").textContent(), /waiting on/);
  // → and ← step one loop iteration each way: the iteration number moves by one.
  const iteration = async () => Number((await page.locator("#moment").textContent()).match(/iteration (\d+) of/)[1]);
  const at = await iteration();
  assert.ok(at > 0 && at < end, `the printed line is mid-run: ${at} of ${end}`);
  await page.locator("body").press("ArrowRight");
  assert.equal(await iteration(), at + 1, "→ steps forward one iteration");
  await page.locator("body").press("ArrowRight");
  assert.equal(await iteration(), at + 2, "→ again");
  await page.locator("body").press("ArrowLeft");
  assert.equal(await iteration(), at + 1, "← steps back one iteration");
  await page.locator("body").press("ArrowLeft");
  assert.equal(await iteration(), at);
  assert.match(await page.locator("#moment").textContent(), /^t = 1\.000 s/);
  await page.screenshot({ path: join(shots, "inspector.png"), fullPage: true });
  assert.deepEqual(errors, []);
});

test("real time: browser timers drive the loop, and the printed clock shows their lateness", async () => {
  const { page, errors } = await openPage();
  await page.fill("#source", "import asyncio, time\n\nasync def main():\n    await asyncio.sleep(0.2)\n    print(f'{time.perf_counter():.4f}')\n\nasyncio.run(main())\n");
  await page.selectOption("#mode", "real");
  // At 0.5× the 0.2 s sleep takes 0.4 s: time enough to read the status
  // while it waits, on a loaded machine too (at 4× it was 50 ms, and flaky).
  await page.selectOption("#speed", "0.5");
  await page.click("#run");
  // The worker's first run ends at the sleep: the page then waits for the clock.
  await page.locator("#run-status", { hasText: /waiting until 0\.200 s/ }).waitFor({ timeout: 5000 });
  await page.locator("#output .out-line").first().waitFor({ timeout: 5000 });
  const [clock] = await printed(page);
  const t = Number(clock);
  assert.ok(t >= 0.2 && t < 1.0, `woke at ${t}`);
  assert.match(await page.locator("#run-status").textContent(), /finished/);
  assert.deepEqual(errors, []);
});

test("runtime errors print CPython's traceback and mark the line; deep recursion stops cleanly", async () => {
  const { page, errors } = await openPage();
  await page.fill("#source", "def f(n):\n    return f(n + 1)\n\nf(0)\n");
  await page.click("#run");
  await page.locator("#output .out-line.stderr").first().waitFor();
  const lines = await printed(page);
  assert.equal(lines.at(-1), "RecursionError: maximum recursion depth exceeded");
  assert.equal(lines.at(-2), "  [Previous line repeated 996 more times]");
  assert.equal(await page.locator(".line-number.error").textContent(), "2");

  await page.fill("#source", "print('before')\nwhile True:\n    pass\n");
  await page.click("#run");
  // The previous run's output stays until this run's recording arrives.
  await page.locator("#output .out-text", { hasText: "max-steps" }).waitFor({ timeout: 30000 });
  const stopped = await printed(page);
  assert.equal(stopped[0], "before", "what was printed before the limit is shown");
  assert.match(stopped.at(-1), /^looplab: stopped after 200000000 steps \(the --max-steps limit\) at line [23]$/);

  await page.fill("#source", "import asyncio\n\nasync def spin():\n    while True:\n        await asyncio.sleep(0)\n\nasyncio.run(spin())\n");
  await page.click("#run");
  await page.locator("#output .out-text", { hasText: "loop iterations" }).waitFor();
  assert.equal((await printed(page)).at(-1), "looplab: stopped after 100000 loop iterations (the page's limit)");
  await page.screenshot({ path: join(shots, "runtime-error.png"), fullPage: true });
  assert.deepEqual(errors, []);
});

/** The iteration the moment display shows. */
async function iterationOf(page) {
  return Number((await page.locator("#moment").textContent()).match(/iteration (\d+) of/)[1]);
}

/** The 1-based editor lines the suspended-line bands cover, checked against the gutter. */
async function bandedLines(page) {
  const bands = await page.locator(".active-band").all();
  const numbers = await page.locator(".line-number").all();
  const lines = [];
  for (const band of bands) {
    const box = await band.boundingBox();
    let line = null;
    for (const [i, number] of numbers.entries()) {
      const n = await number.boundingBox();
      if (Math.abs(n.y - box.y) < 2) line = i + 1;
    }
    assert.notEqual(line, null, `a band at y = ${box.y} is on no line of the gutter`);
    lines.push(line);
  }
  return lines.sort((a, b) => a - b);
}

test("stepping and playing highlight the lines where the tasks that ran are suspended; the inspector names each task's line", async () => {
  const { page, errors } = await openPage();
  await page.click("#run");
  await page.locator("#output .out-line").first().waitFor();
  await page.locator("#scrubber").fill("0");
  assert.deepEqual(await bandedLines(page), [], "nothing has run at iteration 0");
  await page.click("#step-forward");
  // Iteration 1: main ran, created the three tasks and is suspended in asyncio.wait (line 21).
  assert.deepEqual(await bandedLines(page), [21]);
  // By the task's own name: a waiting task's row names the tasks it waits on too.
  const row = (name) => page.locator("#tasks .task").filter({ has: page.locator(".task-name", { hasText: new RegExp(`^${name}$`) }) });
  assert.equal(await row("Task-1").locator(".task-line").textContent(), "line 21");
  await page.click("#step-forward");
  // Iteration 2: the three count_down tasks ran to their first sleep (line 10).
  assert.deepEqual(await bandedLines(page), [10]);
  for (const name of ["Task-2", "Task-3", "Task-4"]) {
    assert.equal(await row(name).locator(".task-line").textContent(), "line 10", name);
  }
  await page.screenshot({ path: join(shots, "suspended-lines.png"), fullPage: true });

  // Playing back from the start shows the bands as it goes.
  await page.locator("#scrubber").fill("0");
  await page.click("#play");
  await page.locator(".active-band").first().waitFor({ timeout: 5000 });
  assert.ok((await bandedLines(page)).every((line) => line === 10 || line === 21));
  await page.click("#play");

  // At the end every task is done: no line in the rows, no band.
  const end = Number((await page.locator("#moment").textContent()).match(/of (\d+)/)[1]);
  await page.locator("#scrubber").fill(String(end));
  assert.equal(await page.locator("#tasks .task-line").count(), 0);
  // An edit makes the recording stale: its bands go.
  await page.locator("#scrubber").fill("2");
  assert.deepEqual(await bandedLines(page), [10]);
  await page.fill("#source", (await page.inputValue("#source")) + "\n# edited\n");
  assert.deepEqual(await bandedLines(page), []);
  assert.deepEqual(errors, []);
});

const TWELVE = `import asyncio


async def worker(i):
    for _ in range(3):
        await asyncio.sleep(0.1 * (i + 1))


async def main():
    await asyncio.gather(*(worker(i) for i in range(12)))


asyncio.run(main())
`;

test("the timeline zooms, pans (buttons, drag, Ctrl/Shift+wheel) and scrolls its lanes", async () => {
  const { page, errors } = await openPage();
  await page.fill("#source", TWELVE);
  await page.click("#run");
  await page.locator("#moment").waitFor();
  const canvas = page.locator("#timeline-canvas");
  const total = Number((await canvas.getAttribute("aria-label")).match(/^Timeline of (\d+) lanes/)[1]);
  assert.ok(total >= 14 && total < 20, `the loop, main and twelve workers: ${total} lanes`);
  const area = await canvas.boundingBox();
  const plotX = (fraction) => 120 + (area.width - 120) * fraction;
  // The visible range, read as a person would: the moments a click at the
  // left and the right end of the plot goes to.
  const range = async () => {
    const ends = [];
    for (const fraction of [0.02, 0.98]) {
      await canvas.click({ position: { x: plotX(fraction), y: 40 } });
      ends.push(await iterationOf(page));
    }
    return ends;
  };
  const tool = (name) => page.locator(".timeline-tools button", { hasText: name });
  const [left0, right0] = await range();
  assert.ok(right0 - left0 > 20, `the whole run fits: ${left0}..${right0}`);

  await tool("+").click();
  const [left1, right1] = await range();
  assert.ok(left1 > left0 && right1 < right0, `+ zooms in about the middle: ${left0}..${right0} → ${left1}..${right1}`);
  await tool("»").click();
  const [left2, right2] = await range();
  assert.ok(left2 > left1 && right2 > right1, `» pans right: ${left1}..${right1} → ${left2}..${right2}`);
  await tool("«").click();
  assert.deepEqual(await range(), [left1, right1], "« pans back");
  await tool("−").click();
  await tool("−").click();
  const [left3, right3] = await range();
  assert.ok(right3 - left3 > right1 - left1, `− zooms out: ${left1}..${right1} → ${left3}..${right3}`);
  await tool("⤢").click();
  assert.deepEqual(await range(), [left0, right0], "⤢ fits the whole run again");

  // Ctrl+wheel zooms about the pointer; Shift+wheel pans; a drag pans.
  await canvas.hover({ position: { x: plotX(0.5), y: 40 } });
  await page.keyboard.down("Control");
  await page.mouse.wheel(0, -100);
  await page.keyboard.up("Control");
  const [left4, right4] = await range();
  assert.ok(left4 > left0 && right4 < right0, `Ctrl+wheel zooms in: ${left4}..${right4}`);
  await canvas.hover({ position: { x: plotX(0.5), y: 40 } });
  await page.keyboard.down("Shift");
  await page.mouse.wheel(0, 200);
  await page.keyboard.up("Shift");
  const [left5, right5] = await range();
  assert.ok(left5 > left4 && right5 > right4, `Shift+wheel pans right: ${left4}..${right4} → ${left5}..${right5}`);
  await canvas.hover({ position: { x: plotX(0.2), y: 40 } });
  await page.mouse.down();
  await page.mouse.move(area.x + plotX(0.6), area.y + 40, { steps: 5 });
  await page.mouse.up();
  const [left6, right6] = await range();
  assert.ok(left6 < left5 && right6 < right5, `dragging right pans left: ${left5}..${right5} → ${left6}..${right6}`);

  // Lanes: ten shown at a time; ▼ / ▲ and the plain wheel scroll them,
  // and the canvas then shows other lanes.
  const lanes = page.locator(".lane-range");
  const pixels = () => canvas.evaluate((c) => c.toDataURL());
  assert.equal(await lanes.textContent(), `1–10 / ${total}`);
  const first = await pixels();
  await tool("▼").click();
  assert.equal(await lanes.textContent(), `${total - 9}–${total} / ${total}`);
  assert.notEqual(await pixels(), first, "the canvas shows the lower lanes");
  await tool("▲").click();
  assert.equal(await lanes.textContent(), `1–10 / ${total}`);
  await canvas.hover({ position: { x: plotX(0.5), y: 60 } });
  await page.mouse.wheel(0, 100);
  assert.equal(await lanes.textContent(), `2–11 / ${total}`);
  await page.mouse.wheel(0, -100);
  assert.equal(await lanes.textContent(), `1–10 / ${total}`);
  await page.screenshot({ path: join(shots, "timeline-lanes.png"), fullPage: true });
  assert.deepEqual(errors, []);
});

test("the knob's slider rewrites its literal as it moves and runs again: the output order changes", async () => {
  const { page, errors } = await openPage();
  await page.click("#run");
  await page.locator("#output .out-line").first().waitFor();
  assert.deepEqual(withoutRules(await printed(page)), COUNTDOWN);
  const slider = page.locator(".knob", { hasText: "('C', 0.5)" }).locator(".knob-slider");
  await slider.focus();
  await page.keyboard.press("ArrowLeft");
  assert.match(await page.inputValue("#source"), /\('C', 0\.45\)/);
  await page.locator("#output .out-text", { hasText: "0.4500" }).first().waitFor();
  assert.equal(withoutRules(await printed(page))[0], "0.4500 \t\t\tC = 3", "it ran again at once");
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowLeft");
  assert.match(await page.inputValue("#source"), /\('C', 0\.3\)/);
  assert.equal(await page.locator(".knob", { hasText: "('C', 0.3)" }).locator(".knob-slider").inputValue(), "0.3");
  await page.locator("#output .out-text", { hasText: "0.3000" }).first().waitFor();
  assert.deepEqual(withoutRules(await printed(page)), COUNTDOWN_C_03);
  assert.deepEqual(errors, []);
});

// Pushed in this order, heapq leaves the sleep's 0.4 after e's 0.5 in the heap.
const TIMERS = `import asyncio


def ring(name):
    print(name)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.1, ring, 'a')
    loop.call_later(0.5, ring, 'e')
    loop.call_later(0.3, ring, 'c')
    loop.call_later(0.3, ring, 'd')
    await asyncio.sleep(0.4)


asyncio.run(main())
`;

test("the inspector lists the timer heap sorted by deadline, with countdowns and equal deadlines flagged", async () => {
  const { page, errors } = await openPage();
  await page.fill("#source", TIMERS);
  await page.click("#run");
  await page.locator("#output .out-line").first().waitFor();
  assert.deepEqual(await printed(page), ["a", "c", "d"]);
  await page.locator("#scrubber").fill("1");
  const rows = async () =>
    page.locator("#timer-heap tbody tr").evaluateAll((trs) =>
      trs.map((tr) => ({
        when: tr.cells[0].textContent,
        left: tr.cells[1].textContent,
        tie: tr.classList.contains("tie"),
        what: tr.cells[2].querySelector("code").textContent,
      })),
    );
  const at1 = await rows();
  assert.deepEqual(at1.map((r) => [r.when, r.left, r.tie]), [
    ["0.100", "0.100", false],
    ["0.300", "0.300", true],
    ["0.300", "0.300", true],
    ["0.400", "0.400", false],
    ["0.500", "0.500", false],
  ]);
  assert.match(at1[0].what, /'a'/);
  assert.match(at1[4].what, /'e'/);
  assert.match(await page.locator(".tie-note").textContent(), /equal deadlines: order not guaranteed by asyncio/);
  await page.click("#step-forward");
  assert.match(await page.locator("#moment").textContent(), /^t = 0\.100 s/);
  assert.deepEqual((await rows()).map((r) => [r.when, r.left, r.tie]), [
    ["0.300", "0.200", true],
    ["0.300", "0.200", true],
    ["0.400", "0.300", false],
    ["0.500", "0.400", false],
  ]);
  await page.click("#step-forward");
  assert.deepEqual((await rows()).map((r) => [r.when, r.tie]), [["0.400", false], ["0.500", false]], "c and d ran");
  assert.equal(await page.locator(".tie-note").count(), 0);
  assert.deepEqual(errors, []);
});

const PROBE = "# looplab: panic-probe\n";

test("the page that ships has no panic probe: the probe's text is a comment that runs", async () => {
  const { page, errors } = await openPage();
  await page.fill("#source", PROBE);
  await page.click("#run");
  await page.locator("#run-status", { hasText: "finished" }).waitFor();
  assert.equal(await page.locator("#panic-banner").count(), 0);
  assert.deepEqual(await printed(page), []);
  assert.deepEqual(errors, []);
});

test("a real panic in the release build (dist-probe) shows the banner, keeps the program, and the next Run works without a reload", async () => {
  const { page, errors } = await openPage(probeServer.url);
  await page.fill("#source", PROBE);
  await page.click("#run");
  const banner = page.locator("#panic-banner");
  await banner.waitFor({ timeout: 5000 });
  assert.equal(await banner.getAttribute("role"), "alert");
  assert.match(
    await banner.textContent(),
    /^looplab crashed while running your program: panicked at .*the panic probe ran.*Your program is kept; the next Run starts afresh\.$/s,
  );
  assert.equal(await page.inputValue("#source"), PROBE, "the editor keeps the program");
  assert.doesNotMatch(await page.locator("#run-status").textContent(), /running/, "the run has ended");
  await page.screenshot({ path: join(shots, "panic.png"), fullPage: true });

  // The program ran in a Web Worker: the panic killed the worker only. The
  // page started a fresh one, so the next Run works without a reload.
  await page.fill("#source", "print('after')\n");
  await page.click("#run");
  await page.locator("#output .out-line").first().waitFor();
  assert.deepEqual(await printed(page), ["after"]);
  assert.equal(await page.locator("#panic-banner").count(), 0, "the next Run takes the banner away");
  assert.deepEqual(errors, [], "the page itself never crashed");
});

test("an abort without a panic in the worker (as out of memory is) shows the banner, and the next Run works", async () => {
  const { page, errors } = await openPage(probeServer.url);
  const probe = "# looplab: abort-probe\n";
  await page.fill("#source", probe);
  await page.click("#run");
  const banner = page.locator("#panic-banner");
  await banner.waitFor({ timeout: 5000 });
  assert.match(
    await banner.textContent(),
    /^looplab crashed while running your program: .*RuntimeError: unreachable.*\. Your program is kept; the next Run starts afresh\.$/s,
  );
  assert.equal(await page.inputValue("#source"), probe, "the editor keeps the program");
  await page.fill("#source", "print('after the abort')\n");
  await page.click("#run");
  await page.locator("#output .out-text", { hasText: "after the abort" }).waitFor();
  assert.deepEqual(await printed(page), ["after the abort"]);
  assert.deepEqual(errors, []);
});

test("Stop ends a runaway loop at once; the page answers while it runs and keeps the program", async () => {
  const { page, errors } = await openPage();
  const program = "while True:\n    pass\n";
  await page.fill("#source", program);
  await page.click("#run");
  // The progress note moves while the worker runs the loop.
  await page.locator("#run-status", { hasText: /^running: [1-9]\d* steps/ }).waitFor();
  // The page's own thread is free: a frame comes well within 200 ms.
  const frame = await page.evaluate(() => new Promise((done) => {
    const t0 = performance.now();
    requestAnimationFrame(() => done(performance.now() - t0));
  }));
  assert.ok(frame < 200, `a frame took ${frame} ms during the run`);
  const answered = await page.evaluate(() => new Promise((done) => {
    const t0 = performance.now();
    document.querySelector("#stop").click();
    const check = () => {
      if (!/running/.test(document.querySelector("#run-status").textContent)) done(performance.now() - t0);
      else requestAnimationFrame(check);
    };
    check();
  }));
  assert.ok(answered < 200, `Stop took ${answered} ms to answer`);
  assert.equal(await page.inputValue("#source"), program, "the program text is intact");
  assert.equal(await page.locator("#stop").count(), 0, "Stop is gone with the run");

  // The next run uses a fresh worker.
  await page.fill("#source", "print('next')\n");
  await page.click("#run");
  await page.locator("#output .out-line").first().waitFor();
  assert.deepEqual(await printed(page), ["next"]);
  assert.deepEqual(errors, []);
});

test("the list-doubling program ends in MemoryError, and the page runs the next program", async () => {
  const { page, errors } = await openPage();
  await page.fill("#source", "x = [1]\nwhile True:\n    x = x + x\n");
  await page.click("#run");
  await page.locator("#output .out-text", { hasText: "MemoryError" }).waitFor({ timeout: 30000 });
  assert.deepEqual((await printed(page)).slice(-3), ["    x = x + x", "        ~~^~~", "MemoryError"]);
  assert.equal(await page.locator("#panic-banner").count(), 0);

  await page.fill("#source", "print('still alive')\n");
  await page.click("#run");
  await page.locator("#output .out-text", { hasText: "still alive" }).waitFor();
  assert.deepEqual(await printed(page), ["still alive"]);
  assert.deepEqual(errors, []);
});

test("an append loop of small strings ends in MemoryError, swallowing it stops at the limit, and the page runs the next program", async () => {
  const { page, errors } = await openPage();
  // No single value is big: the worker counts all the bytes the run holds.
  await page.fill("#source", "lines = []\nwhile True:\n    lines.append('x' * 1000)\n");
  await page.click("#run");
  await page.locator("#output .out-text", { hasText: "MemoryError" }).waitFor({ timeout: 30000 });
  assert.deepEqual((await printed(page)).slice(-3), ["    lines.append('x' * 1000)", "                 ~~~~^~~~~~", "MemoryError"]);
  assert.equal(await page.locator("#panic-banner").count(), 0);

  // Swallowing the MemoryError and going on ends at the limit, with its message.
  await page.fill("#source", "lines = []\nwhile True:\n    try:\n        lines.append('x' * 1000)\n    except MemoryError:\n        pass\n");
  await page.click("#run");
  await page.locator("#output .out-text", { hasText: "--max-memory" }).waitFor({ timeout: 30000 });
  assert.deepEqual(await printed(page), [
    "looplab: stopped at 268435456 bytes of memory, twice the --max-memory limit (the program went on allocating after MemoryError) at line 4",
  ]);
  assert.equal(await page.locator("#panic-banner").count(), 0);

  await page.fill("#source", "print('still alive')\n");
  await page.click("#run");
  await page.locator("#output .out-text", { hasText: "still alive" }).waitFor();
  assert.deepEqual(await printed(page), ["still alive"]);
  assert.deepEqual(errors, []);
});

/** Whether `selector`'s box lies wholly inside a `width`×`height` viewport. */
async function inView(page, selector, width, height) {
  const box = await page.locator(selector).boundingBox();
  assert.ok(box, `${selector} is shown`);
  assert.ok(box.width > 100 && box.height > 60, `${selector} has room: ${JSON.stringify(box)}`);
  assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= width + 0.5 && box.y + box.height <= height + 0.5,
    `${selector} ${JSON.stringify(box)} is inside ${width}×${height}`);
}

// One screen at a laptop's and a desktop's size (one test each, so .ci/test
// counts them as it counts every `test(` at the start of a line).
async function allPanelsInViewWhilePlaying(width, height) {
  const context = await browser.newContext({ viewport: { width, height }, locale: "en-US" });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto(server.url);
  await page.waitForSelector("#source");
  await page.click("#run");
  await page.locator("#output .out-line").first().waitFor();
  await page.locator("#scrubber").fill("0");
  await page.click("#play");
  for (const selector of [".editor-pane", "#timeline", "#inspector", ".output-pane"]) {
    await inView(page, selector, width, height);
  }
  await page.screenshot({ path: join(shots, `desktop-${width}x${height}.png`) });
  assert.deepEqual(errors, []);
  await context.close();
}

test("at 1366×768 the editor, timeline, inspector and output are all in view while a recording plays", () =>
  allPanelsInViewWhilePlaying(1366, 768));

test("at 1920×1080 the editor, timeline, inspector and output are all in view while a recording plays", () =>
  allPanelsInViewWhilePlaying(1920, 1080));

const SHARED_PROGRAM = [
  "import asyncio",
  "",
  "async def main():",
  "    print('你好 </script><b>not bold</b>')",
  "    await asyncio.sleep(0.5)",
  "    print('done')",
  "",
  "asyncio.run(main())",
  "",
].join("\n");

test("Share puts the program and the moment in a link; the link opens them in a fresh page, in 中文 too", async () => {
  const { page, errors } = await openPage();
  await page.fill("#source", SHARED_PROGRAM);
  await page.click("#run");
  await page.locator("#output .out-line", { hasText: "done" }).waitFor();
  await page.click("#step-back");
  const moment = await page.locator("#moment").textContent();
  const at = Number(moment.match(/iteration (\d+) of/)[1]);
  await page.click("#share");
  const link = await page.inputValue("#share-link");
  assert.match(link, /#v1;lang=en;clock=virtual;speed=1;spacing=time;at=\d+;code=[A-Za-z0-9_-]+$/);
  assert.equal(page.url(), link, "the address bar holds the link");

  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: "zh-CN" });
  const fresh = await context.newPage();
  fresh.on("pageerror", (error) => errors.push(String(error)));
  await fresh.goto(link);
  await fresh.waitForSelector("#source");
  assert.equal(await fresh.inputValue("#source"), SHARED_PROGRAM);
  await fresh.locator("#output .out-line").first().waitFor();
  assert.match(await fresh.locator("#moment").textContent(), new RegExp(`iteration ${at} of`), "opens at the shared moment, in the link's language");
  assert.equal(await fresh.locator("b").count(), 0, "text from the link is never markup");
  await fresh.screenshot({ path: join(shots, "shared-link.png") });

  const zh = link.replace("lang=en", "lang=zh");
  await fresh.goto("about:blank");
  await fresh.goto(zh);
  await fresh.locator("#output .out-line").first().waitFor();
  assert.match(await fresh.locator("#moment").textContent(), new RegExp(`第 ${at} 次迭代`));
  assert.equal((await fresh.locator("#share").textContent()).trim(), "分享");
  await context.close();
  assert.deepEqual(errors, []);
});

test("a fragment that is not a share link is ignored: the page opens as usual and shows no markup from it", async () => {
  const { page, errors } = await openPage(`${server.url}#<img src=x onerror=alert(1)><script>alert(2)</script>`);
  assert.match(await page.inputValue("#source"), /async def|import/);
  assert.equal(await page.locator("img").count(), 0);
  assert.deepEqual(errors, []);
});

test("Trace JSON downloads the run as Chrome Trace Events with a track per task; Timeline PNG downloads a picture", async () => {
  const { page, errors } = await openPage();
  assert.ok(await page.locator("#export-trace").isDisabled(), "nothing to export before a run");
  await page.click("#run");
  await page.locator("#output .out-line").first().waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-trace")]);
  assert.equal(download.suggestedFilename(), "looplab-trace.json");
  const { readFile } = await import("node:fs/promises");
  const trace = JSON.parse(await readFile(await download.path(), "utf8"));
  const tracks = trace.traceEvents.filter((e) => e.ph === "M" && e.name === "thread_name").map((e) => e.args.name);
  assert.ok(tracks.includes("event loop"), tracks.join());
  for (const task of ["Task-1 main()", "Task-2 count_down()", "Task-3 count_down()", "Task-4 count_down()"]) {
    assert.ok(tracks.includes(task), `${task} in ${tracks.join()}`);
  }
  assert.ok(trace.traceEvents.some((e) => e.ph === "X" || e.ph === "B"), "slices");
  const [png] = await Promise.all([page.waitForEvent("download"), page.click("#export-png")]);
  assert.equal(png.suggestedFilename(), "looplab-timeline.png");
  const bytes = await readFile(await png.path());
  assert.equal(bytes.subarray(1, 4).toString(), "PNG");
  assert.deepEqual(errors, []);
});

test("the inspector says who waits on what, futures named for what made them, in English and 中文", async () => {
  const { page, errors } = await openPage();
  await page.click("#run");
  await page.locator("#output .out-line", { hasText: "1.0000 \tA = 3" }).click();
  const graph = page.locator("#await-graph");
  const rows = await graph.locator(".edge").allTextContents();
  assert.ok(rows.includes("Task-1 → wait([Task-2, Task-3, Task-4], ALL_COMPLETED)"), rows.join(" | "));
  assert.ok(rows.includes("Task-3 → sleep(0.8) until 1.600"), rows.join(" | "));
  assert.doesNotMatch(await page.locator("#inspector").textContent(), /fut-\d/);
  await page.locator("#inspector").screenshot({ path: join(shots, "await-graph.png") });
  await page.selectOption(".lang-switch select", "zh-CN");
  assert.match(await page.locator("#inspector").textContent(), /谁在等待什么/);
  assert.deepEqual(errors, []);
});

test("a link carries the knobs, the clock mode, the speed and the moment: a fresh context restores them all", async () => {
  const { page, errors } = await openPage();
  const box = page.locator(".knob", { hasText: "('C', 0.5)" }).locator(".knob-number");
  await box.fill("0.3");
  await box.press("Enter");
  await page.locator("#output .out-text", { hasText: "0.3000" }).waitFor();
  const program = await page.inputValue("#source");
  await page.selectOption("#mode", "real");
  await page.selectOption("#speed", "4");
  await page.locator("#scrubber").fill("5");
  await page.click("#share");
  const link = await page.inputValue("#share-link");
  assert.match(link, /#v1;lang=en;clock=real;speed=4;spacing=time;at=5;code=[A-Za-z0-9_-]+$/);

  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: "en-US" });
  const fresh = await context.newPage();
  fresh.on("pageerror", (error) => errors.push(String(error)));
  await fresh.goto(link);
  await fresh.waitForSelector("#source");
  assert.equal(await fresh.inputValue("#source"), program, "the program, its knobs' literals included");
  assert.equal(await fresh.inputValue("#mode"), "real", "the clock mode");
  assert.equal(await fresh.inputValue("#speed"), "4", "the speed");
  assert.equal(await fresh.locator(".knob", { hasText: "('C', 0.3)" }).locator(".knob-number").inputValue(), "0.3", "C's knob");
  // The run goes in real time at 4× (3 s of the program in 0.75 s), then shows the shared moment.
  await fresh.locator("#run-status", { hasText: "finished" }).waitFor({ timeout: 10000 });
  assert.match(await fresh.locator("#moment").textContent(), /iteration 5 of/, "the moment");
  assert.equal((await printed(fresh)).filter((l) => !l.startsWith("---")).length, 10, "the whole run printed");
  await fresh.screenshot({ path: join(shots, "shared-everything.png") });
  await context.close();
  assert.deepEqual(errors, []);
});

test("a program too long for a link says so, in English and 中文; a hostile link's program is only text", async () => {
  const { page, errors } = await openPage();
  const long = `# ${"x".repeat(30000)}\nprint('long')\n`;
  await page.fill("#source", long);
  await page.click("#share");
  const note = page.locator(".share-note.error");
  assert.equal(await note.textContent(), "This program is too long for a link");
  assert.equal(await page.locator("#share-link").count(), 0, "no broken link is offered");
  await page.selectOption(".lang-switch select", "zh-CN");
  assert.equal(await note.textContent(), "程序太长，无法放进链接");

  const hostile = "print('<img src=x onerror=alert(1)>')\n# </textarea><script>alert(2)</script>\n";
  const code = Buffer.from(hostile, "utf8").toString("base64url");
  const { page: opened } = await openPage(`${server.url}#v1;lang=en;clock=<script>;speed=<b>;at=1;code=${code}`);
  opened.on("pageerror", (error) => errors.push(String(error)));
  assert.equal(await opened.inputValue("#source"), hostile);
  await opened.locator("#output .out-line").first().waitFor();
  assert.deepEqual(await printed(opened), ["<img src=x onerror=alert(1)>"]);
  assert.equal(await opened.locator("img").count(), 0, "no markup from the link");
  assert.equal(await opened.evaluate(() => [...document.scripts].filter((s) => s.textContent.includes("alert")).length), 0);
  assert.equal(await opened.inputValue("#mode"), "virtual", "an unreadable clock is left at its default");
  assert.deepEqual(errors, []);
});

test("Timeline SVG downloads the whole timeline as SVG with a lane per task; Output text downloads what was printed", async () => {
  const { page, errors } = await openPage();
  assert.ok(await page.locator("#export-svg").isDisabled(), "nothing to export before a run");
  assert.ok(await page.locator("#export-text").isDisabled());
  await page.click("#run");
  await page.locator("#output .out-line").first().waitFor();
  const { readFile } = await import("node:fs/promises");
  const [svgDownload] = await Promise.all([page.waitForEvent("download"), page.click("#export-svg")]);
  assert.equal(svgDownload.suggestedFilename(), "looplab-timeline.svg");
  const svg = await readFile(await svgDownload.path(), "utf8");
  const lanes = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    if (doc.querySelector("parsererror")) return null;
    return [...doc.querySelectorAll("g.lane")].map((g) => g.getAttribute("data-name"));
  }, svg);
  assert.ok(lanes, "the SVG parses as XML");
  assert.deepEqual(lanes.slice(0, 5), ["event loop", "Task-1 main()", "Task-2 count_down()", "Task-3 count_down()", "Task-4 count_down()"]);
  const drawn = Number((await page.locator("#timeline-canvas").getAttribute("aria-label")).match(/of (\d+) lanes/)[1]);
  assert.equal(lanes.length, drawn, "every lane of the page's timeline, asyncio.run's own tasks included");
  await writeFile(join(shots, "timeline-export.svg"), svg);

  const [textDownload] = await Promise.all([page.waitForEvent("download"), page.click("#export-text")]);
  assert.equal(textDownload.suggestedFilename(), "looplab-output.txt");
  const text = await readFile(await textDownload.path(), "utf8");
  assert.equal(text, (await printed(page)).map((line) => `${line}\n`).join(""), "the text is the printed output");
  assert.deepEqual(withoutRules(text.trimEnd().split("\n")), COUNTDOWN);

  await page.selectOption(".lang-switch select", "zh-CN");
  assert.equal((await page.locator("#export-svg").textContent()).trim(), "时间线 SVG");
  assert.equal((await page.locator("#export-text").textContent()).trim(), "输出文本");
  assert.deepEqual(errors, []);
});

test("embed mode (?embed=1) shows only the editor, Run and the timeline, in English and 中文, and remembers nothing", async () => {
  const context = await browser.newContext({ viewport: { width: 900, height: 600 }, locale: "en-US" });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto(`${server.url}?embed=1`);
  await page.waitForSelector("#source");
  for (const hidden of [".site-header", ".player", "#gallery", ".share-bar", ".knobs", ".output-pane", "#inspector"]) {
    assert.equal(await page.locator(hidden).count(), 0, `${hidden} is not in an embedded page`);
  }
  assert.equal((await page.locator("#run").textContent()).trim(), "▶ Run");
  await page.fill("#source", "import asyncio\n\nasync def nap(n):\n    await asyncio.sleep(n)\n\nasync def main():\n    await asyncio.gather(nap(0.1), nap(0.2))\n\nasyncio.run(main())\n");
  await page.click("#run");
  const canvas = page.locator("#timeline-canvas");
  await canvas.waitFor();
  const lanes = Number((await canvas.getAttribute("aria-label")).match(/^Timeline of (\d+) lanes/)[1]);
  assert.ok(lanes >= 4, `the loop, main and the two naps at least: ${lanes}`);
  for (const shown of [".editor-pane", "#timeline"]) await inView(page, shown, 900, 600);
  await page.screenshot({ path: join(shots, "embed.png") });

  const code = Buffer.from("import asyncio\nasyncio.run(asyncio.sleep(0.5))\n", "utf8").toString("base64url");
  await page.goto("about:blank");
  await page.goto(`${server.url}?embed=1#v1;lang=zh;code=${code}`);
  await page.waitForSelector("#source");
  assert.equal((await page.locator("#run").textContent()).trim(), "▶ 运行");
  await page.locator("#timeline-canvas").waitFor();
  assert.match(await page.locator("#timeline-canvas").getAttribute("aria-label"), /^时间线/, "a link runs at once in an embed");
  await page.screenshot({ path: join(shots, "embed-zh.png") });

  await page.goto(server.url);
  await page.waitForSelector("#source");
  assert.match(await page.inputValue("#source"), /async def count_down\(name, delay, start\):/, "the full page keeps its own program");
  assert.equal(await page.getAttribute("html", "lang"), "en", "and its own language");
  await page.fill("#source", "print('my own')\n");
  await page.goto(`${server.url}?embed=1`);
  await page.waitForSelector("#source");
  assert.match(await page.inputValue("#source"), /async def count_down/, "an embed never shows the learner's own program");
  await context.close();
  assert.deepEqual(errors, []);
});

test("at 1366×768 splitters resize the panels (mouse and keyboard), a collapsed panel gives its room away, and the layout is remembered", async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: "en-US" });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto(server.url);
  await page.waitForSelector("#source");
  await page.click("#run");
  await page.locator("#output .out-line").first().waitFor();
  const PANELS = [".editor-pane", "#timeline", "#inspector", ".output-pane"];
  const box = (selector) => page.locator(selector).boundingBox();
  for (const selector of PANELS) await inView(page, selector, 1366, 768);

  // The splitter between the columns, by keyboard: → twice widens the left column.
  const columns = page.locator(".splitter-v");
  const editorWidth = (await box(".editor-pane")).width;
  await columns.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  assert.equal(await columns.getAttribute("aria-valuenow"), "70");
  assert.ok((await box(".editor-pane")).width > editorWidth + 100, "the left column is wider");
  // … and by mouse: dragged 200 px left, it narrows.
  const bar = await columns.boundingBox();
  await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2);
  await page.mouse.down();
  await page.mouse.move(bar.x + bar.width / 2 - 200, bar.y + bar.height / 2, { steps: 5 });
  await page.mouse.up();
  const dragged = Number(await columns.getAttribute("aria-valuenow"));
  assert.ok(dragged >= 52 && dragged <= 58, `dragged to ${dragged}%`);

  // The splitter between the output and the inspector, by keyboard.
  const right = page.locator(".side .splitter-h");
  const outputHeight = (await box(".output-pane")).height;
  await right.focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  assert.ok((await box(".output-pane")).height > outputHeight + 20, "the output is taller");
  for (const selector of PANELS) await inView(page, selector, 1366, 768);
  await page.screenshot({ path: join(shots, "resized-1366x768.png") });

  // Collapsing the inspector gives its room to the output; the timeline's to the editor.
  const before = { output: (await box(".output-pane")).height, editor: (await box(".editor-pane")).height };
  const inspectorFold = page.locator("#inspector .collapse");
  assert.equal(await inspectorFold.getAttribute("aria-label"), "Collapse: Inspector");
  await inspectorFold.click();
  assert.equal(await inspectorFold.getAttribute("aria-expanded"), "false");
  assert.ok((await box("#inspector")).height < 60, "only the inspector's title bar is left");
  assert.ok((await box(".output-pane")).height > before.output + 100, "the output took the inspector's room");
  await page.locator("#timeline .collapse").click();
  assert.ok((await box(".editor-pane")).height > before.editor + 80, "the editor took the timeline's room");
  for (const selector of ["#inspector", "#timeline"]) {
    const b = await box(selector);
    assert.ok(b && b.y + b.height <= 768, `${selector}'s title bar stays in view`);
  }
  await page.screenshot({ path: join(shots, "collapsed-1366x768.png") });

  // Remembered across a reload; the Chinese labels name the panels.
  await page.reload();
  await page.waitForSelector("#source");
  assert.equal(await page.locator("#inspector .collapse").getAttribute("aria-expanded"), "false");
  assert.ok((await box("#inspector")).height < 60);
  await page.selectOption("#lang", "zh-CN");
  assert.equal(await page.locator("#inspector .collapse").getAttribute("aria-label"), "展开:检查器");
  await page.locator("#inspector .collapse").click();
  assert.ok((await box("#inspector")).height > 60, "open again");

  // The phone layout stays stacked: no splitters.
  await page.setViewportSize({ width: 390, height: 844 });
  assert.equal(await page.locator(".splitter").first().isVisible(), false);
  await context.close();
  assert.deepEqual(errors, []);
});

test("run-diff: after a knob change the lines whose time or place changed say what they were, in English and 中文", async () => {
  const { page, errors } = await openPage();
  await page.click("#run");
  await page.locator("#output .out-line").first().waitFor();
  assert.equal(await page.locator("#output .out-line.changed").count(), 0, "a first run has nothing to compare");
  const box = page.locator(".knob", { hasText: "('C', 0.5)" }).locator(".knob-number");
  await box.fill("0.3");
  await box.press("Enter");
  await page.locator("#output .out-text", { hasText: "0.3000" }).waitFor();
  const was = async (text) => page.locator("#output .out-line", { hasText: text }).locator(".was").textContent();
  assert.equal(await was("C = 3"), "was 0.500 s");
  assert.equal(await was("C = 1"), "was 1.500 s");
  assert.match(await was("B = 3"), /^was line \d+$/, "B = 3 kept its time but C's lines passed it");
  assert.equal(await page.locator("#output .out-line", { hasText: "A = 1" }).locator(".was").count(), 0, "unchanged lines are not marked");
  await page.locator(".output-pane").screenshot({ path: join(shots, "run-diff.png") });
  await page.selectOption("#lang", "zh-CN");
  assert.equal(await was("C = 3"), "原为 0.500 秒");
  await page.click("#run");
  await page.locator("#output .out-line.changed").first().waitFor({ state: "detached" });
  assert.equal(await page.locator("#output .out-line.changed").count(), 0, "Run again: no diff");
  assert.deepEqual(errors, []);
});

test("Unicode tables load on demand: \\N{...} names and identifier NFKC are fetched only for a program that needs them; a misspelt name is CPython's SyntaxError; without a table the run says why", async () => {
  const NAMES = "/unicode-names.txt";
  const NFKC = "/nfkc.txt";
  const { page, errors } = await openPage();
  await page.fill("#source", '# 倒计时\nimport asyncio\n\nasync def 主():\n    await asyncio.sleep(0.1)\n    print("完成，")\n\nasyncio.run(主())\n');
  await page.click("#run");
  await page.locator("#output .out-text", { hasText: "完成" }).waitFor();
  assert.ok(!server.requested.includes(NAMES), "a program without \\N{...} never downloads the names");
  assert.ok(!server.requested.includes(NFKC), "CJK and ASCII identifiers need no NFKC table");

  await page.fill(
    "#source",
    'import asyncio\n\nasync def main():\n    await asyncio.sleep(0.1)\n    print("2020\\N{EN DASH}2024 \\N{em dash} \\N{HANGUL SYLLABLE HAN}\\N{CJK UNIFIED IDEOGRAPH-4E2D}")\n\nasyncio.run(main())\n',
  );
  await page.click("#run");
  await page.locator("#output .out-text", { hasText: "2020" }).waitFor();
  assert.deepEqual(await printed(page), ["2020\u20132024 \u2014 \ud55c\u4e2d"]);
  assert.ok(server.requested.includes(NAMES), "the names were fetched for it");

  await page.fill("#source", "\ufb01le = 'ligature'\n\uff43\uff4f\uff55\uff4e\uff54 = 3\nprint(file, count)\n");
  await page.click("#run");
  await page.locator("#output .out-text", { hasText: "ligature" }).waitFor();
  assert.deepEqual(await printed(page), ["ligature 3"]);
  assert.ok(server.requested.includes(NFKC), "the NFKC table was fetched for it");

  await page.fill("#source", 'print("before")\ngreeting = "caf\\N{LATIN SMALL LETTER E ACUTE}"\n');
  await page.click("#run");
  const report = page.locator("#output .traceback");
  await report.waitFor();
  assert.equal(
    await report.textContent(),
    '  File "main.py", line 2\n    greeting = "caf\\N{LATIN SMALL LETTER E ACUTE}"\n                                                  ^\n' +
      "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 3-32: unknown Unicode character name\n",
  );
  assert.deepEqual(errors, []);

  const bare = await serve(dist, { missing: [NAMES] });
  try {
    const { page: offline, errors: offlineErrors } = await openPage(bare.url);
    await offline.fill("#source", 'print("\\N{EM DASH}")\n');
    await offline.click("#run");
    const why = offline.locator("#output .traceback");
    await why.waitFor();
    assert.match(await why.textContent(), /^looplab could not load the Unicode character names that \\N\{\.\.\.\} escapes need \(unicode-names\.txt: HTTP 404\)/);
    assert.deepEqual(offlineErrors, []);
  } finally {
    bare.close();
  }
});

test("the await graph is drawn: clicking a task's box (or Enter on it) selects its lane on the timeline and its line in the editor, in English and 中文", async () => {
  const { page, errors } = await openPage();
  await page.click("#run");
  await page.locator("#output .out-line", { hasText: "1.0000 \tA = 3" }).click();
  const svg = page.locator("#await-svg");
  await svg.waitFor();
  // Task-1 → wait([...]) → Task-2..4 → their sleeps: boxes for each.
  const boxes = await svg.locator("g.ag-node").evaluateAll((gs) => gs.map((g) => g.querySelector("text").textContent));
  for (const name of ["Task-1", "Task-2", "Task-3", "Task-4", "wait([Task-2, Task-3, Task…", "sleep(0.8) until 1.600"]) {
    assert.ok(boxes.includes(name), `${name} in ${boxes.join(" | ")}`);
  }
  assert.ok((await svg.locator("path.ag-link").count()) >= 6, "arrows from waiters to what they await");
  await svg.locator('g.ag-task[data-task="Task-3"]').click();
  const picked = await page.locator(".ag-scroll").getAttribute("data-selected");
  assert.equal(await svg.locator('g.ag-task[data-task="Task-3"]').getAttribute("id"), `ag-n${picked}`);
  assert.match(await page.locator("#timeline-canvas").getAttribute("data-selected-lane"), /^Task-3 count_down\(\)/);
  assert.equal(await page.locator(".selected-band").getAttribute("data-line"), "10");
  assert.equal(await page.locator(".line-number.selected").textContent(), "10");
  assert.match(await page.locator("#tasks .task.selected").textContent(), /Task-3/);
  await page.screenshot({ path: join(shots, "await-graph-selected.png") });
  // The keyboard: Tab to a box, Enter selects it.
  await svg.locator('g.ag-task[data-task="Task-1"]').focus();
  await page.keyboard.press("Enter");
  assert.match(await page.locator("#timeline-canvas").getAttribute("data-selected-lane"), /^Task-1 main\(\)/);
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("data-task")), "Task-1", "the box keeps the focus");
  assert.equal(await page.locator(".selected-band").getAttribute("data-line"), "21");
  await page.selectOption("#lang", "zh-CN");
  assert.match(await svg.getAttribute("aria-label"), /等待关系图/);
  assert.match(await svg.locator('g.ag-task[data-task="Task-2"]').getAttribute("aria-label"), /选中/);
  await page.locator(".ag-scroll").scrollIntoViewIfNeeded();
  await page.locator("#inspector").screenshot({ path: join(shots, "await-graph-zh.png") });
  assert.deepEqual(errors, []);
});

test("the await graph of 10,000 tasks groups equal waits into one box", async () => {
  const { page, errors } = await openPage();
  await page.fill("#source", [
    "import asyncio",
    "",
    "async def nap(i):",
    "    await asyncio.sleep(1 + i % 50 / 100)",
    "",
    "async def main():",
    "    await asyncio.gather(*(nap(i) for i in range(10000)))",
    "",
    "asyncio.run(main())",
    "",
  ].join("\n"));
  await page.click("#run");
  await page.locator("#scrubber").fill("2");
  const svg = page.locator("#await-svg");
  await svg.waitFor();
  assert.ok((await svg.locator("g.ag-node").count()) <= 40, "a few dozen boxes at most");
  assert.match(await svg.locator("g.ag-group").getAttribute("aria-label"), /^9,997 tasks waiting on sleep\(…\)$/);
  await page.locator(".ag-scroll").scrollIntoViewIfNeeded();
  await page.locator(".ag-scroll").screenshot({ path: join(shots, "await-graph-10k.png") });
  assert.deepEqual(errors, []);
});

const BLOCKING_COUNTDOWN = [
  "import asyncio",
  "import time",
  "",
  "",
  "async def count_down(name, delay, start):",
  "    n = 2",
  "    while n:",
  "        time.sleep(delay)  # oops: blocks the loop",
  "        print(f'{time.perf_counter() - start:.4f} {name} = {n}')",
  "        n -= 1",
  "        await asyncio.sleep(0)",
  "",
  "",
  "async def main():",
  "    start = time.perf_counter()",
  "    asyncio.get_running_loop().call_later(0.2, print, 'timer for 0.2')",
  "    await asyncio.gather(count_down('A', 0.5, start), count_down('B', 0.05, start))",
  "",
  "",
  "asyncio.run(main())",
  "",
].join("\n");

test("a step that blocks the loop is flagged without debug mode: CPython's warning in the inspector, a mark on the timeline, the timer it made late, in English and 中文", async () => {
  const { page, errors } = await openPage();
  await page.fill("#source", BLOCKING_COUNTDOWN);
  await page.click("#run");
  await page.locator("#output .out-line").first().waitFor();
  assert.equal(await page.locator("#timeline-canvas").getAttribute("data-slow-marks"), "2");
  assert.match(await page.locator(".timeline-legend").textContent(), /slow step/);
  const end = Number(await page.locator("#scrubber").getAttribute("max"));
  let found = -1;
  for (let p = 0; p <= end && found < 0; p++) {
    await page.locator("#scrubber").fill(String(p));
    if (await page.locator("#slow-steps").count()) found = p;
  }
  assert.ok(found >= 0, "a moment with a slow step");
  const slow = page.locator("#slow-steps");
  assert.match(await slow.locator(".slow-message").first().textContent(),
    /^Executing <Task pending name='Task-2' coro=<count_down\(\) running at main\.py:11>> took 0\.500 seconds$/);
  assert.match(await slow.textContent(), /made print\('timer for 0\.2'\) fire 350\.0 ms late/);
  await page.locator("#inspector").screenshot({ path: join(shots, "slow-step.png") });
  // The next moment runs the late timer, and says why it is late.
  await page.locator("#scrubber").fill(String(found + 1));
  const late = page.locator("#inspector .fired li.made-late");
  assert.match(await late.textContent(), /print\('timer for 0\.2'\).*fired 350\.0 ms late.*because Task\.__step\(Task-2\) held the loop/);
  await page.locator("#scrubber").fill(String(found));
  await page.selectOption("#lang", "zh-CN");
  assert.match(await page.locator("#inspector").textContent(), /慢步骤/);
  assert.match(await page.locator("#slow-steps").textContent(), /Executing <Task pending/);
  assert.match(await page.locator(".timeline-legend").textContent(), /慢步骤/);
  await page.screenshot({ path: join(shots, "slow-step-zh.png") });
  assert.deepEqual(errors, []);
});

/** The countdown's lines as it prints them: a rule before each. */
const COUNTDOWN_PRINTED = COUNTDOWN.flatMap((line) => ["-".repeat(40), line]);

/** The shuffled lines' texts, in the learner's order. */
async function dealt(page) {
  return page.locator(".predict-line .out-text").allTextContents();
}

/** Puts the first `count` places right with the keyboard: focus a line, Alt+↑ until it is there. */
async function orderWithKeys(page, count) {
  for (let place = 0; place < count; place++) {
    const lines = await dealt(page);
    const at = lines.findIndex((text, i) => i >= place && text === COUNTDOWN_PRINTED[place]);
    await page.locator(`#predict-${at}`).focus();
    for (let i = at; i > place; i--) await page.keyboard.press("Alt+ArrowUp");
    assert.equal(await page.evaluate(() => document.activeElement.id), `predict-${place}`, "the moved line keeps the focus");
  }
}

async function predictThenReveal(lang) {
  const { page, errors } = await openPage();
  if (lang === "zh") await page.selectOption("#lang", "zh-CN");
  const words = lang === "zh"
    ? { toggle: "预测", up: "上移", score: /^20 行中有 (\d+) 行位置正确 · 光标停在你第一处错误的时刻。$/, wrong: "错误：你放的是", veil: "揭晓之前，时间线和检查器是隐藏的。" }
    : { toggle: "Predict", up: "Move up", score: /^(\d+) of 20 lines in the right place · The cursor is at the moment of your first mistake\.$/, wrong: "wrong: you put", veil: "The timeline and the inspector are hidden until you reveal." };
  assert.equal((await page.locator(".predict-toggle").textContent()).trim(), words.toggle);
  await page.check("#predict");
  await page.click("#run");
  await page.locator(".predict-line").first().waitFor();

  const shuffled = await dealt(page);
  assert.equal(shuffled.length, COUNTDOWN_PRINTED.length);
  assert.deepEqual([...shuffled].sort(), [...COUNTDOWN_PRINTED].sort(), "the same lines");
  assert.notDeepEqual(shuffled, COUNTDOWN_PRINTED, "not in the true order");
  assert.equal(await page.locator("#output .out-line").count(), 0, "no line shows when it was printed");
  assert.equal(await page.locator(".veil-note").textContent(), words.veil);
  assert.equal(await page.locator("#timeline-canvas").isVisible(), false, "the timeline is hidden");
  assert.equal(await page.locator("#tasks").isVisible(), false, "the inspector is hidden");
  assert.ok(await page.locator("#export-text").isDisabled(), "the output text would give it away");
  assert.equal(await page.locator("#predict-1 button").first().getAttribute("aria-label"), words.up);
  // Playing the recording reveals nothing in the output panel.
  await page.locator("#scrubber").fill("3");
  assert.deepEqual(await dealt(page), shuffled);

  // Drag and drop: the third line onto the first place (both in view, so
  // that nothing scrolls while the button is down).
  await page.locator("#predict-2").scrollIntoViewIfNeeded();
  await page.locator("#predict-2").dragTo(page.locator("#predict-0"));
  assert.deepEqual(await dealt(page), [shuffled[2], ...shuffled.slice(0, 2), ...shuffled.slice(3)], "dropped at the first place");

  const fixed = lang === "zh" ? 6 : 3;
  await orderWithKeys(page, fixed);
  const ordered = await dealt(page);
  assert.deepEqual(ordered.slice(0, fixed), COUNTDOWN_PRINTED.slice(0, fixed));
  const mistake = ordered.findIndex((text, i) => text !== COUNTDOWN_PRINTED[i]);
  assert.ok(mistake >= fixed, `the first mistake is after the lines put right: ${mistake}`);
  await page.screenshot({ path: join(shots, `predict-${lang}.png`) });

  await page.click("#reveal");
  await page.locator("#predict-score").waitFor();
  assert.deepEqual(await printed(page), COUNTDOWN_PRINTED, "the true order");
  const marks = await page.locator("#output .out-line").evaluateAll((lines) => lines.map((l) => l.classList.contains("right")));
  assert.deepEqual(marks, ordered.map((text, i) => text === COUNTDOWN_PRINTED[i]), "each line marked right or wrong");
  const right = marks.filter(Boolean).length;
  assert.equal(Number((await page.locator("#predict-score").textContent()).match(words.score)[1]), right);
  const wrongLine = page.locator("#output .out-line").nth(mistake);
  assert.ok((await wrongLine.locator(".was").textContent()).startsWith(`${words.wrong}`));
  assert.equal(await wrongLine.locator(".mark").textContent(), "✗");

  // The cursor is where the first wrong line was printed, as a click on it puts it.
  const stamp = (await wrongLine.locator(".stamp").textContent()).replace(/s$/, "");
  const moment = await page.locator("#moment").textContent();
  assert.ok(moment.startsWith(`t = ${stamp} s · `), `${moment} at ${stamp}`);
  assert.equal(await wrongLine.evaluate((l) => l.classList.contains("future")), false);
  assert.ok(await page.locator("#timeline-canvas").isVisible(), "the timeline is back");
  await wrongLine.click();
  assert.equal(await page.locator("#moment").textContent(), moment);
  await page.screenshot({ path: join(shots, `predict-revealed-${lang}.png`) });
  assert.deepEqual(errors, []);
  await page.context().close();
}

test("predict, then reveal: the countdown dealt shuffled, ordered by drag and keyboard, revealed with marks at the first mistake", () =>
  predictThenReveal("en"));

test("predict, then reveal in 中文", () => predictThenReveal("zh"));

test("a share link opens straight into predict mode; a hostile program's lines stay text", async () => {
  const { page, errors } = await openPage();
  await page.check("#predict");
  await page.click("#share");
  const link = await page.inputValue("#share-link");
  assert.match(link, /;predict=1;code=/);

  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: "en-US" });
  const fresh = await context.newPage();
  fresh.on("pageerror", (error) => errors.push(String(error)));
  await fresh.goto(link.replace("lang=en", "lang=zh"));
  await fresh.locator(".predict-line").first().waitFor();
  assert.ok(await fresh.locator("#predict").isChecked());
  assert.equal(await fresh.locator(".predict-line").count(), COUNTDOWN_PRINTED.length);
  assert.equal((await fresh.locator("#reveal").textContent()).trim(), "揭晓");

  const hostile = "print('<img src=x onerror=alert(1)>')\nprint('</li><script>alert(2)</script>')\n";
  const code = Buffer.from(hostile, "utf8").toString("base64url");
  await fresh.goto("about:blank");
  await fresh.goto(`${server.url}#v1;predict=1;lang=en;code=${code}`);
  await fresh.locator(".predict-line").first().waitFor();
  assert.deepEqual(await dealt(fresh), ["</li><script>alert(2)</script>", "<img src=x onerror=alert(1)>"]);
  assert.equal(await fresh.locator("img").count(), 0, "no markup from the link");
  assert.equal(await fresh.evaluate(() => [...document.scripts].filter((s) => s.textContent.includes("alert")).length), 0);
  await context.close();
  assert.deepEqual(errors, []);
});

test("the timeline's clock ticks label seconds at a readable step, follow the zoom, and speak 中文", async () => {
  const { page, errors } = await openPage();
  await page.fill("#source", "import asyncio\n\nasync def main():\n    for i in range(4):\n        await asyncio.sleep(0.5)\n        print(i)\n\nasyncio.run(main())\n");
  await page.click("#run");
  await page.locator("#moment").waitFor();
  const ticks = () => page.locator("#timeline-ticks li").allTextContents();
  // A finished run still says where the cursor is, beside "finished".
  await page.locator("#run-status", { hasText: "finished" }).waitFor();
  assert.match(await page.locator("#moment").textContent(), /^t = \d+\.\d{3} s · iteration \d+ of \d+/);
  assert.equal((await page.locator("#run-status").textContent()).trim(), "finished");
  const whole = await ticks();
  assert.ok(whole.includes("0.0 s") && whole.includes("1.0 s"), `ticks over the whole run: ${whole}`);
  assert.ok(whole.every((t) => /^\d+\.\d+ s$/.test(t)), `labels read like 0.5 s: ${whole}`);
  for (let i = 0; i < 4; i++) await page.locator(".timeline-tools button", { hasText: "+" }).click();
  const zoomed = await ticks();
  assert.ok(zoomed.length > 0 && zoomed.join() !== whole.join(), `zooming in changes the ticks: ${whole} → ${zoomed}`);
  await page.selectOption("#lang", "zh-CN");
  assert.equal(await page.locator("#timeline-ticks").getAttribute("aria-label"), "时钟刻度");
  await page.screenshot({ path: join(shots, "timeline-ticks.png"), fullPage: true });
  assert.deepEqual(errors, []);
});

/** Where the loop lane's iteration marks (its running spans) start on the
 *  timeline's canvas, in CSS pixels from the canvas's left edge. */
async function loopMarks(page) {
  return page.locator("#timeline-canvas").evaluate((canvas) => {
    const ratio = canvas.width / canvas.clientWidth;
    const row = canvas.getContext("2d").getImageData(0, Math.round(36 * ratio), canvas.width, 1).data;
    const starts = [];
    let inside = false;
    for (let x = Math.ceil(120 * ratio); x < canvas.width; x++) {
      const p = row.slice(x * 4, x * 4 + 3);
      const running = Math.abs(p[0] - 0x2f) <= 2 && Math.abs(p[1] - 0x6f) <= 2 && Math.abs(p[2] - 0xed) <= 2;
      if (running && !inside) starts.push(x / ratio);
      inside = running;
    }
    return starts;
  });
}

test("the timeline's spacing switch: one column per iteration or by time, keeping the moment; remembered, shared, and in 中文", async () => {
  const { page, errors } = await openPage();
  await page.click("#run");
  await page.locator("#output .out-line").first().waitFor();
  const spacing = page.locator("#timeline-spacing");
  assert.equal(await spacing.inputValue(), "time", "time-proportional at first");
  assert.equal(await spacing.getAttribute("aria-label"), "Spacing of the loop iterations");
  const ticks = () => page.locator("#timeline-ticks li").allTextContents();
  const gaps = (starts) => starts.slice(1).map((x, i) => x - starts[i]);
  // The cursor is at the run's end, right of every mark.
  const iterations = Number((await page.locator("#moment").textContent()).match(/of (\d+)/)[1]);
  const byTime = { marks: await loopMarks(page), ticks: await ticks() };
  assert.equal(byTime.marks.length, iterations, `a mark per iteration: ${byTime.marks}`);
  const timeGaps = gaps(byTime.marks);
  assert.ok(Math.max(...timeGaps) > 3 * Math.min(...timeGaps), `the waits are wider than the turns: ${timeGaps}`);

  await spacing.selectOption("iteration");
  const marks = await loopMarks(page);
  assert.equal(marks.length, iterations, `a column per iteration: ${marks}`);
  const columns = gaps(marks);
  assert.ok(Math.max(...columns) - Math.min(...columns) <= 1.5, `evenly spaced: ${columns}`);
  const perIteration = await ticks();
  assert.notDeepEqual(perIteration, byTime.ticks, "the ticks follow the spacing");
  assert.ok(perIteration.includes("0.0 s") && perIteration.includes("3.0 s"), `the clock labels the columns: ${perIteration}`);

  await spacing.focus();
  await page.keyboard.press("ArrowUp");
  assert.equal(await spacing.inputValue(), "time", "the keyboard switches it too");
  assert.deepEqual(await loopMarks(page), byTime.marks, "back to the same picture");
  await page.locator("#scrubber").fill("8");
  const moment = await page.locator("#moment").textContent();
  await page.screenshot({ path: join(shots, "timeline-spacing-time.png"), fullPage: true });
  await spacing.focus();
  await page.keyboard.press("ArrowDown");
  assert.equal(await spacing.inputValue(), "iteration");
  assert.equal(await page.locator("#moment").textContent(), moment, "the cursor stays on the same iteration (the arrow key did not step the player)");
  await page.screenshot({ path: join(shots, "timeline-spacing-iteration.png"), fullPage: true });

  await page.click("#share");
  assert.match(await page.inputValue("#share-link"), /;spacing=iteration;/, "a link carries the spacing");
  await page.goto("about:blank");
  await page.goto(server.url);
  await page.waitForSelector("#source");
  await page.click("#run");
  await page.locator("#output .out-line").first().waitFor();
  assert.equal(await spacing.inputValue(), "iteration", "remembered across a reload");
  assert.deepEqual(await loopMarks(page), marks, "the new run is drawn a column per iteration");

  await page.selectOption("#lang", "zh-CN");
  assert.equal(await spacing.getAttribute("aria-label"), "循环迭代的间距");
  assert.deepEqual(await spacing.locator("option").allTextContents(), ["按时间", "每轮一列"]);
  await page.locator("#timeline").screenshot({ path: join(shots, "timeline-spacing-zh.png") });
  assert.deepEqual(errors, []);
});
