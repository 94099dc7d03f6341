/** One group of the negotiation checklist: a heading and the lines to tick. */
export interface ChecklistGroup {
  /** Anchor id of the group's heading (ASCII, stable across scripts). */
  id: string;
  title: string;
  items: readonly string[];
}

/**
 * What a reader needs around a call with the lender's official customer service. Built from
 * the negotiation and process facts in ../shared/content-facts.md: there is no published
 * 借呗 policy for 延期, 分期 or 减免, so the list says what to ask, never what will be granted.
 */
export const NEGOTIATION_CHECKLIST: readonly ChecklistGroup[] = [
  {
    id: "prepare",
    title: "打电话之前，先准备好",
    items: [
      "身份证，以及借款用的支付宝账号",
      "在支付宝 借呗 里查到的借款详情：借了多少、逾期了多少、逾期几天、每期的还款日",
      "借款合同和还款计划（在 App 里能看到），特别是关于逾期利息的条款",
      "每月收入和必要开支的清单：房租、吃饭、交通、看病、养家",
      "一个自己真能做到的还款方案：每月能还多少、从哪天开始",
      "逾期的原因和证明，例如失业、生病、家里出事的材料",
      "纸笔或手机备忘录，边听边记",
    ],
  },
  {
    id: "ask",
    title: "通话时可以问",
    items: [
      "现在欠款一共多少，其中本金、利息、罚息各是多少",
      "罚息按什么规则计算，以我的合同为准是多少",
      "能不能延期、分期或减免罚息（借呗没有公开的协商政策，能否办理由贷款方决定，问清楚就好）",
      "这笔逾期是否、什么时候会报送人行征信",
      "谈好的方案能不能在 App 里或用短信书面确认",
    ],
  },
  {
    id: "record",
    title: "每次通话都记下",
    items: [
      "日期和时间",
      "拨打或接听的号码（只用 App 里的客服入口，或支付宝公布的 95188）",
      "客服的工号或称呼",
      "对方答应了什么，你答应了什么",
      "接下来要做的事和截止日期",
    ],
  },
  {
    id: "warning-signs",
    title: "遇到这些，就是假客服",
    items: [
      "主动打来说要“注销校园贷”“提高额度”，或者“不配合就影响征信”",
      "让你把钱转到个人账户或所谓的“安全账户”",
      "让你共享屏幕，或者索要短信验证码",
      "自称“代理协商”“债务优化”“征信修复”并要收费",
      "号码不是 App 里公布的，或者催你借新贷还旧贷",
    ],
  },
];

/** FNV-1a (32-bit) of a text's UTF-16 code units, as 7 base-36 digits: short, stable, no dependency. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, "0");
}

/**
 * The id of an item's checkbox: its group and a fingerprint of its Simplified text, the same
 * in both scripts. Ticks are kept on the reader's device under these ids, so the id is the
 * item's version: an item whose wording changes gets a new id and is never ticked from an
 * earlier visit, while adding, removing or reordering items leaves the other ticks in place.
 */
export function checklistItemId(groupId: string, text: string): string {
  return `${groupId}-${fingerprint(text)}`;
}
