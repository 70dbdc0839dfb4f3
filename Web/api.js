// Calls to the Foedus API (same origin, JSON). An error answer becomes an ApiError with the server's message.

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.name = "ApiError";
    this.status = status;
  }
}

export async function api(path) {
  const r = await fetch(path, { headers: { Accept: "application/json" } });
  let body = null;
  try { body = await r.json(); } catch (e) { body = null; }
  if (!r.ok) throw new ApiError(body && body.error ? body.error.message : `${r.status} ${r.statusText}`, r.status);
  return body;
}

export const enc = encodeURIComponent;
