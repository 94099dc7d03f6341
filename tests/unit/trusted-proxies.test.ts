import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddressOf, parseTrustedProxies } from "@/lib/server/trusted-proxies";

/** A request from `socket` with an `X-Forwarded-For` header when given. */
function request(socket: string, forwardedFor?: string): IncomingMessage {
  return {
    socket: { remoteAddress: socket },
    headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor },
  } as unknown as IncomingMessage;
}

describe("TRUSTED_PROXIES", () => {
  it("trusts no proxy by default: the socket's address counts, whatever a client forwards", () => {
    for (const env of [{}, { TRUSTED_PROXIES: "" }, { TRUSTED_PROXIES: " , " }]) {
      const trust = parseTrustedProxies(env);
      expect(clientAddressOf(request("203.0.113.7"), trust)).toBe("203.0.113.7");
      expect(clientAddressOf(request("203.0.113.7", "198.51.100.1"), trust)).toBe("203.0.113.7");
      expect(clientAddressOf(request("127.0.0.1", "198.51.100.1"), trust)).toBe("127.0.0.1");
    }
  });

  it("takes the address a trusted proxy forwarded, read from the right, so one a client wrote at the left is ignored", () => {
    const trust = parseTrustedProxies({ TRUSTED_PROXIES: "127.0.0.1" });
    // nginx appends the address it saw ($proxy_add_x_forwarded_for): "what the client sent, the client".
    expect(clientAddressOf(request("127.0.0.1", "198.51.100.1"), trust)).toBe("198.51.100.1");
    expect(clientAddressOf(request("127.0.0.1", "10.9.9.9, 1.2.3.4, 198.51.100.1"), trust)).toBe("198.51.100.1");
    expect(clientAddressOf(request("127.0.0.1"), trust)).toBe("127.0.0.1");
    // The same header straight from a client that is not a trusted proxy counts for nothing.
    expect(clientAddressOf(request("203.0.113.7", "198.51.100.1"), trust)).toBe("203.0.113.7");
  });

  it("skips every trusted hop: nginx behind a CDN whose ranges are listed", () => {
    const trust = parseTrustedProxies({ TRUSTED_PROXIES: "loopback, 192.0.2.0/24 ,2001:db8::/32" });
    expect(clientAddressOf(request("127.0.0.1", "spoofed, 198.51.100.1, 192.0.2.10"), trust)).toBe("198.51.100.1");
    expect(clientAddressOf(request("::1", "2001:db8:1::5, 2001:db8::9"), trust)).toBe("2001:db8:1::5");
    expect(clientAddressOf(request("::1", "2400:cb00::1, 2001:db8::9"), trust)).toBe("2400:cb00::1");
  });

  it("refuses an entry that is not an address or a range, naming the setting", () => {
    for (const value of ["nginx", "127.0.0.1/40", "10.0.0.0/8,example.com", "300.1.1.1"]) {
      expect(() => parseTrustedProxies({ TRUSTED_PROXIES: value }), value).toThrow(/TRUSTED_PROXIES 只能列出 IP 地址或网段/);
    }
  });
});
