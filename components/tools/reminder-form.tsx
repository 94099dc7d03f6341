import type { ReminderField } from "@/lib/tools/reminder-input";
import { localize, localPath } from "@/lib/script/request-script";
import { FormField } from "../forms/form-field";
import { SubmitButton } from "../forms/submit-button";

interface ReminderFormProps {
  values?: Partial<Record<ReminderField, string>>;
  errors?: Partial<Record<ReminderField, string>>;
  notes?: Partial<Record<ReminderField, string>>;
}

/** The reminder's form: a plain GET to /tools/reminder in the page's script, which checks it and offers the calendar file. */
export function ReminderForm({ values = {}, errors = {}, notes = {} }: ReminderFormProps) {
  const field = (name: ReminderField) => ({ name, value: values[name] ?? "", error: errors[name], note: notes[name] });
  return (
    <form action={localPath("/tools/reminder")} method="get" className="space-y-4" noValidate>
      <FormField
        {...field("day")}
        required
        label="每月还款日"
        unit="号"
        inputMode="numeric"
        hint="每月几号还款，在支付宝 借呗 的还款计划里可以看到，填 1 到 31。29、30、31 号在短的月份会提前到当月最后一天。"
      />
      <FormField {...field("amount")} label="每期金额" unit="元" inputMode="decimal" hint="写进提醒标题里，方便一眼看到；不填也可以。" />
      <FormField {...field("months")} label="提醒几个月" unit="个月" inputMode="numeric" hint="不填就提醒 12 个月，最多 36 个月。" />
      <SubmitButton>{localize("生成提醒")}</SubmitButton>
    </form>
  );
}
