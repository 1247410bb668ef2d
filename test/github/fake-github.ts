// A stand-in for the few GitHub REST endpoints the adapter calls, on 127.0.0.1 with a port
// chosen by the system. Queued faults are returned before the normal response.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  /** Path and query as received, including any prefix. */
  url: string;
  authorization?: string;
  userAgent?: string;
  body?: unknown;
}

export interface FakeComment {
  id: number;
  body: string;
  html_url: string;
  user: { login: string; type: string };
}

export interface FakePull {
  number: number;
  title: string;
  html_url: string;
  state: "open" | "closed";
  merged_at: string | null;
  merge_commit_sha: string | null;
  base: { ref: string };
  head: { ref: string };
}

export interface Fault {
  method: string;
  /** Matched against the path without the prefix and without the query. */
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Number of matching requests that get this response. Default 1. */
  times?: number;
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  /** Comments per issue number, oldest first. The stand-in serves one repository. */
  readonly comments = new Map<number, FakeComment[]>();
  /** Pull requests per commit sha, as commits/{sha}/pulls returns them. */
  readonly pulls = new Map<string, FakePull[]>();
  /** Login that GET /user returns, as for a personal access token; unset, it answers 403 as for GITHUB_TOKEN. */
  tokenUser: string | undefined;
  private readonly faults: Required<Fault>[] = [];
  private nextCommentId = 1_000;
  private origin = "";

  private constructor(
    private readonly server: Server,
    /** Path prefix of the API root, such as `/api/v3` for GitHub Enterprise Server. */
    readonly prefix: string,
  ) {}

  static async start(prefix = ""): Promise<FakeGitHub> {
    const server = createServer();
    const fake = new FakeGitHub(server, prefix);
    server.on("request", (request: IncomingMessage, response: ServerResponse) => {
      void fake.handle(request, response);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    fake.origin = `http://127.0.0.1:${port}`;
    return fake;
  }

  get baseUrl(): string {
    return `${this.origin}${this.prefix}`;
  }

  addComment(issueNumber: number, body: string, login = "github-actions[bot]"): FakeComment {
    const id = this.nextCommentId++;
    const comment: FakeComment = {
      id,
      body,
      html_url: `https://github.example/o/r/pull/${issueNumber}#issuecomment-${id}`,
      user: { login, type: login.endsWith("[bot]") ? "Bot" : "User" },
    };
    const list = this.comments.get(issueNumber) ?? [];
    list.push(comment);
    this.comments.set(issueNumber, list);
    return comment;
  }

  fail(fault: Fault): void {
    this.faults.push({ headers: {}, body: { message: "fault" }, times: 1, ...fault });
  }

  requestsTo(method: string, pathPattern: RegExp): RecordedRequest[] {
    return this.requests.filter(
      (request) => request.method === method && pathPattern.test(request.url),
    );
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const text = await readBody(request);
    const method = request.method ?? "GET";
    const url = new URL(request.url ?? "/", this.origin);
    this.requests.push({
      method,
      url: `${url.pathname}${url.search}`,
      ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
      ...(request.headers["user-agent"] ? { userAgent: request.headers["user-agent"] } : {}),
      ...(text ? { body: JSON.parse(text) as unknown } : {}),
    });

    if (!url.pathname.startsWith(this.prefix)) return send(response, 404, { message: "Not Found" });
    const path = url.pathname.slice(this.prefix.length);

    const fault = this.faults.find(
      (candidate) => candidate.method === method && candidate.path.test(path),
    );
    if (fault) {
      fault.times -= 1;
      if (fault.times <= 0) this.faults.splice(this.faults.indexOf(fault), 1);
      return send(response, fault.status, fault.body, fault.headers);
    }

    if (path === "/user" && method === "GET") {
      return this.tokenUser === undefined
        ? send(response, 403, { message: "Resource not accessible by integration" })
        : send(response, 200, { login: this.tokenUser, type: "User" });
    }

    const issueComments = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path);
    if (issueComments && method === "GET")
      return this.listComments(Number(issueComments[1]), url, response);
    if (issueComments && method === "POST") {
      const comment = this.addComment(
        Number(issueComments[1]),
        (JSON.parse(text) as { body: string }).body,
      );
      return send(response, 201, comment);
    }

    const oneComment = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path);
    if (oneComment && method === "PATCH") {
      const comment = [...this.comments.values()]
        .flat()
        .find((candidate) => candidate.id === Number(oneComment[1]));
      if (!comment) return send(response, 404, { message: "Not Found" });
      comment.body = (JSON.parse(text) as { body: string }).body;
      return send(response, 200, comment);
    }

    const commitPulls = /^\/repos\/[^/]+\/[^/]+\/commits\/([0-9a-f]+)\/pulls$/.exec(path);
    if (commitPulls && method === "GET")
      return send(response, 200, this.pulls.get(commitPulls[1]!) ?? []);

    return send(response, 404, { message: "Not Found" });
  }

  // Pages as GitHub does: `page` and `per_page` in the query, and a Link header with
  // absolute URLs for rel="next" and rel="last".
  private listComments(issueNumber: number, url: URL, response: ServerResponse): void {
    const all = this.comments.get(issueNumber) ?? [];
    const perPage = Number(url.searchParams.get("per_page") ?? 30);
    const page = Number(url.searchParams.get("page") ?? 1);
    const lastPage = Math.max(1, Math.ceil(all.length / perPage));
    const links: string[] = [];
    const pageUrl = (number: number) => {
      const next = new URL(url);
      next.searchParams.set("page", String(number));
      return next.toString();
    };
    if (page < lastPage)
      links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`);
    const headers: Record<string, string> = links.length > 0 ? { link: links.join(", ") } : {};
    send(response, 200, all.slice((page - 1) * perPage, page * perPage), headers);
  }
}

function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
