import { NextResponse, type NextRequest } from "next/server";

// Next.js answers a path with malformed percent-encoding (/steps/%E0%A4%A) with a 500. Such a
// request is the client's mistake: answer 400 with a short page. The matcher keeps this off every
// path without a "%", so prerendered pages are served without running it.
export const config = { matcher: ["/:path(.*%.*)"] };

const BAD_REQUEST_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bad request</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem"><main><h1>This address isn’t valid</h1><p>The link is garbled, so it can’t be opened. <a href="/">Go to the roadmap</a>.</p></main></body></html>`;

export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    return new NextResponse(BAD_REQUEST_PAGE, { status: 400, headers: { "Content-Type": "text/html; charset=utf-8" } });
  }
}
