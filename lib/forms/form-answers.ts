/** Whether the post came from the page's script (fetch asking for JSON) rather than a plain form. */
export function wantsJson(request: Request): boolean {
  return (request.headers.get("accept") ?? "").includes("application/json");
}

const NO_STORE = { "Cache-Control": "no-store" };

/**
 * A refusal: plain Chinese text for a browser without JavaScript (shown as the page), JSON
 * `{ message }` for the page's script. Never HTML, so nothing a poster sent can be rendered.
 */
export function refusal(request: Request, status: number, message: string, headers: Record<string, string> = {}): Response {
  if (wantsJson(request)) return Response.json({ message }, { status, headers: { ...NO_STORE, ...headers } });
  return new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", ...NO_STORE, ...headers } });
}

/** After a post, the browser is sent on to the page that shows the outcome (post, redirect, get). */
export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, ...NO_STORE } });
}

export function jsonAnswer(status: number, body: unknown): Response {
  return Response.json(body, { status, headers: NO_STORE });
}
