// No outcome may carry the PSK, the token or a credential from the request
// body, even when the server echoes them back in its error text.

import { afterEach, describe, expect, it } from "vitest";

import { createNx1Client, type SubmitOutcome } from "../../src/api/index.js";
import { createRedactor, redactUrlCredentials, requestSecrets } from "../../src/api/redact.js";
import {
  KINIT_PASSWORD,
  NO_PROXY,
  PSK,
  S3_ACCESS,
  S3_SECRET,
  TOKEN,
  sampleRequest,
  sendJson,
  startHttpServer,
  stopAll,
  type CapturedRequest,
} from "./support/servers.js";

afterEach(stopAll);

const SECRETS = [
  PSK,
  TOKEN,
  S3_SECRET,
  S3_ACCESS,
  KINIT_PASSWORD,
  JSON.stringify(S3_SECRET).slice(1, -1),
];

/** Formats the secrets as the server received them, first in the text so no truncation hides them. */
function echo(request: CapturedRequest): string {
  const body = JSON.parse(request.body) as Record<string, unknown>;
  const rawSecret = /"s3_secret_key":"((?:[^"\\]|\\.)*)"/.exec(request.body)?.[1] ?? "";
  return [
    `psk=${String(request.headers["authorization-psk"])}`,
    `auth=${String(request.headers.authorization)}`,
    `secret=${String(body.s3_secret_key)}`,
    `raw=${rawSecret}`,
    `access=${String(body.s3_access_key)}`,
    `kinit=${String(body.kinit_password)}`,
  ].join(" ");
}

function expectNoSecret(outcome: SubmitOutcome): void {
  const text = JSON.stringify(outcome);
  for (const secret of SECRETS) expect(text).not.toContain(secret);
  expect(text).toContain("***");
}

async function submitTo(status: number, asJson: boolean, auth: { psk?: string; token?: string }) {
  const server = await startHttpServer((request, response) => {
    if (asJson) sendJson(response, status, { error: echo(request) });
    else response.writeHead(status, { "content-type": "text/plain" }).end(echo(request));
  });
  const client = createNx1Client({
    baseUrl: server.url,
    auth,
    proxy: NO_PROXY,
    retry: { attempts: 1 },
  });
  const outcome = await client.submitRun(sampleRequest());
  await client.close();
  return outcome;
}

describe("outcome redaction", () => {
  it("redacts secrets echoed in a 422 ErrorResponse", async () => {
    const outcome = await submitTo(422, true, { psk: PSK });
    expect(outcome.kind).toBe("rejected");
    expectNoSecret(outcome);
  });

  it("redacts secrets echoed in a plain-text 400", async () => {
    const outcome = await submitTo(400, false, { token: TOKEN });
    expect(outcome.kind).toBe("rejected");
    expectNoSecret(outcome);
  });

  it("redacts secrets echoed in a 500", async () => {
    const outcome = await submitTo(500, true, { psk: PSK });
    expect(outcome.kind).toBe("unknown");
    expectNoSecret(outcome);
  });

  it("redacts secrets echoed with a 429", async () => {
    const outcome = await submitTo(429, false, { token: TOKEN });
    expect(outcome.kind).toBe("not-sent");
    // A 429 reason names only the status, so there is nothing to redact.
    for (const secret of SECRETS) expect(JSON.stringify(outcome)).not.toContain(secret);
  });

  it("never echoes an invalid PSK in the option error", () => {
    const bad = `${PSK}\n`;
    expect(() =>
      createNx1Client({ baseUrl: "https://nx1.example.com", auth: { psk: bad } }),
    ).toThrow("auth.psk (NX1_API_KEY) contains a line break");
    try {
      createNx1Client({ baseUrl: "https://nx1.example.com", auth: { psk: bad } });
    } catch (error) {
      expect(String(error)).not.toContain(PSK);
    }
  });
});

describe("redaction helpers", () => {
  it("replaces the longest secret first", () => {
    const redact = createRedactor(["abcd", "abcdefgh", undefined, null, ""]);
    expect(redact("x abcdefgh y abcd z")).toBe("x *** y *** z");
  });

  it("lists the JSON-escaped form of a secret", () => {
    expect(requestSecrets(sampleRequest())).toEqual([
      S3_SECRET,
      JSON.stringify(S3_SECRET).slice(1, -1),
      KINIT_PASSWORD,
      S3_ACCESS,
    ]);
  });

  it("removes credentials from URLs in text", () => {
    expect(
      redactUrlCredentials("see https://x-access-token:ghs_abc@github.com/o/r and http://u@h/"),
    ).toBe("see https://***@github.com/o/r and http://***@h/");
  });
});
