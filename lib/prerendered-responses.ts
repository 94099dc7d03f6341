import { hash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync, type BrotliOptions } from "node:zlib";
import compressible from "compressible";
import fresh from "fresh";
import { LRUCache } from "lru-cache";
import Negotiator from "negotiator";
import vary from "vary";

export type Encoding = "br" | "gzip";

/** Below this a Content-Encoding costs more than it saves (the `compression` package's default). */
const MIN_BYTES = 1024;
/** Above this a body streams through the ordinary compressor instead of being held in memory. */
const MAX_BYTES = 4 * 1024 * 1024;
/** Room for every compressed page and asset of a site of thousands of articles. */
const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;

/** The encoding to send for an `Accept-Encoding` header: Brotli when the client ranks it as high as gzip. */
export function preferredEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  const negotiator = new Negotiator({ headers: { "accept-encoding": acceptEncoding } });
  // negotiator 0.6.4 breaks ties with a preference list; its type definitions predate that argument.
  const encoding = negotiator.encoding as (available: string[], preferred: string[]) => string | undefined;
  const chosen = encoding.call(negotiator, ["br", "gzip", "identity"], ["br", "gzip"]);
  return chosen === "br" || chosen === "gzip" ? chosen : undefined;
}

export interface ResponseShape {
  method: string | undefined;
  statusCode: number;
  contentType: unknown;
  contentEncoding: unknown;
  contentLength: unknown;
  cacheControl: unknown;
}

/**
 * Whether a response's body is complete and can be reused: a 200 answer to GET, of a known,
 * moderate length, not yet encoded. Streamed answers (no Content-Length) are left to the
 * ordinary per-request compressor.
 */
export function isReusableBody(shape: ResponseShape): boolean {
  const length = Number(shape.contentLength);
  return (
    shape.method === "GET" &&
    shape.statusCode === 200 &&
    (shape.contentEncoding === undefined || shape.contentEncoding === "identity") &&
    Number.isInteger(length) &&
    length >= 0 &&
    length <= MAX_BYTES
  );
}

/** Whether a reusable body is worth compressing: big enough, of a compressible type, and not `no-transform`. */
export function isWorthCompressing(shape: ResponseShape): boolean {
  return (
    Number(shape.contentLength) >= MIN_BYTES &&
    typeof shape.contentType === "string" &&
    compressible(shape.contentType) === true &&
    !/\bno-transform\b/i.test(String(shape.cacheControl ?? ""))
  );
}

function brotliOptions(quality: number, size: number): BrotliOptions {
  return {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_SIZE_HINT]: size,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  };
}

const brotliCompressAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export interface PreparedBody {
  /** The bytes to send: the body itself, or compressed in `encoding`. */
  bytes: Buffer;
  /** A strong entity tag of exactly those bytes. */
  etag: string;
}

/**
 * Bodies by content hash and encoding, ready to send. The first request for a body compresses
 * it at once with fast settings; the best settings (Brotli 11, gzip 9) then run on the thread
 * pool and replace the entry, so every later request costs one hash and one lookup. Least
 * recently used entries go first when the cache is full.
 */
export class PreparedBodyCache {
  private readonly entries: LRUCache<string, Buffer>;
  private readonly refining = new Map<string, Promise<void>>();

  constructor(maxBytes = DEFAULT_CACHE_BYTES) {
    this.entries = new LRUCache({ maxSize: maxBytes, sizeCalculation: (body) => Math.max(body.length, 1) });
  }

  /** `body` as sent without a Content-Encoding (`encoding` undefined), or compressed. */
  prepare(body: Buffer, encoding: Encoding | undefined): PreparedBody {
    const digest = hash("sha1", body, "base64url");
    if (!encoding) return { bytes: body, etag: `"${digest}"` };
    return { bytes: this.compressed(`${encoding}:${digest}`, body, encoding), etag: `"${digest}-${encoding}"` };
  }

  /** Resolves once every recompression started so far has finished. */
  async settled(): Promise<void> {
    await Promise.all(this.refining.values());
  }

  private compressed(key: string, body: Buffer, encoding: Encoding): Buffer {
    const known = this.entries.get(key);
    if (known) return known;
    const quick = encoding === "br" ? brotliCompressSync(body, brotliOptions(5, body.length)) : gzipSync(body, { level: 6 });
    this.entries.set(key, quick);
    this.refine(key, body, encoding);
    return quick;
  }

  private refine(key: string, body: Buffer, encoding: Encoding): void {
    if (this.refining.has(key)) return;
    const best = encoding === "br" ? brotliCompressAsync(body, brotliOptions(11, body.length)) : gzipAsync(body, { level: 9 });
    const done = best
      .then((smaller) => {
        const current = this.entries.get(key);
        if (current && smaller.length < current.length) this.entries.set(key, smaller);
      })
      .finally(() => this.refining.delete(key));
    this.refining.set(key, done);
  }
}

type WriteArgs = [chunk: unknown, encodingOrCallback?: unknown, callback?: unknown];

function chunkBuffer(chunk: unknown, encoding: unknown): Buffer | undefined {
  if (chunk === undefined || chunk === null || typeof chunk === "function") return undefined;
  if (typeof chunk === "string") return Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  return Buffer.from(chunk as Uint8Array);
}

function lastCallback(args: unknown[]): (() => void) | undefined {
  const last = args.findLast((arg) => typeof arg === "function");
  return last as (() => void) | undefined;
}

function shapeOf(request: IncomingMessage, response: ServerResponse): ResponseShape {
  return {
    method: request.method,
    statusCode: response.statusCode,
    contentType: response.getHeader("Content-Type"),
    contentEncoding: response.getHeader("Content-Encoding"),
    contentLength: response.getHeader("Content-Length"),
    cacheControl: response.getHeader("Cache-Control"),
  };
}

/**
 * Sends complete GET bodies (see `isReusableBody`) from `cache`: compressed in the encoding
 * the client prefers when worth it (with `Vary: Accept-Encoding`), with a strong `ETag` of
 * the bytes sent unless the response already has one, and as 304 Not Modified when the
 * request's `If-None-Match` names that tag. The body's chunks are held until the response
 * ends. Every other response passes through untouched.
 */
export function serveReusableBody(request: IncomingMessage, response: ServerResponse, cache: PreparedBodyCache): void {
  if (request.method !== "GET") return;
  const write = response.write;
  const end = response.end;
  let chunks: Buffer[] | undefined;
  let decided = false;

  const restore = (): void => {
    response.write = write;
    response.end = end;
  };
  const decide = (): void => {
    decided = true;
    if (isReusableBody(shapeOf(request, response))) chunks = [];
    else restore();
  };

  response.write = function (this: ServerResponse, ...args: WriteArgs): boolean {
    if (!decided) decide();
    if (!chunks) return (write as (...a: WriteArgs) => boolean).apply(this, args);
    const buffer = chunkBuffer(args[0], args[1]);
    if (buffer) chunks.push(buffer);
    const callback = lastCallback(args);
    if (callback) process.nextTick(callback);
    return true;
  } as ServerResponse["write"];

  response.end = function (this: ServerResponse, ...args: WriteArgs): ServerResponse {
    if (!decided) decide();
    if (!chunks) return (end as (...a: WriteArgs) => ServerResponse).apply(this, args);
    const buffer = chunkBuffer(args[0], args[1]);
    if (buffer) chunks.push(buffer);
    restore();
    const worthCompressing = isWorthCompressing(shapeOf(request, response));
    const encoding = worthCompressing ? preferredEncoding(request.headers["accept-encoding"]) : undefined;
    const prepared = cache.prepare(Buffer.concat(chunks), encoding);
    if (worthCompressing) vary(response, "Accept-Encoding");
    if (response.getHeader("ETag") === undefined) response.setHeader("ETag", prepared.etag);
    const send = end as (...a: unknown[]) => ServerResponse;
    const callback = lastCallback(args);
    const callbackArgs = callback ? [callback] : [];
    if (fresh(request.headers, { etag: String(response.getHeader("ETag")) })) {
      response.statusCode = 304;
      response.removeHeader("Content-Length");
      response.removeHeader("Content-Type");
      return send.call(this, ...callbackArgs);
    }
    if (encoding) response.setHeader("Content-Encoding", encoding);
    response.setHeader("Content-Length", prepared.bytes.length);
    return send.call(this, prepared.bytes, ...callbackArgs);
  } as ServerResponse["end"];
}
