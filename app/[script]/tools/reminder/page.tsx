import type { Metadata } from "next";
import { LanguageSwitch } from "@/components/language-switch";
import { FormErrorSummary } from "@/components/forms/form-error-summary";
import { enterScript, localize, localPath, type ScriptPageProps } from "@/lib/script/request-script";
import { LiveReminderPreview } from "@/components/tools/live-reminder-preview";
import { ReminderForm } from "@/components/tools/reminder-form";
import { formatChineseDate, chinaToday } from "@/lib/dates/calendar-dates";
import { pageMetadata } from "@/lib/site/page-metadata";
import { firstValue, isSubmitted, typedValues, type RawFields } from "@/lib/forms/form-input";
import { parseReminderInput, type ReminderInput } from "@/lib/tools/reminder-input";
import { repaymentDates } from "@/lib/tools/repayment-dates";
import { readerTool } from "@/lib/tools/reader-tools";

const TOOL = readerTool("/tools/reminder");

export async function generateMetadata({ params }: ScriptPageProps): Promise<Metadata> {
  await enterScript(params);
  return pageMetadata({
    path: "/tools/reminder",
    title: TOOL.title,
    description: "填上每月还款日，下载一个日历文件导入手机日历：还款日前三天和当天各提醒一次。",
  });
}

const FIELDS = ["day", "amount", "months"] as const;

/** The calendar file's address for an accepted input: the same fields, read again by the route. */
function calendarHref(params: RawFields): string {
  const query = new URLSearchParams();
  for (const name of FIELDS) {
    const value = firstValue(params[name]);
    if (value) query.set(name, value);
  }
  return `${localPath("/tools/reminder/calendar.ics")}?${query.toString()}`;
}

function Dates({ input }: { input: ReminderInput }) {
  const dates = repaymentDates(input.day, chinaToday(new Date()), input.months);
  return (
    <ol className="grid grid-cols-2 gap-x-4 text-sm sm:grid-cols-3" aria-label={localize("提醒的还款日")}>
      {dates.map((date) => (
        <li key={date}>{formatChineseDate(date)}</li>
      ))}
    </ol>
  );
}

export default async function ReminderPage({ params: scriptParams, searchParams }: ScriptPageProps & { searchParams: Promise<RawFields> }) {
  await enterScript(scriptParams);
  const params = await searchParams;
  const submitted = isSubmitted(params, FIELDS);
  const parsed = submitted ? parseReminderInput(params) : undefined;
  return (
    <div className="space-y-6">
      <LanguageSwitch path={"/tools/reminder"} />
      <header className="space-y-3">
        <h1 className="text-2xl font-bold leading-snug sm:text-3xl">{localize(TOOL.title)}</h1>
        <p>
          {localize(
            "支付宝会在还款日前提醒你，但再给自己的手机日历加一个提醒更稳妥。填上每月的还款日，下载日历文件，用手机打开就能导入：还款日前三天的上午 9 点和当天上午 9 点各提醒一次。还款请只在支付宝 借呗 里操作。",
          )}
        </p>
      </header>
      {parsed?.ok === false ? <FormErrorSummary errors={parsed.errors} /> : null}
      <LiveReminderPreview
        text={{
          lead: localize("按你现在填的，日历里最近的 {count} 个还款日是："),
          movedToMonthEnd: localize("（这个月没有 {day} 号，提前到月底）"),
          submit: localize("点“生成提醒”，就能下载包含这些日期的日历文件。"),
        }}
      >
        <ReminderForm
          values={parsed?.ok === false ? parsed.values : typedValues(params, FIELDS)}
          errors={parsed?.ok === false ? parsed.errors : {}}
          notes={parsed?.ok ? parsed.notes : {}}
        />
      </LiveReminderPreview>
      {parsed?.ok ? (
        <section
          aria-labelledby="calendar"
          className="space-y-3 rounded-lg border-2 border-blue-800 px-4 py-4 dark:border-sky-300"
          data-testid="reminder-result"
        >
          <h2 id="calendar" className="text-xl font-bold">
            {localize("提醒已准备好")}
          </h2>
          <p>
            <a href={calendarHref(params)} download className="font-bold text-link">
              {localize("下载日历文件（.ics）")}
            </a>
            {localize("，用手机打开后选择“添加到日历”。有的日历应用（例如谷歌日历）导入时不带提醒，导入后请检查一下提醒设置。")}
          </p>
          <p>{localize("会提醒的还款日：")}</p>
          <Dates input={parsed.input} />
        </section>
      ) : null}
    </div>
  );
}
