import type { Logger } from 'pino';
import type { Clock } from '../../domain/clock.js';
import type { GuildSettingsStore } from '../../db/guildSettings.js';
import type { NotesService } from '../../services/notes.js';

export interface NotesDeps {
  notes: Pick<NotesService, 'importAttachment' | 'list' | 'remove' | 'exportFile'>;
  guilds: Pick<GuildSettingsStore, 'get'>;
  clock: Clock;
  log: Logger;
}
