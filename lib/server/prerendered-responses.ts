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
 * moderate length, not yet encoded, and not marked `no-store` (a page rendered for one request,
 * which may hold what a reader typed, is never kept). Others are left to the ordinary
 * per-request compressor.
 */
export function isReusableBody(shape: ResponseShape): boolean {
  const length = Number(shape.contentLength);
  return (
    shape.method === "GET" &&
    shape.statusCode === 200 &&
    (shape.contentEncoding === undefined || shape.contentEncoding === "identity") &&
    !/\bno-store\b/i.test(String(shape.cacheControl ?? "")) &&
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

/** One body in every form it has been sent in. */
interface BodyForms {
  /** SHA-1 of the body, base64url: the entity tag, with the encoding appended when compressed. */
  digest: string;
  identity: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}

function sizeOf(forms: BodyForms): number {
  return forms.identity.length + (forms.br?.length ?? 0) + (forms.gzip?.length ?? 0) + 1;
}

/**
 * Bodies ready to send, in each encoding asked for. The first request for a body compresses
 * it at once with fast settings; the best settings (Brotli 11, gzip 9) then run on the thread
 * pool and replace that form. A body handed over as one string (how Next sends a prerendered
 * page) is looked up by the string itself, so a repeated page costs a map lookup and no copy,
 * hash or allocation; a body handed over as bytes (static files) is looked up by its SHA-1.
 * Least recently used bodies go first when the cache is full.
 */
export class PreparedBodyCache {
  private readonly byText: LRUCache<string, BodyForms>;
  private readonly byDigest: LRUCache<string, BodyForms>;
  private readonly refining = new Map<string, Promise<void>>();

  constructor(maxBytes = DEFAULT_CACHE_BYTES) {
    // A text key is held as well as its bytes: count it twice.
    this.byText = new LRUCache({ maxSize: Math.max(1, maxBytes / 2), sizeCalculation: (forms) => sizeOf(forms) + forms.identity.length });
    this.byDigest = new LRUCache({ maxSize: Math.max(1, maxBytes / 2), sizeCalculation: sizeOf });
  }

  /** `body` as sent without a Content-Encoding (`encoding` undefined), or compressed. */
  prepare(body: string | Buffer, encoding: Encoding | undefined): PreparedBody {
    const forms = this.formsOf(body);
    if (!encoding) return { bytes: forms.identity, etag: `"${forms.digest}"` };
    return { bytes: forms[encoding] ?? this.compress(body, forms, encoding), etag: `"${forms.digest}-${encoding}"` };
  }

  /** Resolves once every recompression started so far has finished. */
  async settled(): Promise<void> {
    await Promise.all(this.refining.values());
  }

  private formsOf(body: string | Buffer): BodyForms {
    if (typeof body === "string") {
      const known = this.byText.get(body);
      if (known) return known;
      const identity = Buffer.from(body, "utf8");
      const forms = { digest: hash("sha1", identity, "base64url"), identity };
      this.byText.set(body, forms);
      return forms;
    }
    const digest = hash("sha1", body, "base64url");
    const known = this.byDigest.get(digest);
    if (known) return known;
    const forms = { digest, identity: body };
    this.byDigest.set(digest, forms);
    return forms;
  }

  /** Stores a changed form, so that the cache counts its new size (if the body is still held). */
  private update(body: string | Buffer, forms: BodyForms): void {
    if (typeof body === "string") {
      if (this.byText.peek(body) === forms) this.byText.set(body, forms);
    } else if (this.byDigest.peek(forms.digest) === forms) this.byDigest.set(forms.digest, forms);
  }

  private compress(body: string | Buffer, forms: BodyForms, encoding: Encoding): Buffer {
    const { identity } = forms;
    const quick = encoding === "br" ? brotliCompressSync(identity, brotliOptions(5, identity.length)) : gzipSync(identity, { level: 6 });
    forms[encoding] = quick;
    this.update(body, forms);
    this.refine(body, forms, encoding);
    return quick;
  }

  private refine(body: string | Buffer, forms: BodyForms, encoding: Encoding): void {
    const key = `${forms.digest}:${encoding}`;
    if (this.refining.has(key)) return;
    const { identity } = forms;
    const best = encoding === "br" ? brotliCompressAsync(identity, brotliOptions(11, identity.length)) : gzipAsync(identity, { level: 9 });
    const done = best
      .then((smaller) => {
        if (smaller.length >= (forms[encoding]?.length ?? Infinity)) return;
        forms[encoding] = smaller;
        this.update(body, forms);
      })
      .finally(() => this.refining.delete(key));
    this.refining.set(key, done);
  }
}

type WriteArgs = [chunk: unknown, encodingOrCallback?: unknown, callback?: unknown];

function chunkBuffer(chunk: string | Uint8Array, encoding: unknown): Buffer {
  if (typeof chunk === "string") return Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
}

/** The whole body from its chunks: a single UTF-8 string stays a string (see `PreparedBodyCache`). */
function joinChunks(chunks: readonly (readonly [string | Uint8Array, unknown])[]): string | Buffer {
  const [only] = chunks;
  if (chunks.length === 1 && only && typeof only[0] === "string" && (only[1] === undefined || only[1] === "utf8" || only[1] === "utf-8"))
    return only[0];
  if (chunks.length === 1 && only && Buffer.isBuffer(only[0])) return only[0];
  return Buffer.concat(chunks.map(([chunk, encoding]) => chunkBuffer(chunk, encoding)));
}

/** A write's chunk and its encoding, or nothing for an empty write or a bare callback. */
function chunkOf(args: WriteArgs): readonly [string | Uint8Array, unknown] | undefined {
  const [chunk, encoding] = args;
  if (typeof chunk === "string" || chunk instanceof Uint8Array) return [chunk, typeof encoding === "function" ? undefined : encoding];
  return undefined;
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
  let chunks: (readonly [string | Uint8Array, unknown])[] | undefined;
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
    const chunk = chunkOf(args);
    if (chunk) chunks.push(chunk);
    const callback = lastCallback(args);
    if (callback) process.nextTick(callback);
    return true;
  } as ServerResponse["write"];

  response.end = function (this: ServerResponse, ...args: WriteArgs): ServerResponse {
    if (!decided) decide();
    if (!chunks) return (end as (...a: WriteArgs) => ServerResponse).apply(this, args);
    const chunk = chunkOf(args);
    if (chunk) chunks.push(chunk);
    restore();
    const worthCompressing = isWorthCompressing(shapeOf(request, response));
    const encoding = worthCompressing ? preferredEncoding(request.headers["accept-encoding"]) : undefined;
    const prepared = cache.prepare(joinChunks(chunks), encoding);
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
