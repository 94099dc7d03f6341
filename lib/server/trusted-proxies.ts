import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";

/** Whether the address a request came from (or the hop before it) is a proxy whose forwarded address is believed. */
export type TrustProxy = (address: string, hop: number) => boolean;

/**
 * The proxies `npm start` believes a forwarded client address from: `TRUSTED_PROXIES`, a comma
 * list of addresses and ranges (`127.0.0.1`, `10.0.0.0/8`, `::1`) or proxy-addr's names
 * (`loopback`, `linklocal`, `uniquelocal`). Unset, none: the client is the socket's address and
 * `X-Forwarded-For` is ignored, so no reader can claim another's address. Throws a message
 * naming an entry that is not an address or range.
 */
export function parseTrustedProxies(env: Readonly<Record<string, string | undefined>>): TrustProxy {
  const entries = (env.TRUSTED_PROXIES ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  if (entries.length === 0) return () => false;
  try {
    return proxyaddr.compile(entries);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`服务器设置有误：TRUSTED_PROXIES 只能列出 IP 地址或网段，用逗号隔开，例如 127.0.0.1,10.0.0.0/8,::1（${reason}）`);
  }
}

/**
 * The client's address: the socket's, or, when that is a trusted proxy, the address it
 * forwarded (`X-Forwarded-For`, read from the right, each trusted hop skipped), so a value
 * a client wrote at the left of the header is never taken for its address.
 */
export function clientAddressOf(request: IncomingMessage, trust: TrustProxy): string {
  return proxyaddr(request, trust) || "unknown";
}
