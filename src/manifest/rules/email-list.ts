import type { Finding, Request, Rule } from "./rule.js";

// Deliberately simple: it catches typos such as a missing `@` or a `;`
// separator, not every address RFC 5322 allows.
const ADDRESS = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>".]+$/;

export const emailList: Rule = {
  id: "email-list",
  description: "email_recipients is a comma-separated list of email addresses.",
  defaultSeverity: "error",
  check(request: Request): Finding[] {
    const value = request.email_recipients;
    if (typeof value !== "string") return [];
    if (value.includes(";")) {
      return [
        {
          path: ["email_recipients"],
          message: `email_recipients ${JSON.stringify(value)} uses \`;\`; separate addresses with commas`,
        },
      ];
    }
    const addresses = value.split(",").map((part) => part.trim());
    const invalid = addresses.filter((address) => !ADDRESS.test(address));
    if (invalid.length === 0) return [];
    const shown = invalid
      .map((address) => (address === "" ? "an empty entry" : JSON.stringify(address)))
      .join(", ");
    return [
      {
        path: ["email_recipients"],
        message: `email_recipients has ${shown}, which is not an email address; write addresses such as data-team@example.com, separated by commas`,
      },
    ];
  },
};
