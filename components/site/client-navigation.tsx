"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useLayoutEffect, useRef } from "react";

const INTENT_EVENTS = ["pointerover", "focusin", "touchstart"] as const;

/** The same-origin page link an event happened on, if the browser would follow it in this tab. */
function pageLink(event: Event): HTMLAnchorElement | null {
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(link instanceof HTMLAnchorElement) || link.origin !== window.location.origin || link.target || link.hasAttribute("download")) return null;
  return link;
}

/** To the top at once, whatever `scroll-behavior` says: as a page loaded afresh opens. */
function scrollToTop() {
  window.scrollTo({ top: 0, left: 0, behavior: "instant" });
}

/**
 * Internal links are plain <a> elements, so pages hydrate no component per link and work before
 * any script runs. Once scripts run, this one listener makes them client-side navigations, and
 * prefetches a page when the pointer or focus reaches a link to it rather than whenever a link
 * scrolls into view, which would spend first-load time on pages nobody opens.
 */
export function ClientNavigation() {
  const router = useRouter();
  const pathname = usePathname();
  // The page a link without a fragment opens, to be shown from its top once it has rendered:
  // Next.js would only scroll its content into view, leaving the site header above the screen.
  const openingAtTop = useRef<string | null>(null);

  useLayoutEffect(() => {
    if (openingAtTop.current !== pathname) return;
    openingAtTop.current = null;
    scrollToTop();
  }, [pathname]);

  useEffect(() => {
    const prefetched = new Set([window.location.pathname]);
    function prefetch(event: Event) {
      const link = pageLink(event);
      // Offline, a prefetch can only fail; the page is tried again once back online.
      if (!link || prefetched.has(link.pathname) || !navigator.onLine) return;
      prefetched.add(link.pathname);
      router.prefetch(link.pathname);
    }
    function navigate(event: MouseEvent) {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = pageLink(event);
      if (!link) return;
      const samePage = link.pathname === window.location.pathname && link.search === window.location.search;
      // Another fragment of this page: the browser scrolls to it, and fires hashchange.
      if (samePage && link.hash) return;
      event.preventDefault();
      const href = link.pathname + link.search + link.hash;
      if (link.hash) {
        // A fragment is scrolled to by Next.js once the page renders.
        router.push(href);
        return;
      }
      if (samePage) scrollToTop();
      else openingAtTop.current = link.pathname;
      router.push(href, { scroll: false });
    }
    for (const type of INTENT_EVENTS) document.addEventListener(type, prefetch, { passive: true });
    document.addEventListener("click", navigate);
    return () => {
      for (const type of INTENT_EVENTS) document.removeEventListener(type, prefetch);
      document.removeEventListener("click", navigate);
    };
  }, [router]);
  return null;
}
