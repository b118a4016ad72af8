/** Polls `what` every `stepMs` until it returns a value, or fails after `timeoutMs` naming what it waited for. */
export async function until<T>(what: () => T | undefined, timeoutMs = 5000, label = 'a condition', stepMs = 10): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = what();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${label}`);
    await new Promise((resolve) => setTimeout(resolve, stepMs));
  }
}
