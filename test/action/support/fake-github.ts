// A stand-in for the GitHub REST endpoints the action calls, on 127.0.0.1 with a port chosen
// by the system. It serves one repository. Requests for any other path get 404 and stay in
// `requests`, so a test can see that the action requested nothing else. Tokens listed in
// `readOnlyTokens` get 403 on writes, as the read-only token of a fork pull request does.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  /** Path and query as received. */
  url: string;
  /** The token of the Authorization header, without its scheme. */
  token?: string;
  body?: unknown;
  status: number;
}

export interface FakeComment {
  id: number;
  body: string;
  html_url: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
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

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  /** Comments per issue number, oldest first. */
  readonly comments = new Map<number, FakeComment[]>();
  /** Pull requests per commit sha, as GET commits/{sha}/pulls returns them. */
  readonly pulls = new Map<string, FakePull[]>();
  readonly readOnlyTokens = new Set<string>();
  private nextCommentId = 5_000;
  private origin = "";

  private constructor(
    private readonly server: Server,
    /** `owner/name` of the one repository served. */
    readonly repository: string,
  ) {}

  static async start(repository: string): Promise<FakeGitHub> {
    // Requests arrive only after listen(), when `fake` is set.
    const server = createServer((request, response) => {
      void fake.handle(request, response);
    });
    const fake = new FakeGitHub(server, repository);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    fake.origin = `http://127.0.0.1:${port}`;
    return fake;
  }

  /** GITHUB_API_URL for the runner environment. */
  get apiUrl(): string {
    return this.origin;
  }

  /** GITHUB_SERVER_URL: the same loopback origin, so links in the output point nowhere else. */
  get serverUrl(): string {
    return this.origin;
  }

  commentsOn(issueNumber: number): FakeComment[] {
    return this.comments.get(issueNumber) ?? [];
  }

  /** Records pull request `number` as merged by commit `sha`. */
  addMergedPull(sha: string, number: number, headRef: string): void {
    const pull: FakePull = {
      number,
      title: `Pull request ${number}`,
      html_url: `${this.origin}/${this.repository}/pull/${number}`,
      state: "closed",
      merged_at: new Date().toISOString(),
      merge_commit_sha: sha,
      base: { ref: "main" },
      head: { ref: headRef },
    };
    this.pulls.set(sha, [...(this.pulls.get(sha) ?? []), pull]);
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
    const authorization = request.headers.authorization;
    const record: RecordedRequest = {
      method,
      url: `${url.pathname}${url.search}`,
      ...(authorization ? { token: authorization.replace(/^(token|bearer)\s+/i, "") } : {}),
      ...(text ? { body: JSON.parse(text) as unknown } : {}),
      status: 0,
    };
    this.requests.push(record);
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      send(response, status, body, headers);
    };

    const prefix = `/repos/${this.repository}/`;
    if (!url.pathname.startsWith(prefix)) return reply(404, { message: "Not Found" });
    const path = url.pathname.slice(prefix.length);
    if (method !== "GET" && record.token !== undefined && this.readOnlyTokens.has(record.token))
      return reply(403, {
        message: "Resource not accessible by integration",
        documentation_url: "https://docs.github.com/rest/issues/comments#create-an-issue-comment",
        status: "403",
      });

    const issueComments = /^issues\/(\d+)\/comments$/.exec(path);
    if (issueComments && method === "GET")
      return this.listComments(Number(issueComments[1]), url, reply);
    if (issueComments && method === "POST") {
      const { body } = JSON.parse(text) as { body: string };
      return reply(201, this.addComment(Number(issueComments[1]), body));
    }

    const oneComment = /^issues\/comments\/(\d+)$/.exec(path);
    if (oneComment && method === "PATCH") {
      const comment = [...this.comments.values()]
        .flat()
        .find((candidate) => candidate.id === Number(oneComment[1]));
      if (!comment) return reply(404, { message: "Not Found" });
      comment.body = (JSON.parse(text) as { body: string }).body;
      comment.updated_at = new Date().toISOString();
      return reply(200, comment);
    }

    const commitPulls = /^commits\/([0-9a-f]{40})\/pulls$/.exec(path);
    if (commitPulls && method === "GET") return reply(200, this.pulls.get(commitPulls[1]!) ?? []);

    return reply(404, { message: "Not Found" });
  }

  private addComment(issueNumber: number, body: string): FakeComment {
    const id = this.nextCommentId++;
    const now = new Date().toISOString();
    const comment: FakeComment = {
      id,
      body,
      html_url: `${this.origin}/${this.repository}/pull/${issueNumber}#issuecomment-${id}`,
      user: { login: "github-actions[bot]", type: "Bot" },
      created_at: now,
      updated_at: now,
    };
    this.comments.set(issueNumber, [...this.commentsOn(issueNumber), comment]);
    return comment;
  }

  // Pages as GitHub does: `page` and `per_page` in the query, and a Link header with
  // absolute URLs for rel="next" and rel="last".
  private listComments(
    issueNumber: number,
    url: URL,
    reply: (status: number, body: unknown, headers?: Record<string, string>) => void,
  ): void {
    const all = this.commentsOn(issueNumber);
    const perPage = Number(url.searchParams.get("per_page") ?? 30);
    const page = Number(url.searchParams.get("page") ?? 1);
    const lastPage = Math.max(1, Math.ceil(all.length / perPage));
    const pageUrl = (number: number) => {
      const next = new URL(url);
      next.searchParams.set("page", String(number));
      return next.toString();
    };
    const headers: Record<string, string> =
      page < lastPage
        ? { link: `<${pageUrl(page + 1)}>; rel="next", <${pageUrl(lastPage)}>; rel="last"` }
        : {};
    reply(200, all.slice((page - 1) * perPage, page * perPage), headers);
  }
}

function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string>,
): void {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
