import { useEffect } from "react";

/**
 * Sets a flag on <html> (data-<name>) once the page has hydrated and `ready` has resolved: styles
 * keep what depends on stored data hidden until then, so nothing shows a wrong value first and no
 * component renders twice to find out.
 */
export function useDocumentFlag(name: string, ready: () => Promise<unknown>): void {
  useEffect(() => {
    let mounted = true;
    void ready().then(() => {
      if (mounted) document.documentElement.dataset[name] = "";
    });
    return () => {
      mounted = false;
    };
  }, [name, ready]);
}
