import type { Element, Root as HtmlRoot } from "hast";
import type { Root, RootContent, Strong } from "mdast";
import { toString } from "mdast-util-to-string";
import { remark } from "remark";
import type { Direction } from "../i18n/direction";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";

/** The blocks of text whose direction each follows its own first strong letter. */
const TEXT_BLOCKS = new Set(["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "td", "th", "figcaption"]);

/**
 * Gives every block of text dir="auto", on a right-to-left site: an English paragraph or list item
 * inside an Arabic article then reads left to right.
 */
function isolateTextDirection() {
  const visit = (node: HtmlRoot | Element) => {
    for (const child of node.children) {
      if (child.type !== "element") continue;
      if (TEXT_BLOCKS.has(child.tagName)) child.properties.dir = "auto";
      visit(child);
    }
  };
  return (tree: HtmlRoot) => visit(tree);
}

// remark-rehype drops raw HTML (allowDangerousHtml is off) and rehype-sanitize
// strips anything else unsafe, such as javascript: links, before stringifying.
const processor = remark().use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);
const rightToLeftProcessor = remark().use(remarkRehype).use(rehypeSanitize).use(isolateTextDirection).use(rehypeStringify);

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

/** The word the article's step headings start with unless site.yaml's stepLabel says otherwise. */
export const DEFAULT_STEP_LABEL = "Step";

const stepHeading = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s+(\\d+)\\s*:\\s*(.+)$`, "u");

export function parseMarkdown(markdown: string): Root {
  return processor.parse(markdown);
}

/** Splits an article at its `### Step N: Title` headings (`### Paso N:` with the label "Paso") into the intro and one section per step. */
export function splitArticle(root: Root, stepLabel = DEFAULT_STEP_LABEL): SplitArticle {
  const intro: RootContent[] = [];
  const sections: ArticleSection[] = [];
  const heading = stepHeading(stepLabel);
  for (const node of root.children) {
    const match = node.type === "heading" && node.depth === 3 ? heading.exec(toString(node).trim()) : null;
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

/** Renders Markdown nodes to sanitised HTML, for a page written in `direction`. */
export function renderNodes(nodes: RootContent[], direction: Direction = "ltr"): string {
  const renderer = direction === "rtl" ? rightToLeftProcessor : processor;
  const hast = renderer.runSync({ type: "root", children: nodes });
  return renderer.stringify(hast).trim();
}

export function renderMarkdown(markdown: string, direction: Direction = "ltr"): string {
  return renderNodes(parseMarkdown(markdown).children, direction);
}
