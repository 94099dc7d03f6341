/**
 * `node lib/cli/run.mjs wait-until-answering <port> [seconds]`: exits 0 once the app process on
 * 127.0.0.1:<port> answers a page, 1 when it has not within `seconds` (60 unless given).
 * deploy/jiebei-guide@.service runs it after starting a process (`ExecStartPost`), so
 * `systemctl restart` returns only when the process serves again.
 */
import { waitUntilAnswering } from "../server/wait-until-answering";

const [portText = "", secondsText = "60"] = process.argv.slice(2);
const port = Number(portText);
const seconds = Number(secondsText);
if (!Number.isInteger(port) || port < 1 || port > 65_535 || !(seconds > 0)) {
  console.error(
    `用法：node lib/cli/run.mjs wait-until-answering <端口> [秒数]，端口是 1 到 65535 的整数；收到的是“${portText}”“${secondsText}”。`,
  );
  process.exit(2);
}
try {
  await waitUntilAnswering(`http://127.0.0.1:${port}/`, seconds * 1000);
} catch (error) {
  console.error(`端口 ${port} 上的网站进程没有在 ${seconds} 秒内应答：${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
