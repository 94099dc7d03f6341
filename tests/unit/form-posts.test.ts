import { describe, expect, it } from "vitest";
import { readFormBody } from "@/lib/forms/form-body";
import { isSameOriginPost } from "@/lib/forms/same-origin";

const post = (body: BodyInit, headers: Record<string, string>) =>
  new Request("http://127.0.0.1:3000/takedown/report", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("reading a posted form", () => {
  it("reads URL-encoded fields, keeping repeated ones", async () => {
    const result = await readFormBody(
      post("page=%2Farticles%2Fa&kind=other&kind=infringement&description=%E7%BD%9A%E6%81%AF", {
        "content-type": "application/x-www-form-urlencoded",
      }),
      1024,
    );
    expect(result).toEqual({ ok: true, fields: { page: "/articles/a", kind: ["other", "infringement"], description: "罚息" } });
  });

  it("reads multipart text fields and refuses files", async () => {
    const form = new FormData();
    form.set("description", "罚息写错了");
    const ok = await readFormBody(new Request("http://x/", { method: "POST", body: form }), 4096);
    expect(ok).toEqual({ ok: true, fields: { description: "罚息写错了" } });
    form.set("evidence", new Blob(["%PDF"]), "proof.pdf");
    expect(await readFormBody(new Request("http://x/", { method: "POST", body: form }), 4096)).toEqual({
      ok: false,
      message: "表单不接受上传文件，请把内容写在文字框里。",
    });
  });

  it.each([
    ["JSON", "application/json", '{"a":1}'],
    ["no content type", "", "a=1"],
    ["plain text", "text/plain", "a=1"],
  ])("refuses %s", async (_label, type, body) => {
    const result = await readFormBody(post(body, type ? { "content-type": type } : {}), 1024);
    expect(result).toEqual({ ok: false, message: "请通过本站网页上的表单提交。" });
  });

  it("refuses a body over the limit, whether declared or streamed", async () => {
    const big = `description=${"a".repeat(2000)}`;
    const message = "提交的内容太大了（最多 1 KB），请删减说明后再提交。";
    expect(await readFormBody(post(big, { "content-type": "application/x-www-form-urlencoded" }), 1024)).toEqual({ ok: false, message });
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i += 1) controller.enqueue(new TextEncoder().encode("a".repeat(200)));
        controller.close();
      },
    });
    expect(await readFormBody(post(stream, { "content-type": "application/x-www-form-urlencoded" }), 1024)).toEqual({ ok: false, message });
  });

  it("refuses bytes that are not UTF-8 and broken multipart bodies", async () => {
    const malformed = { ok: false, message: "提交的内容无法识别，请回到表单页面重新提交。" };
    expect(
      await readFormBody(post(new Uint8Array([0x61, 0x3d, 0xff, 0xfe]), { "content-type": "application/x-www-form-urlencoded" }), 1024),
    ).toEqual(malformed);
    expect(await readFormBody(post("--x\r\ngarbage", { "content-type": "multipart/form-data; boundary=x" }), 1024)).toEqual(malformed);
  });
});

describe("the same-origin check on posts", () => {
  const SITE = "https://guide.example.org";
  const headers = (fields: Record<string, string>) => new Headers(fields);

  it("accepts the request's own host or the configured origin", () => {
    expect(isSameOriginPost(headers({ host: "127.0.0.1:4000", origin: "http://127.0.0.1:4000" }), SITE)).toBe(true);
    expect(isSameOriginPost(headers({ host: "internal:3000", origin: SITE }), SITE)).toBe(true);
  });

  it("falls back to Sec-Fetch-Site and Referer when there is no Origin", () => {
    expect(isSameOriginPost(headers({ host: "127.0.0.1:4000", "sec-fetch-site": "same-origin" }), SITE)).toBe(true);
    expect(isSameOriginPost(headers({ host: "127.0.0.1:4000", referer: "http://127.0.0.1:4000/takedown" }), SITE)).toBe(true);
  });

  it.each([
    ["another site", { host: "127.0.0.1:4000", origin: "https://evil.example.com" }],
    ["an opaque origin", { host: "127.0.0.1:4000", origin: "null" }],
    ["a cross-site referer", { host: "127.0.0.1:4000", referer: "https://evil.example.com/x" }],
    ["a cross-site fetch", { host: "127.0.0.1:4000", "sec-fetch-site": "cross-site" }],
    ["nothing to go by", { host: "127.0.0.1:4000" }],
  ])("refuses %s", (_label, fields) => {
    expect(isSameOriginPost(headers(fields), SITE)).toBe(false);
  });
});
