import { join, resolve } from 'node:path';
import { ROOT } from './spawnBot.js';

/**
 * The project's shared folder beside the checkout (`../shared`): the seed notes, real notes
 * written by others, and Discord's OpenAPI schema. Tests read them from there, never a copy.
 */
export const SHARED_DIR = process.env.STUDYBOT_SHARED_DIR ?? resolve(ROOT, '../shared');
export const SEED_PATH = join(SHARED_DIR, 'seeds/000_785b47f05e104888.txt');
export const SAMPLES = ['cs231n-neural-networks-1.md', 'dlai-course1-neural-networks.md'].map((name) => join(SHARED_DIR, 'notes-samples', name));
