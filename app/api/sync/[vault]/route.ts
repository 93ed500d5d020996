import { handleSyncRequest } from "@/lib/sync/server";

// The sync API: thin handlers over lib/sync/server. HEAD is answered as GET, OPTIONS by Next.js
// (Allow only, no CORS: the API serves this site's own pages), other methods with Next.js's 405.
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

type Context = { params: Promise<{ vault: string }> };

export async function GET(request: Request, { params }: Context) {
  return handleSyncRequest(request, (await params).vault);
}

export async function PUT(request: Request, { params }: Context) {
  return handleSyncRequest(request, (await params).vault);
}

export async function DELETE(request: Request, { params }: Context) {
  return handleSyncRequest(request, (await params).vault);
}
