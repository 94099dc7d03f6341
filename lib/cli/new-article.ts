import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { resolveContentDir } from "../content/content-dir";
import { loadContent } from "../content/load-content";
import { scaffoldArticle } from "../content/scaffold";
import { SLUG_PATTERN } from "../content/schema";

/** `npm run new -- <slug> [--title "…"]`: writes a draft article to start from. */
function fail(message: string): never {
  console.error(`无法新建文章：${message}`);
  process.exit(1);
}

const { positionals, values } = parseArgs({ allowPositionals: true, options: { title: { type: "string" } } });
const [slug, ...extra] = positionals;
if (!slug) fail('请给出文章的网址名，例如：npm run new -- repay-early --title "提前还款要注意什么"');
if (extra.length > 0) fail(`多出了参数 ${extra.join(" ")}：标题里有空格时，请用英文引号把标题括起来`);
if (!SLUG_PATTERN.test(slug)) {
  fail(`"${slug}" 不能用作网址：只能用小写英文字母、数字和单个连字符，例如 repay-early`);
}

const contentDir = resolveContentDir();
const file = path.join(contentDir, "articles", `${slug}.md`);
if (existsSync(file)) fail(`${path.relative(process.cwd(), file)} 已经存在：请换一个网址名，或直接编辑那篇文章`);
const { articles } = await loadContent(contentDir);
const owner = articles.find((article) => article.aliases.includes(slug));
if (owner) fail(`"${slug}" 是文章 ${owner.sourcePath} 的旧网址（aliases）：请换一个网址名`);

const date = new Date().toLocaleDateString("sv-SE");
writeFileSync(file, scaffoldArticle({ title: values.title, date }), { flag: "wx" });
console.log(`已新建 ${path.relative(process.cwd(), file)}（草稿）。
下一步：
  1. 编辑这个文件，按每段的提示写内容；
  2. npm run dev 后打开 http://localhost:3000/articles/${slug} 预览；
  3. npm run content:check 检查；
  4. 写完把 draft 改成 false，提交。`);
