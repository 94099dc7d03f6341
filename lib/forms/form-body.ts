import type { RawFields } from "./form-input";

export type FormBodyResult = { ok: true; fields: RawFields } | { ok: false; message: string };

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];

/**
 * Reads a posted HTML form of at most `maxBytes`: URL-encoded or multipart, text fields only.
 * Anything else (another content type, a larger body, a file, bytes that are not UTF-8) is
 * refused with a Chinese message for a 400 answer. The body is read as a stream and
 * abandoned as soon as it passes the limit, whatever Content-Length claims.
 */
export async function readFormBody(request: Request, maxBytes: number): Promise<FormBodyResult> {
  const contentType = request.headers.get("content-type") ?? "";
  const mediaType = (contentType.split(";")[0] ?? "").trim().toLowerCase();
  if (!FORM_TYPES.includes(mediaType)) return { ok: false, message: "请通过本站网页上的表单提交。" };
  const tooLarge = { ok: false as const, message: `提交的内容太大了（最多 ${Math.floor(maxBytes / 1024)} KB），请删减说明后再提交。` };
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return tooLarge;
  const bytes = await readAtMost(request, maxBytes);
  if (!bytes) return tooLarge;
  const malformed = { ok: false as const, message: "提交的内容无法识别，请回到表单页面重新提交。" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return malformed;
  }
  if (mediaType === "application/x-www-form-urlencoded") return { ok: true, fields: collect(new URLSearchParams(text)) };
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { "content-type": contentType } }).formData();
  } catch {
    return malformed;
  }
  const fields: [string, string][] = [];
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string") return { ok: false, message: "表单不接受上传文件，请把内容写在文字框里。" };
    fields.push([name, value]);
  }
  return { ok: true, fields: collect(fields) };
}

/** The body's bytes, or undefined as soon as there are more than `maxBytes`. */
async function readAtMost(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Field values by name; a repeated field keeps every value, so the form reader can refuse it.
 * Each value is added in place (copying the list for every repeat made a body of one field
 * repeated n times cost n² steps).
 */
export function collect(entries: Iterable<[string, string]>): RawFields {
  const fields = new Map<string, string[]>();
  for (const [name, value] of entries) {
    const values = fields.get(name);
    if (values) values.push(value);
    else fields.set(name, [value]);
  }
  return Object.fromEntries([...fields].map(([name, values]) => [name, values.length === 1 ? values[0] : values]));
}
