import { existsSync } from "node:fs";
import { STATUS_CODES, createServer, get, type IncomingMessage, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { fileURLToPath } from "node:url";
import compression from "compression";
import next from "next";
import { PreparedBodyCache, serveReusableBody } from "./prerendered-responses";
import { CLIENT_ADDRESS_HEADER } from "../forms/client-address";
import { hasUndecodablePath, rejectionHeaders, ROUTER_STATE_HEADER } from "./http-methods";
import { gateRequest } from "./request-gate";
import { parseServerLimits } from "./limits";
import { SCRIPT_HEADER, scriptOfTarget } from "../script/path-script";
import { resolveContentDir } from "../content/content-dir";
import { readPublishedNames } from "../site/site-data";
import { isKnownNotFound, type ArticleNames } from "./not-found-gate";
import { listArticleNames, searchSiteWith } from "../site/articles";
import { siteConfig } from "../site/config";
import { shareImageText } from "../site/share-image";
import { drawShareImage } from "../site/share-image-drawing";
import { WARM_UP_DONE } from "./warm-up";
import { searchAnswerRequest, type SearchAnswerRequest } from "../search/answer-request";
import { searchAnswerHeaders, SearchAnswers } from "./search-answers";
import { clientAddressOf, parseTrustedProxies } from "./trusted-proxies";
import { applySharedCachePolicy } from "./cache-policy";
import { SearchThread } from "./search-thread";

/**
 * `npm start`: the production server. It is `next start` with eight additions:
 * - Requests with a method the site does not serve get 204 (OPTIONS) or 405 from here, with
 *   the security headers, instead of reaching Next, which answers some of them with 500
 *   (TRACE) or 400 (OPTIONS). Methods Node itself does not know, and CONNECT, get 405 too.
 *   So do POSTs anywhere but the two form routes, requests naming a server action (404) and
 *   form posts that declare more than 16 KiB (413): answered before a byte of the body is
 *   read, and the connection closed (`gateRequest`).
 * - Time limits for a request's headers and for the whole request, and a cap on open
 *   connections (`parseServerLimits`), so clients that send slowly cannot hold the server.
 * - Compression and entity tags (Next's own are off in next.config.ts). Pages are
 *   prerendered, so a page's body is the same on every request: it is hashed for its ETag
 *   and compressed once, with Brotli at its best, then served from memory
 *   (`serveReusableBody`). Streamed answers go through the `compression` middleware as Next
 *   would have sent them.
 * - The script of the address asked for, in a request header (`SCRIPT_HEADER`), for the
 *   not-found page, which Next renders outside the `[script]` layouts; and the router-state
 *   header of client-side navigations, which the site never makes, is dropped (see
 *   `ROUTER_STATE_HEADER`).
 * - The client's address from the socket, or from `X-Forwarded-For` when the socket is a proxy
 *   named in `TRUSTED_PROXIES` (`clientAddressOf`), in a request header
 *   (`CLIENT_ADDRESS_HEADER`), for the forms' rate limits; a value sent by the client is replaced.
 * - Pages that are the same for every reader tell shared caches to keep them for minutes, not
 *   the year Next says (`applySharedCachePolicy`), so nginx or a CDN in front serves them and
 *   an editor's correction still reaches readers soon.
 * - The page or share image of an article that is not published, and any address under a
 *   script's name in other letter case, get the 404 page from here (`isKnownNotFound`): pages
 *   and images may be rendered on first request and kept, and made-up addresses must never
 *   make Next render or keep anything.
 * - A search (`/search?q=…`) is answered from here (`SearchAnswers`): the results page Next
 *   prerendered, with its search slot filled for the query, so no search makes Next render or
 *   keep a page. A client-side navigation's request (with Next's `RSC` header), which the site
 *   never makes, and any search while that page cannot be had, are left to Next's search page.
 *   Every search, Next's page's too, is worked out in a thread of its own that holds the search
 *   index (`SearchThread`), so pages and the rest of an answer never wait behind one.
 * PORT (default 3000) and HOST (default all interfaces) choose where it listens.
 */
const port = Number(process.env.PORT || 3000);
const limits = parseServerLimits(process.env);
const trustProxy = parseTrustedProxies(process.env);
const host = process.env.HOST || undefined;
/** The search thread's script, which `npm run build:server` compiles beside this one. */
const searchWorker = new URL("./search-worker.mjs", import.meta.url);
if (!existsSync(searchWorker)) {
  console.error(`${fileURLToPath(searchWorker)} is missing: run npm run build:server (the last step of npm run build) to compile it.`);
  process.exit(1);
}
const searchThread = new SearchThread(searchWorker);
searchSiteWith((query) => searchThread.search(query));
searchThread.start();
const app = next({ dev: false, port, hostname: host });
const handle = app.getRequestHandler();
await app.prepare();
// The middleware is typed for Express but needs only Node's request and response.
const compressStreams = compression() as unknown as (request: IncomingMessage, response: ServerResponse, next: () => void) => void;
const preparedBodies = new PreparedBodyCache();
/** The published articles' names, from the site data the build wrote (undefined if it is missing or stale). */
const published = readPublishedNames(resolveContentDir());
const articleNames: ArticleNames | undefined = published && { slugs: new Set(published.slugs), aliases: new Set(published.aliases) };

const NOT_ALLOWED_BODY = "不支持这种请求方式。\n";
/** Where this server reaches itself (its warm-ups, the results page searches are answered in): loopback when it listens on every interface. */
const ownHost = !host || host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
const searchAnswers = new SearchAnswers(fetchOwnPage);
const SEARCH_ANSWER_HEADERS = searchAnswerHeaders(siteConfig);

/** Writes a whole response on a socket the HTTP server has given up on, then closes it. */
function answerRaw(socket: Duplex, status: number, body = ""): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const headers = { ...rejectionHeaders(Buffer.byteLength(body)), Connection: "close" };
  const head = [`HTTP/1.1 ${status} ${STATUS_CODES[status]}`, ...Object.entries(headers).map(([key, value]) => `${key}: ${value}`)];
  socket.end(`${head.join("\r\n")}\r\n\r\n${body}`);
}

/** Next's handler behind the gate: what passes gets the script header, the client's address and compression. */
function handleRequest(request: IncomingMessage, response: ServerResponse): void {
  const decision = gateRequest(request.method, request.url ?? "/", request.headers);
  if (decision.kind === "answer") {
    const { status, body, allow, close } = decision;
    response.writeHead(status, { ...rejectionHeaders(Buffer.byteLength(body), allow), ...(close ? { Connection: "close" } : {}) });
    response.end(body);
    return;
  }
  // The not-found page has no script of its own (app/global-not-found.tsx): it reads the
  // address's from here, taken before the rewrite below so /zh-Hant/articles/%ZZ stays Traditional.
  request.headers[SCRIPT_HEADER] = scriptOfTarget(request.url ?? "/");
  // An in-process rewrite to a path no route knows: the site's own 404 page. So for addresses
  // Next would otherwise render and keep (isKnownNotFound).
  if (hasUndecodablePath(request.url) || isKnownNotFound(request.url ?? "/", articleNames)) request.url = "/_malformed-url";
  const search = request.headers.rsc === undefined ? searchAnswerRequest(request.url ?? "/") : undefined;
  // The site makes no client-side navigations; Next could not read some values of this header (ROUTER_STATE_HEADER).
  Reflect.deleteProperty(request.headers, ROUTER_STATE_HEADER);
  // The forms' rate limits count per address; whatever a client claims here is replaced.
  request.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(request, trustProxy);
  applySharedCachePolicy(response);
  compressStreams(request, response, () => {
    if (search) {
      void answerSearch(search, request, response);
      return;
    }
    serveReusableBody(request, response, preparedBodies);
    void handle(request, response);
  });
}

/** A search's results page (`SearchAnswers`), or Next's search page when there is none to fill. */
async function answerSearch(search: SearchAnswerRequest, request: IncomingMessage, response: ServerResponse): Promise<void> {
  let page: string | undefined;
  try {
    page = await searchAnswers.page(search);
  } catch (error) {
    console.error(`search answer failed, left to Next: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  if (page === undefined) {
    void handle(request, response);
    return;
  }
  response.writeHead(200, { ...SEARCH_ANSWER_HEADERS, "Content-Length": Buffer.byteLength(page) });
  response.end(request.method === "HEAD" ? undefined : page);
}

const server = createServer(
  {
    headersTimeout: limits.headersTimeoutSeconds * 1000,
    requestTimeout: limits.requestTimeoutSeconds * 1000,
    // Node checks both limits on this interval (default 30 s, which would let a slow client overstay them by that much).
    connectionsCheckingInterval: 1000,
  },
  handleRequest,
);
server.maxConnections = limits.maxConnections;
// Node's parser refuses unknown methods (and broken requests) before any handler runs; a
// request that overstays the time limits ends here too (408).
server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
  if (error.code === "HPE_INVALID_METHOD") answerRaw(socket, 405, NOT_ALLOWED_BODY);
  else if (error.code === "ERR_HTTP_REQUEST_TIMEOUT") answerRaw(socket, 408);
  else answerRaw(socket, error.code === "HPE_HEADER_OVERFLOW" ? 431 : 400);
});
server.on("connect", (_request, socket: Duplex) => answerRaw(socket, 405, NOT_ALLOWED_BODY));
/**
 * Pages that load something on their first request (the search index, the Traditional
 * converter's dictionaries, the results page searches are answered in): asked for once at
 * start, so no reader waits.
 */
const WARM_UP_PATHS = [`/search?q=${encodeURIComponent("借呗")}`, `/zh-Hant/search?q=${encodeURIComponent("借呗")}`];

/**
 * Reads the site data (the data files, every article's name, the articles' bytes, each decoded
 * when first asked for) into the process-wide copy every route shares (`processWide`), so
 * neither the first article rendered on demand nor the first share image waits for it.
 */
async function warmUpSiteContent(): Promise<void> {
  await listArticleNames();
}

/**
 * Loads what share images are drawn with (HarfBuzz, the font, the renderer; packages Next
 * loads from node_modules, so the route shares what is loaded here) by drawing one that is
 * thrown away: asking for an article's image would not do it once Next has kept that image.
 */
async function warmUpShareImages(): Promise<void> {
  await (await drawShareImage(shareImageText(siteConfig.name, "zh-Hant"))).arrayBuffer();
}

/** Asks this server for `path` and reads the answer to its end: its body as text, or an error unless it is 200. */
function fetchOwnPage(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    get({ host: ownHost, port, path }, (response) => {
      const chunks: Buffer[] = [];
      response
        .on("data", (chunk: Buffer) => chunks.push(chunk))
        .on("end", () => {
          if (response.statusCode === 200) resolve(Buffer.concat(chunks).toString("utf8"));
          else reject(new Error(`${path} answered ${response.statusCode}`));
        })
        .on("error", reject);
    }).on("error", reject);
  });
}

server.listen(port, host, () => {
  console.log(`借呗逾期指南 listening on http://${host ?? "localhost"}:${port}`);
  const started = performance.now();
  const warmUps = [
    ["the site content", warmUpSiteContent()],
    ["share images", warmUpShareImages()],
    ...WARM_UP_PATHS.map((path) => [path, fetchOwnPage(path)] as const),
  ] as const;
  void Promise.all(
    warmUps.map(([name, done]) =>
      done.catch((error: unknown) => {
        console.error(`warm-up of ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }),
    ),
  ).then(() => console.log(`${WARM_UP_DONE} in ${((performance.now() - started) / 1000).toFixed(1)} s`));
});
