// Credential scrubbing for every message this module raises or passes on.
// A remote such as https://x-access-token:TOKEN@github.com/o/r can show up in
// git's output, in simple-git's errors and in our own messages.

/** Replaces the user-info part of every URL in `text`: `//user:pass@` becomes `//***@`. */
export function redactCredentials(text: string): string {
  // Greedy up to the last `@` before the path, because a token may contain `@`.
  return text.replace(/\/\/[^\s/'"]*@/g, "//***@");
}
