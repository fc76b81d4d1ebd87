/**
 * Traditional forms of the characters the scam patterns and our names use: 【示例錢包】請輸入銀行卡號及密碼
 * reads as the simplified request, and 示例錢包服務號 as an imitation of 示例钱包服务号 (another account).
 */
const SIMPLIFIED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'碼码驗验證证帳账賬账戶户號号轉转銀银錢钱請请輸输會会議议遠远禮礼費费凍冻結结讀读給给發发訴诉匯汇購购買买載载裝装貸贷額额專专審审護护監监認认數数稅税繳缴納纳門门連连與与將将為为幫帮線线螢萤務务覆复綁绑擊击鏈链國国詐诈應应'].reduce<[string, string][]>(
    (pairs, char, index, chars) => (index % 2 === 0 ? [...pairs, [char, chars[index + 1] ?? char]] : pairs),
    [],
  ),
);
/** Traditional characters the table knows read as simplified, one code unit for one (offsets stay offsets). */
export const simplifyTraditional = (text: string): string => text.replace(/[^\x00-\u2FFF]/g, (char) => SIMPLIFIED[char] ?? char);
