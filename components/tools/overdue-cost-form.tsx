import type { OverdueCostField } from "@/lib/tools/overdue-cost";
import { localize, localPath } from "@/lib/script/request-script";
import { FormField } from "../forms/form-field";
import { SubmitButton } from "../forms/submit-button";

interface OverdueCostFormProps {
  values?: Partial<Record<OverdueCostField, string>>;
  errors?: Partial<Record<OverdueCostField, string>>;
  notes?: Partial<Record<OverdueCostField, string>>;
}

/** The estimate's form: a plain GET to /tools/overdue-cost in the page's script, so it works without JavaScript and the result can be shared. */
export function OverdueCostForm({ values = {}, errors = {}, notes = {} }: OverdueCostFormProps) {
  const field = (name: OverdueCostField) => ({ name, value: values[name] ?? "", error: errors[name], note: notes[name], required: true });
  return (
    <form action={localPath("/tools/overdue-cost")} method="get" className="space-y-4" noValidate>
      <FormField
        {...field("amount")}
        label="逾期本金"
        unit="元"
        inputMode="decimal"
        hint="已经逾期、还没还上的本金，在支付宝 借呗 的账单里可以看到，例如 1000 或 1,000.50。"
      />
      <FormField
        {...field("rate")}
        label="日利率"
        unit="%"
        inputMode="decimal"
        hint="借款合同里写的日利率，例如 0.03。合同只写年化利率的话，日利率 = 年化利率 ÷ 365。"
      />
      <FormField {...field("days")} label="逾期天数" unit="天" inputMode="numeric" hint="从还款日的第二天算起，到今天一共几天，例如 30。" />
      <SubmitButton>{localize("估算罚息")}</SubmitButton>
    </form>
  );
}
