// Loopback check for the listen address of `nx1-migrate sandbox`, which
// keeps the sandbox reachable from this machine only.

import { isIPv4, isIPv6 } from "node:net";

/**
 * Returns whether `host` is a loopback address: `localhost`, 127.0.0.0/8,
 * `::1`, or an IPv4-mapped IPv6 form of 127.0.0.0/8. Other names are not
 * resolved, so they count as remote.
 */
export function isLoopbackHost(host: string): boolean {
  const bare = host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
  if (bare.toLowerCase() === "localhost") return true;
  if (isIPv4(bare)) return bare.startsWith("127.");
  if (!isIPv6(bare)) return false;

  const lower = bare.toLowerCase();
  const mapped = /^(?:0{0,4}:){0,5}:?ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped?.[1] !== undefined) return mapped[1].startsWith("127.");
  return expandIPv6(lower) === "0000:0000:0000:0000:0000:0000:0000:0001";
}

/** Writes an IPv6 address (without an embedded IPv4 part) as eight 4-digit groups. */
function expandIPv6(address: string): string {
  const [left = "", right] = address.split("::");
  const head = left === "" ? [] : left.split(":");
  const tail = right === undefined || right === "" ? [] : right.split(":");
  const zeros = right === undefined ? [] : Array(8 - head.length - tail.length).fill("0");
  return [...head, ...zeros, ...tail].map((group) => group.padStart(4, "0")).join(":");
}
