import { open } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export type DownloadProblem = 'too-large' | 'timeout' | 'failed' | 'refused';

export class DownloadError extends Error {
  constructor(readonly problem: DownloadProblem) {
    super(`download ${problem}`);
    this.name = 'DownloadError';
  }
}

/** Fetches an attachment's bytes, at most `maxBytes` of them. */
export interface Downloader {
  download(url: string, maxBytes: number): Promise<Uint8Array>;
}

export const DOWNLOAD_TIMEOUT_MS = 10_000;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Discord's attachment URLs, over HTTPS (plain HTTP only on loopback, where the test emulator
 * serves them), with a 10-second timeout and the size capped while the body streams in: a
 * file that claims one size and sends another is cut off, not read into memory.
 */
export function createWebDownloader(timeoutMs = DOWNLOAD_TIMEOUT_MS): Downloader {
  return {
    download: (url, maxBytes) => fetchCapped(url, maxBytes, timeoutMs),
  };
}

export const webDownloader = createWebDownloader();

async function fetchCapped(url: string, maxBytes: number, timeoutMs: number): Promise<Uint8Array> {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname))) throw new DownloadError('refused');
  let response: Response;
  try {
    response = await fetch(parsed, { signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
  } catch (error) {
    throw new DownloadError(error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'failed');
  }
  if (!response.ok || !response.body) throw new DownloadError('failed');
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) throw new DownloadError('too-large');
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body) {
      size += chunk.length;
      if (size > maxBytes) throw new DownloadError('too-large');
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof DownloadError) throw error;
    throw new DownloadError(error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'failed');
  }
  return Buffer.concat(chunks);
}

/** The console's attachments are local files (`/notes add file:./notes.md`). */
export const fileDownloader: Downloader = {
  async download(url, maxBytes) {
    if (!url.startsWith('file:')) return webDownloader.download(url, maxBytes);
    let handle: Awaited<ReturnType<typeof open>> | undefined;
    try {
      handle = await open(fileURLToPath(url), 'r');
      const { size } = await handle.stat();
      if (size > maxBytes) throw new DownloadError('too-large');
      return await handle.readFile();
    } catch (error) {
      if (error instanceof DownloadError) throw error;
      throw new DownloadError('failed');
    } finally {
      await handle?.close();
    }
  },
};
