// A hostile stand-in for the Nx1 API on 127.0.0.1. It responds to every POST
// with an error whose text repeats the request, credentials included, as a
// careless server or proxy might. Secrets must still not reach any
// output, ledger or commit of the tool.

import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export type EchoMode =
  /** 500 with {"error": body and headers}: the outcome is unknown. */
  | "echo-500"
  /** 422 with FastAPI's {"detail": [...]} naming the body: the outcome is rejected. */
  | "echo-422"
  /** 422 whose error text puts the 300-character cut of server text 12 characters before the secret ends. */
  | "echo-across-cut"
  /** 422 with {"error": errorText}, for error text written to break markdown. */
  | "fixed-422";

export interface EchoApi {
  url: string;
  mode: EchoMode;
  /** Error text of the fixed-422 mode. */
  errorText: string;
  requests: number;
  close(): Promise<void>;
}

/** Length of server text the client keeps, which the echo-across-cut mode aims at. */
const CUT = 300;

export async function startEchoApi(secret: string): Promise<EchoApi> {
  const api: EchoApi = {
    url: "",
    mode: "echo-500",
    errorText: "",
    requests: 0,
    close: async () => {},
  };
  const server = createServer((req, res) => {
    void readText(req).then((body) => {
      api.requests++;
      const psk = String(req.headers["authorization-psk"] ?? "");
      const bearer = String(req.headers.authorization ?? "");
      const send = (status: number, payload: unknown) => {
        res.writeHead(status, { "content-type": "application/json", connection: "close" });
        res.end(JSON.stringify(payload));
      };
      if (api.mode === "echo-500") {
        send(500, { error: `failed on ${body} with key ${psk} ${bearer}` });
      } else if (api.mode === "echo-422") {
        send(422, {
          detail: [{ loc: ["body", "kinit_password"], msg: `bad value ${body} for ${psk}` }],
        });
      } else if (api.mode === "fixed-422") {
        send(422, { error: api.errorText });
      } else {
        const padding = "x".repeat(CUT - (secret.length - 12));
        send(422, { error: `${padding}${secret} rest` });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  api.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return api;
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
