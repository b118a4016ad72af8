/** Why a file is not notes we can read, before any Markdown is parsed. */
export type DecodeProblem = 'empty' | 'binary' | 'too-large';

export const MAX_NOTES_BYTES = 1024 * 1024;

/**
 * The text of an uploaded notes file: UTF-8 (with or without a byte-order mark), or UTF-16 with
 * a byte-order mark, converted. Anything else that does not decode as UTF-8, or holds control
 * bytes text never has, is binary.
 */
export function decodeNotes(bytes: Uint8Array): { text: string } | { problem: DecodeProblem } {
  if (bytes.length === 0) return { problem: 'empty' };
  if (bytes.length > MAX_NOTES_BYTES) return { problem: 'too-large' };
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    else text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { problem: 'binary' };
  }
  // NUL and the other C0 controls (but tab, line feed, carriage return, form feed) do not occur in text.
  if (/[\u0000-\u0008\u000b\u000e-\u001f]/.test(text)) return { problem: 'binary' };
  text = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { problem: 'empty' };
  return { text };
}
