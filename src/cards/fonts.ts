import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { GlobalFonts } from '@napi-rs/canvas';

// The cards are imported on first use (see /stats, /progress, the recap): the bot does not map
// Skia and the fonts into memory until someone asks for a picture.

/** The family every card uses: Pretendard (SIL OFL), so Korean renders without system fonts. */
export const FONT = 'Pretendard';
export const FONT_FILES = ['Pretendard-Regular.ttf', 'Pretendard-Bold.ttf'] as const;

/**
 * Where the two font files are: `fonts/` beside `dist/` in the Docker image (copied there in its
 * build stage, so the 98 MB font package stays out of the image), else the pretendard package
 * that `npm install` brings for development.
 */
export function fontDirectory(): string {
  const shipped = fileURLToPath(new URL('../../fonts/', import.meta.url));
  if (FONT_FILES.every((file) => existsSync(`${shipped}${file}`))) return shipped;
  const require = createRequire(import.meta.url);
  return `${require.resolve('pretendard/package.json').replace(/package\.json$/, '')}dist/public/static/alternative/`;
}

let registered = false;

/** Registers the bundled Korean-capable font once (regular and bold). */
export function registerFonts(): void {
  if (registered) return;
  const dir = fontDirectory();
  for (const file of FONT_FILES) GlobalFonts.registerFromPath(`${dir}${file}`, FONT);
  registered = true;
}
