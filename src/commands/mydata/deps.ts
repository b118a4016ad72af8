import type { Logger } from 'pino';
import type { Clock } from '../../domain/clock.js';
import type { MembersStore } from '../../db/members.js';
import type { MemberData } from '../../services/memberData.js';
import type { ProgressService } from '../../services/progress.js';

export interface MydataDeps {
  memberData: MemberData;
  members: Pick<MembersStore, 'get'>;
  progress: Pick<ProgressService, 'setOptOut'>;
  clock: Clock;
  log: Logger;
}
