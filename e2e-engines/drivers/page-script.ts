/** A function body and its arguments as one expression, for protocols that evaluate an expression. */
export function pageScript(body: string, args: unknown[]): string {
  return `(function () { ${body} }).apply(null, ${JSON.stringify(args)})`;
}
