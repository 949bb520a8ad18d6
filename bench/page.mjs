// A benchmark of the built page (not a test): time to interactive, and how long
// Run takes on a tutorial program and on 10,000 tasks, in Debian's Chromium.
//
//   trunk build --release --offline && node bench/page.mjs
//
// Prints one line per measure, median of five runs, in milliseconds.
import { chromium } from "../tests/e2e/node_modules/playwright-core/index.mjs";
import { serve } from "../tests/e2e/serve.mjs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const RUNS = 5;

const TEN_THOUSAND_TASKS = `import asyncio

async def worker(i):
    await asyncio.sleep((i % 10) / 10)
    return i

async def main():
    results = await asyncio.gather(*(worker(i) for i in range(10000)))
    print(len(results), sum(results))

asyncio.run(main())
`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await serve(join(root, "dist"));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

async function measure(name, fn) {
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push(await fn());
  console.log(`${name.padEnd(52)} ${median(times).toFixed(0).padStart(6)} ms`);
}

async function freshPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  return context.newPage();
}

async function runAndWait(page, source, expectLine) {
  await page.fill("#source", source);
  const t0 = await page.evaluate(() => performance.now());
  await page.click("#run");
  await page.locator("#output .out-text", { hasText: expectLine }).first().waitFor();
  return (await page.evaluate(() => performance.now())) - t0;
}

await measure("time to interactive (load → editor ready)", async () => {
  const page = await freshPage();
  const t0 = Date.now();
  await page.goto(server.url);
  await page.waitForSelector("#source");
  const t = Date.now() - t0;
  await page.context().close();
  return t;
});

await measure("Run the seed countdown (output shown)", async () => {
  const page = await freshPage();
  await page.goto(server.url);
  await page.waitForSelector("#source");
  const source = await page.inputValue("#source");
  const t = await runAndWait(page, source, "Done");
  await page.context().close();
  return t;
});

await measure("Run 10,000 tasks with gather (output shown)", async () => {
  const page = await freshPage();
  await page.goto(server.url);
  await page.waitForSelector("#source");
  const t = await runAndWait(page, TEN_THOUSAND_TASKS, "10000 49995000");
  await page.context().close();
  return t;
});

await measure("Step back once on 10,000 tasks (inspector updated)", async () => {
  const page = await freshPage();
  await page.goto(server.url);
  await page.waitForSelector("#source");
  await runAndWait(page, TEN_THOUSAND_TASKS, "10000 49995000");
  const before = await page.locator("#moment").textContent();
  const t0 = await page.evaluate(() => performance.now());
  await page.click("#step-back");
  await page.waitForFunction((b) => document.querySelector("#moment").textContent !== b, before);
  await page.locator("#inspector").waitFor();
  const t = (await page.evaluate(() => performance.now())) - t0;
  await page.context().close();
  return t;
});

/** Frames per second while the recording plays at 4× (requestAnimationFrame count over 2 s). */
async function playbackFps(source, expectLine) {
  const page = await freshPage();
  await page.goto(server.url);
  await page.waitForSelector("#source");
  await runAndWait(page, source, expectLine);
  await page.selectOption("#speed", "4");
  await page.click("#play");
  const fps = await page.evaluate(() => new Promise((resolve) => {
    let frames = 0;
    const t0 = performance.now();
    const tick = () => {
      frames++;
      if (performance.now() - t0 < 2000) requestAnimationFrame(tick);
      else resolve(frames / ((performance.now() - t0) / 1000));
    };
    requestAnimationFrame(tick);
  }));
  await page.context().close();
  return fps;
}

const HUNDRED_THOUSAND_EVENTS = `import asyncio

async def ping(i):
    for _ in range(5):
        await asyncio.sleep(0.01 * (i % 7))

async def main():
    await asyncio.gather(*(ping(i) for i in range(2500)))
    print('done')

asyncio.run(main())
`;

async function measureFps(name, fn) {
  const xs = [];
  for (let i = 0; i < 3; i++) xs.push(await fn());
  console.log(`${name.padEnd(52)} ${median(xs).toFixed(0).padStart(6)} fps`);
}

await measureFps("playing 10,000 tasks at 4× (timeline + inspector)", () => playbackFps(TEN_THOUSAND_TASKS, "10000 49995000"));
await measureFps("playing ~100,000 trace events at 4×", () => playbackFps(HUNDRED_THOUSAND_EVENTS, "done"));

await browser.close();
server.close();
