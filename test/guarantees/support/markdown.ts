// Reads rendered markdown back as a syntax tree, with the remark-based
// parser that ships inside prettier, so tests can compare the structure of
// two documents and find text that markdown would turn into markup.

import type { ParserOptions } from "prettier";
import { parsers } from "prettier/plugins/markdown";

export interface MarkdownNode {
  type: string;
  value?: string;
  children?: MarkdownNode[];
}

/**
 * Parses GitHub-flavoured markdown. Prettier's parser also reads `{{ }}` as
 * a Liquid tag, which GitHub does not, so such nodes are turned back into text.
 */
export async function parseMarkdown(text: string): Promise<MarkdownNode> {
  return withoutLiquid((await parsers.markdown.parse(text, {} as ParserOptions)) as MarkdownNode);
}

function withoutLiquid(node: MarkdownNode): MarkdownNode {
  if (node.type === "liquidNode") {
    // The node keeps the source text, so backslash escapes are undone here as markdown would.
    return { type: "text", value: (node.value ?? "").replace(/\\([!-/:-@[-`{-~])/g, "$1") };
  }
  if (!node.children) return node;
  const children: MarkdownNode[] = [];
  for (const child of node.children.map(withoutLiquid)) {
    const last = children.at(-1);
    if (child.type === "text" && last?.type === "text")
      children[children.length - 1] = {
        type: "text",
        value: `${last.value ?? ""}${child.value ?? ""}`,
      };
    else children.push(child);
  }
  return { ...node, children };
}

/**
 * Returns the structure of a tree: node types and nesting, without text.
 * Adjacent text nodes are merged first, because an escaped character may
 * split a text node in two.
 */
export function shape(node: MarkdownNode): unknown {
  if (!node.children) return node.type;
  const children: unknown[] = [];
  for (const child of node.children) {
    const part = shape(child);
    if (part === "text" && children.at(-1) === "text") continue;
    children.push(part);
  }
  return { [node.type]: children };
}

/** Returns every node of `type`, depth first. */
export function nodesOf(node: MarkdownNode, type: string): MarkdownNode[] {
  const found = node.type === type ? [node] : [];
  for (const child of node.children ?? []) found.push(...nodesOf(child, type));
  return found;
}
