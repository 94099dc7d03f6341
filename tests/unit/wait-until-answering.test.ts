import { createServer, type Server } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { waitUntilAnswering } from "@/lib/server/wait-until-answering";
import { freePort } from "../e2e/report-server";

let server: Server | undefined;
afterEach(() => {
  server?.close();
  server = undefined;
});

/** A server on `port` answering with the statuses in `statuses`, then the last one on. */
async function serve(port: number, statuses: number[]): Promise<number[]> {
  const answered: number[] = [];
  server = createServer((_request, response) => {
    const status = statuses[Math.min(answered.length, statuses.length - 1)] ?? 200;
    answered.push(status);
    response.statusCode = status;
    response.end();
  });
  await new Promise<void>((resolve) => server?.listen(port, "127.0.0.1", resolve));
  return answered;
}

describe("waitUntilAnswering", () => {
  it("goes on asking while the server fails, and returns once it answers a page", async () => {
    const port = await freePort();
    const answered = await serve(port, [502, 503, 200]);
    await waitUntilAnswering(`http://127.0.0.1:${port}/`, 10_000);
    expect(answered).toEqual([502, 503, 200]);
  });

  it.each([308, 404])("counts a %i as answering", async (status) => {
    const port = await freePort();
    const answered = await serve(port, [status]);
    await waitUntilAnswering(`http://127.0.0.1:${port}/`, 10_000);
    expect(answered).toEqual([status]);
  });

  it("gives up after its time, saying what it got last", async () => {
    const port = await freePort();
    await serve(port, [500]);
    await expect(waitUntilAnswering(`http://127.0.0.1:${port}/`, 600)).rejects.toThrow("(last: 500)");
    server?.close();
    server = undefined;
    await expect(waitUntilAnswering(`http://127.0.0.1:${port}/`, 600)).rejects.toThrow("(last: no answer)");
  });
});
