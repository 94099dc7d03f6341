import { z } from "zod";

/**
 * How long a client may take and how many may be connected at once: `npm start`'s defenses
 * against clients that connect and then send slowly (or not at all). Node's defaults are 60 s
 * for the headers, 300 s for the whole request and no cap on connections.
 */
export interface ServerLimits {
  /** Seconds to send the request line and headers; `SERVER_HEADERS_TIMEOUT`, default 10. */
  headersTimeoutSeconds: number;
  /** Seconds to send the whole request, body included; `SERVER_REQUEST_TIMEOUT`, default 30 (a 16 KiB form at 1 KB/s takes 16). */
  requestTimeoutSeconds: number;
  /** Open connections at most; beyond, new ones are closed at once; `SERVER_MAX_CONNECTIONS`, default 1024. */
  maxConnections: number;
}

const seconds = (name: string, fallback: number, max: number) =>
  z.coerce
    .number({ error: `${name} 必须是 1 到 ${max} 之间的整数（秒）` })
    .int({ error: `${name} 必须是 1 到 ${max} 之间的整数（秒）` })
    .min(1, { error: `${name} 必须是 1 到 ${max} 之间的整数（秒）` })
    .max(max, { error: `${name} 必须是 1 到 ${max} 之间的整数（秒）` })
    .default(fallback);

const ServerLimitsSchema = z
  .object({
    SERVER_HEADERS_TIMEOUT: seconds("SERVER_HEADERS_TIMEOUT", 10, 300),
    SERVER_REQUEST_TIMEOUT: seconds("SERVER_REQUEST_TIMEOUT", 30, 3600),
    SERVER_MAX_CONNECTIONS: z.coerce
      .number({ error: "SERVER_MAX_CONNECTIONS 必须是 1 到 1000000 之间的整数" })
      .int({ error: "SERVER_MAX_CONNECTIONS 必须是 1 到 1000000 之间的整数" })
      .min(1, { error: "SERVER_MAX_CONNECTIONS 必须是 1 到 1000000 之间的整数" })
      .max(1_000_000, { error: "SERVER_MAX_CONNECTIONS 必须是 1 到 1000000 之间的整数" })
      .default(1024),
  })
  .refine((limits) => limits.SERVER_REQUEST_TIMEOUT >= limits.SERVER_HEADERS_TIMEOUT, {
    error: "SERVER_REQUEST_TIMEOUT 不能比 SERVER_HEADERS_TIMEOUT 短：整个请求的时限包含收完请求头的时间",
    path: ["SERVER_REQUEST_TIMEOUT"],
  });

/** The server's limits from the environment (empty values count as unset); throws one message naming each invalid one. */
export function parseServerLimits(env: Readonly<Record<string, string | undefined>>): ServerLimits {
  const set = (name: string) => env[name]?.trim() || undefined;
  const result = ServerLimitsSchema.safeParse({
    SERVER_HEADERS_TIMEOUT: set("SERVER_HEADERS_TIMEOUT"),
    SERVER_REQUEST_TIMEOUT: set("SERVER_REQUEST_TIMEOUT"),
    SERVER_MAX_CONNECTIONS: set("SERVER_MAX_CONNECTIONS"),
  });
  if (!result.success) throw new Error(`服务器设置有误：\n${z.prettifyError(result.error)}`);
  return {
    headersTimeoutSeconds: result.data.SERVER_HEADERS_TIMEOUT,
    requestTimeoutSeconds: result.data.SERVER_REQUEST_TIMEOUT,
    maxConnections: result.data.SERVER_MAX_CONNECTIONS,
  };
}
