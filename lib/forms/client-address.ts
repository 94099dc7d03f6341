/**
 * The header through which `npm start`'s server (lib/server/serve.ts) tells the routes which
 * address a request came from. The server always sets it from the socket, replacing whatever
 * a client sent, so it cannot be forged through that server.
 */
export const CLIENT_ADDRESS_HEADER = "x-client-address";

/** The client's address as the server recorded it, or "unknown" when the request did not pass through it. */
export function clientAddress(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER) || "unknown";
}
