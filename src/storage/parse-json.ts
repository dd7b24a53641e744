/** Stored JSON as an object, or undefined for nothing, junk or a non-object: callers start afresh then. */
export function parseStoredObject(raw: string | null): Record<string, unknown> | undefined {
  if (!raw) return undefined;
  try {
    const data: unknown = JSON.parse(raw);
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
