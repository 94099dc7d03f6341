import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

/** `npm run dev` as an editor uses it, on its own port and a copy of the fixture content. */
test.describe("editing with npm run dev", () => {
  test.describe.configure({ mode: "serial", timeout: 180_000 });
  let server: ChildProcess;
  let contentDir: string;
  let origin: string;

  const freePort = () =>
    new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    contentDir = mkdtempSync(path.join(tmpdir(), "dev-preview-"));
    cpSync(path.join("tests", "fixtures", "valid"), contentDir, { recursive: true });
    cpSync(path.join("tests", "fixtures", "broken", "articles", "unknown-kind.md"), path.join(contentDir, "articles", "unknown-kind.md"));
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = spawn("npx", ["next", "dev", "-p", String(port), "-H", "127.0.0.1"], {
      env: { ...process.env, CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "development" },
      detached: true,
      stdio: "ignore",
    });
    for (let attempt = 0; attempt < 300; attempt += 1) {
      const up = await fetch(origin).then(
        () => true,
        () => false,
      );
      if (up) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error("next dev did not start within 150 s");
  });

  test.afterAll(() => {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
    rmSync(contentDir, { recursive: true, force: true });
  });

  test("a broken article shows its problems as file:line:col while other pages keep working", async ({ page }) => {
    await page.goto(`${origin}/articles/unknown-kind`);
    const problems = page.getByTestId("content-problems");
    await expect(problems).toContainText("这篇文章有错误，暂时无法显示");
    await expect(problems).toContainText(
      /articles\/unknown-kind\.md:9:7: error: 未知的章节类型 "negotation"：你是不是想写 "negotiation"？/,
    );

    await page.goto(`${origin}/articles/complete-guide`);
    await expect(page.locator("h1")).toHaveText("借呗逾期测试指南");
    await page.goto(`${origin}/`);
    await expect(page.getByTestId("content-problems")).toContainText("unknown-kind.md:9:7");
    await expect(page.getByTestId("article-list")).toContainText("借呗逾期测试指南");
  });

  test("drafts show in the preview", async ({ page }) => {
    await page.goto(`${origin}/articles/draft-article`);
    await expect(page.locator("h1")).toHaveText("还没写完的草稿");
  });

  test("a situation whose target breaks shows its problem on the home page, the others stay, and a fix shows on reload", async ({
    page,
  }) => {
    const file = path.join(contentDir, "situations.yaml");
    const original = readFileSync(file, "utf8");
    writeFileSync(file, original.replace("/articles/complete-guide#process", "/articles/complete-guide#proces"));
    await page.goto(`${origin}/`);
    await expect(page.getByTestId("content-problems")).toContainText(
      /situations\.yaml:\d+:\d+: error: 链接 "\/articles\/complete-guide#proces" 的 #proces 在文章 complete-guide 里不存在/,
    );
    await expect(page.getByTestId("situations").getByRole("link")).toHaveCount(5);
    writeFileSync(file, original);
    await page.goto(`${origin}/`);
    await expect(page.getByTestId("situations").getByRole("link")).toHaveCount(6);
  });

  test("a fixed article shows on reload", async ({ page }) => {
    const file = path.join(contentDir, "articles", "unknown-kind.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("{#negotation}", "{#negotiation}"));
    await page.goto(`${origin}/articles/unknown-kind`);
    await expect(page.locator("h1")).toHaveText("标记写错了");
    await expect(page.getByTestId("content-problems")).toHaveCount(0);
  });
});
