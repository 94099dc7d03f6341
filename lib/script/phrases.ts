/**
 * Phrases OpenCC's `cn` → `tw` tables convert wrongly in this site's text, as
 * [Simplified, Traditional] pairs. `convert.ts` adds them to OpenCC's own phrase tables, where
 * they take part in its longest-match segmentation: an entry wins over every OpenCC phrase of
 * the same or a shorter length starting at the same place and loses to a longer one, and text
 * with no entry in it converts exactly as before.
 *
 * Most mistakes come from that segmentation: OpenCC reads the text left to right, taking the
 * longest phrase it knows at each place, so a phrase that straddles two words takes a character
 * from the next word and converts it in the wrong sense (发卡|银行 as 髮卡 "hairpin", 别只 as
 * 別隻 "another one (animal)", 资金|里扣 with 里 left as the unit of length). An entry either
 * replaces such an OpenCC phrase where its sense never occurs on this site, or covers the
 * longer phrase the site does mean, so that segmentation takes it instead.
 *
 * Rules for an entry (tests/unit/script-phrases.test.ts checks them all):
 * - the Traditional side has the same number of code points (`piecesToTraditional` relies on it)
 *   and `toSimplified` turns it back into the Simplified side (search queries are folded with it);
 * - a comment says what OpenCC does and why the entry is right;
 * - the test file has a sentence using it, and KNOWN_WRONG_FORMS below gets the wrong form.
 */
export const PHRASES: readonly (readonly [simplified: string, traditional: string])[] = [
  // 发卡 here is always 發卡 "to issue a card" (发卡银行, 发卡机构); OpenCC's one entry reads
  // it as 髮卡 "hairpin", giving 髮卡銀行.
  ["发卡", "發卡"],
  // Passive 被 + a verb with 发 (被发布, 被发送, 被发出); OpenCC's 被发 is 被髮 "with hair
  // loose", which it only needs inside classical idioms (被发左衽 …) that stay longer entries.
  ["被发", "被發"],

  // 只 "only" is 只; 隻 is the measure word. OpenCC's 别只 (別隻) takes 只 after 别 "don't":
  // 别只靠 App 的提醒.
  ["别只", "別只"],
  // 名单只由法院决定: OpenCC's 单只 (單隻 "a single one") takes 只 after 名单/账单/清单.
  ["单只", "單只"],
  // 不是只有, 就是只: OpenCC's 是只 (是隻, as in 这是只猫) takes 只 after 是.
  ["是只", "是只"],
  // 最多只能, 很多只是, 大多只: OpenCC's 多只 (多隻 "many (animals)") takes 只 after 多.
  ["多只", "多只"],
  // 这只能说明 / 这只会让: OpenCC's 这只 is the measure word (這隻手); before 能 and 会 it is "only".
  ["这只能", "這只能"],
  ["这只会", "這只會"],

  // 冲 in accounting is 沖 "to offset" (沖抵, 沖賬); OpenCC has no entry and converts the
  // character alone to 衝 "to rush": 衝抵.
  ["冲抵", "沖抵"],
  ["冲账", "沖賬"],

  // A gang is 團夥, like OpenCC's own 一夥, 同夥, 合夥; its 团伙 and 犯罪团伙 entries keep 伙.
  ["团伙", "團夥"],
  ["犯罪团伙", "犯罪團夥"],

  // The one single character here. 签 alone is OpenCC's 籤 "slip, lot", so the verb "to sign"
  // comes out as 籤合同, 籤協議, 讓你籤 (only 签字, 签名, 签约 … are phrases). The nouns are all
  // OpenCC phrases (标签, 抽签, 书签, 牙签, 便签, 求签 …) and keep 籤.
  ["签", "簽"],

  // 回复 "to reply" is 回覆, as OpenCC converts it alone; in 用来回复 OpenCC takes 来回 "back
  // and forth" first and leaves 复 to become 復 "to restore".
  ["来回复", "來回覆"],
  // 情况更复杂: OpenCC takes 更复 (更復 "once more") first, giving 更復雜 for 更複雜.
  ["更复杂", "更複雜"],

  // 了 after a verb is the particle 了; OpenCC's 明了 (明瞭 "clear") takes it after 写明, 讲明,
  // 标明, 查明 and 声明 (its own 说明了, 证明了, 注明了 are right): 合同里写明了出借方.
  ["写明了", "寫明了"],
  ["讲明了", "講明了"],
  ["标明了", "標明了"],
  ["查明了", "查明了"],
  ["声明了", "聲明了"],

  // Money transferred away (存款划走) or an ad swiped past (直接划走) is 劃走, like 劃扣, 劃撥;
  // OpenCC's 划走 is 划 "to row away".
  ["划走", "劃走"],

  // 里 "inside" after a noun is 裡. OpenCC keeps 里 inside place and foreign names, which take it
  // from the noun before or the word after:
  // 同里 (a town) in 合同里 — and 和合 "harmony" first in 和合同里, which 和合同 prevents;
  ["合同里", "合同裡"],
  ["和合同", "和合同"],
  // 卡里 (a transliterated name) in 银行卡里, 信用卡里;
  ["卡里", "卡裡"],
  // 里扣 (no sense this site uses) in 资金里扣款, 账户里扣这一期;
  ["里扣", "裡扣"],
  // 里约 (Rio) in 合同里约定; 里约 alone keeps its OpenCC form.
  ["里约定", "裡約定"],
  // 南里 (a place name) in 指南里 "in the guide", when the guide's title is not a link of its own.
  ["指南里", "指南裡"],
];

/**
 * The other way: phrases OpenCC's `tw` → `cn` tables read wrongly in the Traditional text the
 * site produces, as [Traditional, Simplified] pairs, so that simplified → traditional →
 * simplified gives the original back. `convert.ts` adds them in front of OpenCC's Taiwan-variant
 * step, the way PHRASES are added. Same rules as PHRASES (code points, a comment, a test).
 */
export const TRADITIONAL_PHRASES: readonly (readonly [traditional: string, simplified: string])[] = [
  // The particle 着 is 著 in Taiwan (换着名字 → 換著名字), and OpenCC's 著名 "famous" then keeps
  // it as 著: 换著名字. 著名 before 字 (著名字画) is much rarer on this site than 着 before 名字.
  ["著名字", "着名字"],
];

/**
 * Forms no Traditional page may contain: each is a mistake OpenCC made on this site's text (or on
 * a sentence checked with it) and that an entry above fixes. Add the wrong form here with every
 * new entry; the tests check every article and every reader-facing string against the list.
 */
export const KNOWN_WRONG_FORMS: readonly string[] = [
  "髮卡",
  "被髮布",
  "被髮送",
  "別隻",
  "單隻",
  "是隻",
  "多隻",
  "這隻能",
  "這隻會",
  "衝抵",
  "衝賬",
  "團伙",
  "籤合同",
  "籤協議",
  "來回復",
  "寫明瞭",
  "講明瞭",
  "標明瞭",
  "查明瞭",
  "聲明瞭",
  "更復雜",
  "划走",
  "合同里",
  "卡里",
  "里扣",
  "里約定",
  "資金里",
  "指南里",
];
