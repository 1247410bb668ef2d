// Canary secrets and the search for them. A canary is a unique value whose
// random part uses only letters outside 0-9a-f, so no commit hash or blob
// id can contain a piece of it by chance. A leak is the whole value, its
// base64 form, or any 8 characters of its random part, which also catches a
// secret cut in half by a truncated message.

import { randomInt } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const LETTERS = "ghjkmnpqrstvwxyz";
const WINDOW = 8;

export interface Canary {
  label: string;
  value: string;
  /** The random part, searched for in pieces. */
  random: string;
}

export function makeCanary(label: string): Canary {
  const random = Array.from({ length: 24 }, () => LETTERS[randomInt(LETTERS.length)]).join("");
  return { label, value: `canary-${label}-${random}`, random };
}

/** Returns one line per canary found in `text`, naming where (`place`) and in which form. */
export function findLeaks(place: string, text: string, canaries: readonly Canary[]): string[] {
  const leaks: string[] = [];
  for (const canary of canaries) {
    if (text.includes(canary.value)) {
      leaks.push(`${place}: ${canary.label} in full`);
      continue;
    }
    if (text.includes(Buffer.from(canary.value).toString("base64"))) {
      leaks.push(`${place}: ${canary.label} as base64`);
      continue;
    }
    for (let start = 0; start + WINDOW <= canary.random.length; start++) {
      if (text.includes(canary.random.slice(start, start + WINDOW))) {
        leaks.push(
          `${place}: part of ${canary.label} (${canary.random.slice(start, start + WINDOW)})`,
        );
        break;
      }
    }
  }
  return leaks;
}

/**
 * Searches every file under `dir` except the folders named in `skip`
 * (such as `.git`, whose compressed objects are read with git instead).
 */
export function findLeaksInTree(
  dir: string,
  canaries: readonly Canary[],
  skip: ReadonlySet<string> = new Set([".git"]),
): string[] {
  const leaks: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skip.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) leaks.push(...findLeaksInTree(path, canaries, skip));
    else if (entry.isFile()) leaks.push(...findLeaks(path, readFileSync(path, "latin1"), canaries));
  }
  return leaks;
}
