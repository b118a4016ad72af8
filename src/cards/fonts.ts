import { createRequire } from 'node:module';
import { GlobalFonts } from '@napi-rs/canvas';

// The cards are imported on first use (see /stats, /progress, the recap): the bot does not map
// Skia and the fonts into memory until someone asks for a picture.

/** The family every card uses: Pretendard (SIL OFL), shipped by npm, so Korean renders without system fonts. */
export const FONT = 'Pretendard';

const require = createRequire(import.meta.url);
let registered = false;

/** Registers the bundled Korean-capable font once (regular and bold). */
export function registerFonts(): void {
  if (registered) return;
  for (const weight of ['Regular', 'Bold']) {
    GlobalFonts.registerFromPath(require.resolve(`pretendard/dist/public/static/alternative/Pretendard-${weight}.ttf`), FONT);
  }
  registered = true;
}
