import type { Root, RootContent, Strong } from "mdast";
import { toString } from "mdast-util-to-string";
import { remark } from "remark";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";

// remark-rehype drops raw HTML (allowDangerousHtml is off) and rehype-sanitize
// strips anything else unsafe, such as javascript: links, before stringifying.
const processor = remark().use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);

export interface ArticleSection {
  number: number;
  /** The heading's text without its "Step N:" prefix or emphasis. */
  title: string;
  nodes: RootContent[];
}

export interface SplitArticle {
  intro: RootContent[];
  sections: ArticleSection[];
}

const STEP_HEADING = /^Step\s+(\d+)\s*:\s*(.+)$/;

export function parseMarkdown(markdown: string): Root {
  return processor.parse(markdown);
}

/** Splits an article at its `### Step N: Title` headings into the intro and one section per step. */
export function splitArticle(root: Root): SplitArticle {
  const intro: RootContent[] = [];
  const sections: ArticleSection[] = [];
  for (const node of root.children) {
    const match = node.type === "heading" && node.depth === 3 ? STEP_HEADING.exec(toString(node).trim()) : null;
    if (match?.[1] && match[2]) {
      sections.push({ number: Number(match[1]), title: match[2].trim(), nodes: [] });
    } else {
      (sections.at(-1)?.nodes ?? intro).push(node);
    }
  }
  return { intro, sections };
}

/** The plain text of Markdown nodes, for checking what they name. */
export function textOf(nodes: RootContent[]): string {
  return toString({ type: "root", children: nodes });
}

/** The bold labels in Markdown nodes ("**Linear Algebra**:"), without a trailing colon: how the article names its topics. */
export function boldLabels(nodes: RootContent[]): string[] {
  const labels: string[] = [];
  const visit = (node: RootContent | Root) => {
    if (node.type === "strong") labels.push(toString(node as Strong).trim().replace(/:$/, "").trim());
    else if ("children" in node) for (const child of node.children) visit(child);
  };
  for (const node of nodes) visit(node);
  return labels;
}

/** Renders Markdown nodes to sanitised HTML. */
export function renderNodes(nodes: RootContent[]): string {
  const hast = processor.runSync({ type: "root", children: nodes });
  return processor.stringify(hast).trim();
}

export function renderMarkdown(markdown: string): string {
  return renderNodes(parseMarkdown(markdown).children);
}
