/** Reads JSON text with `parse`; null for text that is not JSON or that `parse` refuses. Never throws. */
export function parseJsonWith<T>(text: string, parse: (data: unknown) => T | null): T | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  return parse(data);
}
