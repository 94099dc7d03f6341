/** A reader tool: where it lives, its short name for navigation, its page title, and what it does. */
export interface ReaderTool {
  path: string;
  /** A few characters, for the header. */
  shortName: string;
  /** The tool page's own title. */
  title: string;
  /** One line on the home page. */
  summary: string;
}

/** The three reader tools, in the order the header and the home page show them; the sitemap lists them too. */
export const READER_TOOLS: readonly ReaderTool[] = [
  {
    path: "/tools/overdue-cost",
    shortName: "罚息估算",
    title: "借呗逾期罚息估算",
    summary: "输入逾期本金、日利率和天数，估算罚息大概多少。",
  },
  {
    path: "/tools/reminder",
    shortName: "还款提醒",
    title: "借呗还款日历提醒",
    summary: "生成每月还款日的手机日历提醒，提前三天和当天各提醒一次。",
  },
  {
    path: "/tools/negotiation-checklist",
    shortName: "协商清单",
    title: "和官方客服协商前的准备清单",
    summary: "联系官方客服前要准备什么、问什么、记什么，可以打印。",
  },
];

/** The tool at `path`; the pages take their titles from here, so the header, home page and page agree. */
export function readerTool(path: (typeof READER_TOOLS)[number]["path"]): ReaderTool {
  const tool = READER_TOOLS.find((candidate) => candidate.path === path);
  if (!tool) throw new Error(`No reader tool at ${path}`);
  return tool;
}
