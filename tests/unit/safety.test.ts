import { describe, expect, it } from "vitest";
import { urlScheme } from "@/lib/content/body-checks";
import { renderBlocks } from "@/lib/content/markdown";
import { parseArticle } from "@/lib/content/parse-article";
import { formatDiagnostic } from "@/lib/content/diagnostics";
import { parse, report, variant, VALID } from "./helpers";

const FILE = "content/articles/sample.md";
const RAW_HTML_WARNING = "HTML 代码不会生效，会原样显示成文字：请改用 Markdown 写法（加粗用 **文字**，分段请空一行）";

describe("raw HTML", () => {
  it("is shown as text with a warning, never as markup", () => {
    const source = variant("导语：先别慌。", '导语：先别慌。\n\n<script>alert("x")</script>\n\n<img src=x onerror=alert(1)>');
    const { article, diagnostics } = parse(source);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      `${FILE}:9:1: warning: ${RAW_HTML_WARNING}`,
      `${FILE}:11:1: warning: ${RAW_HTML_WARNING}`,
    ]);
    expect(article?.leadHtml).toBe(
      '<p>导语：先别慌。</p>\n<p>&#x3C;script>alert("x")&#x3C;/script></p>\n<p>&#x3C;img src=x onerror=alert(1)></p>',
    );
  });

  it("inline tags are escaped too", () => {
    const { article } = parse(variant("导语：先别慌。", "导语：<b onclick=alert(1)>先别慌</b>。"));
    expect(article?.leadHtml).toBe("<p>导语：&#x3C;b onclick=alert(1)>先别慌&#x3C;/b>。</p>");
  });

  it("drops HTML comments, which are notes for editors", () => {
    const { article, diagnostics } = parse(variant("导语：先别慌。", "导语：先别慌。\n\n<!-- 待补充出处 -->"));
    expect(diagnostics).toEqual([]);
    expect(article?.leadHtml).toBe("<p>导语：先别慌。</p>");
  });
});

describe("URLs", () => {
  it.each([
    ["javascript:alert(1)", "javascript"],
    ["JavaScript:alert(1)", "javascript"],
    ["data:text/html;base64,PHNjcmlwdD4=", "data"],
    ["vbscript:msgbox", "vbscript"],
    ["https://example.com", "https"],
    ["/articles/x", undefined],
    ["#process", undefined],
    ["./a:b", undefined],
  ])("reads the scheme of %s", (url, scheme) => {
    expect(urlScheme(url)).toBe(scheme);
  });

  it("ignores control characters the way browsers do", () => {
    expect(urlScheme(" java\tscript:alert(1)")).toBe("javascript");
  });

  it("rejects javascript: links and data: images at their position", () => {
    const source = variant("导语：先别慌。", "导语：[点我](javascript:alert(1))，![图](data:image/png;base64,AAAA)");
    expect(report(source)).toEqual([
      `${FILE}:7:4: error: 不允许的链接地址 "javascript:"：只能链接到 http(s)、mailto、tel 地址或本站页面（以 / 开头）`,
      `${FILE}:7:30: error: 不允许的链接地址 "data:"：只能链接到 http(s)、mailto、tel 地址或本站页面（以 / 开头）`,
    ]);
  });

  it("rejects unsafe autolinks, and reference links where they are used", () => {
    expect(
      report(variant("导语：先别慌。", "导语：<javascript:alert(1)> [x][r]\n\n[r]: javascript:alert(2)\n[unused]: javascript:alert(3)")),
    ).toEqual([
      `${FILE}:7:4: error: 不允许的链接地址 "javascript:"：只能链接到 http(s)、mailto、tel 地址或本站页面（以 / 开头）`,
      `${FILE}:7:26: error: 不允许的链接地址 "javascript:"：只能链接到 http(s)、mailto、tel 地址或本站页面（以 / 开头）`,
    ]);
  });

  it("are stripped by the sanitizer even if a check were bypassed", () => {
    const rendered = renderBlocks([
      { type: "paragraph", children: [{ type: "link", url: "javascript:alert(1)", children: [{ type: "text", value: "x" }] }] },
      { type: "paragraph", children: [{ type: "image", url: "data:image/svg+xml,<svg onload=alert(1)>", alt: "y" }] },
    ]);
    expect(rendered).toEqual({ html: '<p><a>x</a></p>\n<p><img alt="y"></p>', text: "x" });
  });

  it("allows http(s), mailto and tel links", () => {
    const source = variant("导语：先别慌。", "导语：[网](https://example.com) [信](mailto:a@example.com) [电话](tel:95188)");
    expect(parse(source).article?.leadHtml).toBe(
      '<p>导语：<a href="https://example.com" rel="noopener noreferrer">网</a> <a href="mailto:a@example.com">信</a> <a href="tel:95188">电话</a></p>',
    );
  });
});

describe("encoding", () => {
  it("accepts a byte-order mark and CRLF line endings, keeping line numbers", () => {
    const crlf = `\uFEFF${VALID}`.replace(/\n/g, "\r\n");
    expect(parse(crlf).diagnostics).toEqual([]);
    const broken = crlf.replace("date: 2026-01-05", "date: 2026-02-30");
    expect(report(broken)).toEqual([`${FILE}:4:7: error: "date" 的日期 "2026-02-30" 在日历上不存在：请检查月份和日子`]);
  });

  it("rejects GBK with the file name, the first bad byte and how to fix it", () => {
    const gbk = new Uint8Array([...new TextEncoder().encode("---\ntitle: "), 0xbd, 0xe8, 0xdf, 0xc2, 0x0a]);
    expect(parseArticle("content/articles/old.md", gbk).diagnostics.map(formatDiagnostic)).toEqual([
      "content/articles/old.md:2:8: error: 文件不是 UTF-8 编码（可能是 GBK 等旧编码）：请在编辑器里选择“另存为”，编码选 UTF-8，再保存",
    ]);
  });
});

describe("file names", () => {
  it.each(["Jiebei.md", "jiebei_guide.md", "jiebei--guide.md", "借呗.md", "-guide.md"])("rejects %s as a slug", (name) => {
    expect(report(VALID, name)[0]).toBe(
      `content/articles/${name}:1:1: error: 文件名 "${name}" 不能用作网址：只能用小写英文字母、数字和单个连字符，例如 jiebei-overdue-guide.md`,
    );
  });

  it("uses the file name as the slug", () => {
    expect(parse(VALID, "what-to-do-2.md").article?.slug).toBe("what-to-do-2");
  });
});

describe("one run, all problems", () => {
  it("reports frontmatter and body problems of one file together, in file order", () => {
    const source =
      VALID.replace("date: 2026-01-05", "date: 2026-02-31\nauthr: x").replace("{#consequences}", "{#consequence}") + "\n# 标题\n";
    expect(report(source).map((line) => line.split(": error: ")[0])).toEqual([
      `${FILE}:4:7`,
      `${FILE}:5:1`,
      `${FILE}:14:7`,
      `${FILE}:19:1`,
    ]);
  });
});

describe("bare addresses", () => {
  it("link only the address, even when Chinese follows without a space", () => {
    const source = variant("导语：先别慌。", "导语：官网 www.example.com、然后再看。");
    expect(report(source)).toEqual([]);
    expect(parse(source).article?.leadHtml).toBe(
      '<p>导语：官网 <a href="http://www.example.com" rel="noopener noreferrer">www.example.com</a>、然后再看。</p>',
    );
  });
});
