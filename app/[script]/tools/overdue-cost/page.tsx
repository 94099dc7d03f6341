import type { Metadata } from "next";
import { LanguageSwitch } from "@/components/language-switch";
import { FormErrorSummary } from "@/components/forms/form-error-summary";
import { enterScript, localize, type ScriptPageProps } from "@/lib/script/request-script";
import { SiteLink } from "@/components/site-link";
import { LiveOverdueCost } from "@/components/tools/live-overdue-cost";
import { OverdueCostForm } from "@/components/tools/overdue-cost-form";
import { OVERDUE_COST_RESULT_TEXT, OverdueCostResult, type OverdueCostResultText } from "@/components/tools/overdue-cost-result";
import { pageMetadata } from "@/lib/site/page-metadata";
import { isSubmitted, typedValues, type RawFields } from "@/lib/forms/form-input";
import { estimateOverdueCost, parseOverdueCostInput } from "@/lib/tools/overdue-cost";
import { readerTool } from "@/lib/tools/reader-tools";

const TOOL = readerTool("/tools/overdue-cost");

export async function generateMetadata({ params }: ScriptPageProps): Promise<Metadata> {
  await enterScript(params);
  return pageMetadata({
    path: "/tools/overdue-cost",
    title: TOOL.title,
    description: "填上逾期本金、合同日利率和逾期天数，估算罚息和本金加罚息一共多少，并写出算法。结果以支付宝 App 为准。",
  });
}

const FIELDS = ["amount", "rate", "days"] as const;

export default async function OverdueCostPage({
  params: scriptParams,
  searchParams,
}: ScriptPageProps & { searchParams: Promise<RawFields> }) {
  await enterScript(scriptParams);
  const params = await searchParams;
  const submitted = isSubmitted(params, FIELDS);
  const parsed = submitted ? parseOverdueCostInput(params) : undefined;
  const resultText = Object.fromEntries(
    Object.entries(OVERDUE_COST_RESULT_TEXT).map(([key, value]) => [key, localize(value)]),
  ) as OverdueCostResultText;
  return (
    <div className="space-y-6">
      <LanguageSwitch path={"/tools/overdue-cost"} />
      <header className="space-y-3">
        <h1 className="text-2xl font-bold leading-snug sm:text-3xl">{localize(TOOL.title)}</h1>
        <p>
          {localize(
            "罚息按天计算。下面按常见的算法估一个数，帮你知道拖一天要多付多少；它不是账单，准确数字请在支付宝 App 的 借呗 页面查看。想了解逾期的其他后果，可以读",
          )}
          <SiteLink href="/articles/overdue-consequences" className="text-link">
            {localize("逾期会带来什么")}
          </SiteLink>
          。
        </p>
      </header>
      {parsed?.ok === false ? <FormErrorSummary errors={parsed.errors} /> : null}
      <LiveOverdueCost
        text={resultText}
        initial={parsed?.ok ? <OverdueCostResult estimate={estimateOverdueCost(parsed.input)} text={resultText} /> : null}
      >
        <OverdueCostForm
          values={parsed?.ok === false ? parsed.values : typedValues(params, FIELDS)}
          errors={parsed?.ok === false ? parsed.errors : {}}
          notes={parsed?.ok ? parsed.notes : {}}
        />
      </LiveOverdueCost>
    </div>
  );
}
