/**
 * Numbered migrations, applied in order, each in its own transaction.
 * Never edit a migration that has shipped: add the next number instead.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'guild settings and bot metadata',
    sql: `
      CREATE TABLE guild_settings (
        guild_id   TEXT PRIMARY KEY,
        channel_id TEXT,
        post_time  TEXT NOT NULL DEFAULT '09:00',
        timezone   TEXT NOT NULL DEFAULT 'Asia/Seoul',
        language   TEXT NOT NULL DEFAULT 'ko' CHECK (language IN ('ko', 'en')),
        paused     INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
        updated_at TEXT NOT NULL
      ) STRICT;

      -- Small key/value facts about the bot itself, e.g. the hash of the registered commands.
      CREATE TABLE bot_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    version: 2,
    name: 'members, reading, checklists, quiz attempts and score aggregates',
    sql: `
      CREATE TABLE members (
        guild_id            TEXT NOT NULL,
        user_id             TEXT NOT NULL,
        joined_at           TEXT NOT NULL,
        leaderboard_opt_out INTEGER NOT NULL DEFAULT 0 CHECK (leaderboard_opt_out IN (0, 1)),
        current_streak      INTEGER NOT NULL DEFAULT 0,
        best_streak         INTEGER NOT NULL DEFAULT 0,
        last_daily_date     TEXT,
        last_active_date    TEXT,
        PRIMARY KEY (guild_id, user_id)
      ) STRICT, WITHOUT ROWID;

      -- One row per member and period: 'all', or the local date of the Monday that starts a week.
      -- Kept up to date in the transaction of every event, so leaderboards read this index only.
      CREATE TABLE scores (
        guild_id   TEXT NOT NULL,
        period     TEXT NOT NULL,
        user_id    TEXT NOT NULL,
        points     INTEGER NOT NULL DEFAULT 0,
        answered   INTEGER NOT NULL DEFAULT 0,
        correct    INTEGER NOT NULL DEFAULT 0,
        -- When the points last changed: among equal points, who got there first ranks higher.
        reached_at TEXT NOT NULL,
        PRIMARY KEY (guild_id, period, user_id),
        FOREIGN KEY (guild_id, user_id) REFERENCES members (guild_id, user_id) ON DELETE CASCADE
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX scores_rank ON scores (guild_id, period, points DESC, reached_at, user_id);

      -- How many members hold each score: a rank is a sum over the few distinct scores above it.
      CREATE TABLE score_histogram (
        guild_id TEXT NOT NULL,
        period   TEXT NOT NULL,
        points   INTEGER NOT NULL,
        members  INTEGER NOT NULL CHECK (members > 0),
        PRIMARY KEY (guild_id, period, points)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE topic_scores (
        guild_id TEXT NOT NULL,
        user_id  TEXT NOT NULL,
        lecture  TEXT NOT NULL,
        answered INTEGER NOT NULL DEFAULT 0,
        correct  INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (guild_id, user_id, lecture),
        FOREIGN KEY (guild_id, user_id) REFERENCES members (guild_id, user_id) ON DELETE CASCADE
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE section_reads (
        guild_id TEXT NOT NULL,
        user_id  TEXT NOT NULL,
        lecture  TEXT NOT NULL,
        section  TEXT NOT NULL,
        read_at  TEXT NOT NULL,
        week     TEXT NOT NULL,
        PRIMARY KEY (guild_id, user_id, lecture, section),
        FOREIGN KEY (guild_id, user_id) REFERENCES members (guild_id, user_id) ON DELETE CASCADE
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE checklist_items (
        guild_id   TEXT NOT NULL,
        user_id    TEXT NOT NULL,
        checklist  TEXT NOT NULL,
        item       TEXT NOT NULL,
        checked_at TEXT NOT NULL,
        -- The week the point was earned in: unchecking takes it back from that week.
        week       TEXT NOT NULL,
        PRIMARY KEY (guild_id, user_id, checklist, item),
        FOREIGN KEY (guild_id, user_id) REFERENCES members (guild_id, user_id) ON DELETE CASCADE
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE quiz_attempts (
        id          INTEGER PRIMARY KEY,
        guild_id    TEXT NOT NULL,
        user_id     TEXT NOT NULL,
        question_id TEXT NOT NULL,
        lecture     TEXT NOT NULL,
        source      TEXT NOT NULL CHECK (source IN ('practice', 'daily')),
        post_id     INTEGER,
        choice      INTEGER NOT NULL,
        correct     INTEGER NOT NULL CHECK (correct IN (0, 1)),
        answered_at TEXT NOT NULL,
        local_date  TEXT NOT NULL,
        week        TEXT NOT NULL,
        points      INTEGER NOT NULL,
        FOREIGN KEY (guild_id, user_id) REFERENCES members (guild_id, user_id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX quiz_attempts_member ON quiz_attempts (guild_id, user_id, question_id, local_date);
      -- A member's first answer to a post stands.
      CREATE UNIQUE INDEX quiz_attempts_once_per_post ON quiz_attempts (post_id, user_id) WHERE post_id IS NOT NULL;
      -- The daily quiz counts once per member and local day.
      CREATE UNIQUE INDEX quiz_attempts_daily_once ON quiz_attempts (guild_id, user_id, local_date) WHERE source = 'daily';
    `,
  },
  {
    version: 3,
    name: 'quiz posts and spaced-repetition cards',
    sql: `
      -- A posted question. Its choices are shuffled per post: choice_order lists the bank's choice
      -- indexes in the order the buttons show them, so a button carries a position, never the answer.
      CREATE TABLE quiz_posts (
        id           INTEGER PRIMARY KEY,
        guild_id     TEXT NOT NULL,
        channel_id   TEXT,
        message_id   TEXT,
        question_id  TEXT NOT NULL,
        source       TEXT NOT NULL CHECK (source IN ('practice', 'daily')),
        choice_order TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        expires_at   TEXT NOT NULL,
        -- For a daily post: the guild's local date it is for.
        day          TEXT,
        revealed_at  TEXT
      ) STRICT;
      CREATE INDEX quiz_posts_guild ON quiz_posts (guild_id, source, day);

      -- One FSRS card per member and question (ts-fsrs fields), plus whether the last answer was right.
      CREATE TABLE review_cards (
        guild_id       TEXT NOT NULL,
        user_id        TEXT NOT NULL,
        question_id    TEXT NOT NULL,
        lecture        TEXT NOT NULL,
        due            TEXT NOT NULL,
        stability      REAL NOT NULL,
        difficulty     REAL NOT NULL,
        elapsed_days   REAL NOT NULL,
        scheduled_days REAL NOT NULL,
        learning_steps INTEGER NOT NULL,
        reps           INTEGER NOT NULL,
        lapses         INTEGER NOT NULL,
        state          INTEGER NOT NULL,
        last_review    TEXT,
        last_correct   INTEGER NOT NULL CHECK (last_correct IN (0, 1)),
        PRIMARY KEY (guild_id, user_id, question_id),
        FOREIGN KEY (guild_id, user_id) REFERENCES members (guild_id, user_id) ON DELETE CASCADE
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX review_cards_due ON review_cards (guild_id, user_id, due);
    `,
  },
  {
    version: 4,
    name: 'daily posts and guild status',
    sql: `
      ALTER TABLE guild_settings ADD COLUMN weekly_goal INTEGER;
      ALTER TABLE guild_settings ADD COLUMN last_error TEXT;
      ALTER TABLE guild_settings ADD COLUMN last_error_at TEXT;
      CREATE INDEX guild_settings_active ON guild_settings (paused, channel_id);

      -- One row per daily post. A scheduled post is claimed (inserted) in a transaction before it is
      -- sent, and the unique index allows one per guild and local day, so no restart, missed tick or
      -- second process can post a day twice. Extra posts (post-now after today's) are not limited.
      CREATE TABLE daily_posts (
        id            INTEGER PRIMARY KEY,
        guild_id      TEXT NOT NULL,
        day           TEXT NOT NULL,
        kind          TEXT NOT NULL CHECK (kind IN ('scheduled', 'extra')),
        channel_id    TEXT NOT NULL,
        language      TEXT NOT NULL CHECK (language IN ('ko', 'en')),
        lecture       TEXT NOT NULL,
        section       TEXT NOT NULL,
        quiz_post_id  INTEGER NOT NULL REFERENCES quiz_posts (id),
        status        TEXT NOT NULL CHECK (status IN ('claimed', 'sent', 'failed')),
        attempts      INTEGER NOT NULL DEFAULT 0,
        claimed_by    TEXT NOT NULL,
        lease_until   TEXT NOT NULL,
        message_id    TEXT,
        sent_at       TEXT,
        last_error    TEXT,
        revealed_at   TEXT
      ) STRICT;
      CREATE UNIQUE INDEX daily_posts_once_a_day ON daily_posts (guild_id, day) WHERE kind = 'scheduled';
      CREATE INDEX daily_posts_guild ON daily_posts (guild_id, id);
      CREATE INDEX daily_posts_unrevealed ON daily_posts (status, revealed_at);
    `,
  },
  {
    version: 5,
    name: 'display names and weekly recaps',
    sql: `
      -- The name a member goes by in the guild, as their last interaction showed it: image cards
      -- cannot render a mention. Exported and deleted with the rest of the member's data.
      ALTER TABLE members ADD COLUMN display_name TEXT;

      -- One recap per guild and week (the Monday that started the week it covers), claimed before
      -- it is sent, exactly like a daily post.
      CREATE TABLE weekly_recaps (
        id          INTEGER PRIMARY KEY,
        guild_id    TEXT NOT NULL,
        week        TEXT NOT NULL,
        channel_id  TEXT NOT NULL,
        status      TEXT NOT NULL CHECK (status IN ('claimed', 'sent', 'failed')),
        attempts    INTEGER NOT NULL DEFAULT 1,
        claimed_by  TEXT NOT NULL,
        lease_until TEXT NOT NULL,
        message_id  TEXT,
        sent_at     TEXT,
        last_error  TEXT,
        UNIQUE (guild_id, week)
      ) STRICT;
    `,
  },
  {
    version: 6,
    name: 'review card before its last review',
    sql: `
      -- The card as it was before its last review (JSON), kept until the member says the right
      -- answer was hard or easy: that rating then replaces the default one. Cleared once used.
      ALTER TABLE review_cards ADD COLUMN previous TEXT;
    `,
  },
  {
    version: 7,
    name: 'posting failures as a reason and a channel',
    sql: `
      -- A failure was one string 'reason:channel'; now the reason and the channel are columns,
      -- and reasons are one of a fixed set (other Discord errors are 'discord-error').
      ALTER TABLE guild_settings ADD COLUMN last_error_channel TEXT;
      UPDATE guild_settings
        SET last_error_channel = substr(last_error, instr(last_error, ':') + 1),
            last_error = substr(last_error, 1, instr(last_error, ':') - 1)
        WHERE instr(last_error, ':') > 0;
      UPDATE guild_settings SET last_error = 'discord-error' WHERE last_error LIKE 'discord-%';
      UPDATE daily_posts SET last_error = 'discord-error' WHERE last_error LIKE 'discord-%';
      UPDATE weekly_recaps SET last_error = 'discord-error' WHERE last_error LIKE 'discord-%';
    `,
  },
  {
    version: 8,
    name: "a group's own notes, the notes-editor role and the rotation; daily posts without a quiz",
    sql: `
      -- An uploaded notes file, kept as it was uploaded: export gives it back, and a newer renderer
      -- can re-render it without a new upload.
      CREATE TABLE notes_files (
        id          INTEGER PRIMARY KEY,
        guild_id    TEXT NOT NULL,
        filename    TEXT NOT NULL,
        markdown    TEXT NOT NULL,
        sha256      TEXT NOT NULL,
        uploaded_by TEXT NOT NULL,
        uploaded_at TEXT NOT NULL
      ) STRICT;

      -- A lecture imported from a file. Its slug ('n' and its id) is what reads, custom_ids and the
      -- rotation refer to, so it stays when a new version of the file replaces the lecture.
      CREATE TABLE notes_lectures (
        id          INTEGER PRIMARY KEY,
        guild_id    TEXT NOT NULL,
        slug        TEXT NOT NULL UNIQUE,
        title       TEXT NOT NULL,
        -- The front matter's slug: with the title, what makes an upload a new version of a lecture.
        front_slug  TEXT,
        aliases     TEXT NOT NULL DEFAULT '[]',
        author      TEXT,
        lang        TEXT CHECK (lang IN ('ko', 'en')),
        file_id     INTEGER NOT NULL REFERENCES notes_files (id),
        position    INTEGER NOT NULL,
        mode        TEXT NOT NULL,
        version     INTEGER NOT NULL DEFAULT 1,
        renderer    INTEGER NOT NULL,
        imported_by TEXT NOT NULL,
        imported_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX notes_lectures_guild ON notes_lectures (guild_id, id);

      -- Its sections: rendered pages and figures (JSON), and a checklist when the section has a task list.
      CREATE TABLE notes_sections (
        lecture_id INTEGER NOT NULL REFERENCES notes_lectures (id) ON DELETE CASCADE,
        position   INTEGER NOT NULL,
        key        TEXT NOT NULL,
        title      TEXT NOT NULL,
        pages      TEXT NOT NULL,
        images     TEXT NOT NULL,
        checklist  TEXT,
        PRIMARY KEY (lecture_id, position)
      ) STRICT, WITHOUT ROWID;

      ALTER TABLE guild_settings ADD COLUMN notes_role TEXT;
      ALTER TABLE guild_settings ADD COLUMN rotation TEXT NOT NULL DEFAULT 'all' CHECK (rotation IN ('all', 'builtin', 'notes'));

      -- A day whose topic is an imported lecture without questions posts the section alone: the
      -- quiz post becomes optional. SQLite changes a column's constraint by copying the table.
      CREATE TABLE daily_posts_new (
        id            INTEGER PRIMARY KEY,
        guild_id      TEXT NOT NULL,
        day           TEXT NOT NULL,
        kind          TEXT NOT NULL CHECK (kind IN ('scheduled', 'extra')),
        channel_id    TEXT NOT NULL,
        language      TEXT NOT NULL CHECK (language IN ('ko', 'en')),
        lecture       TEXT NOT NULL,
        section       TEXT NOT NULL,
        quiz_post_id  INTEGER REFERENCES quiz_posts (id),
        status        TEXT NOT NULL CHECK (status IN ('claimed', 'sent', 'failed')),
        attempts      INTEGER NOT NULL DEFAULT 0,
        claimed_by    TEXT NOT NULL,
        lease_until   TEXT NOT NULL,
        message_id    TEXT,
        sent_at       TEXT,
        last_error    TEXT,
        revealed_at   TEXT
      ) STRICT;
      INSERT INTO daily_posts_new SELECT * FROM daily_posts;
      DROP TABLE daily_posts;
      ALTER TABLE daily_posts_new RENAME TO daily_posts;
      CREATE UNIQUE INDEX daily_posts_once_a_day ON daily_posts (guild_id, day) WHERE kind = 'scheduled';
      CREATE INDEX daily_posts_guild ON daily_posts (guild_id, id);
      CREATE INDEX daily_posts_unrevealed ON daily_posts (status, revealed_at);
    `,
  },
  {
    version: 9,
    name: "a guild's own questions, reports, item analysis, auto-approve",
    sql: `
      -- Questions a guild adds to its bank: written in its notes, by members, or generated from
      -- the notes. Pending ones wait for a notes editor; only approved ones are asked.
      CREATE TABLE guild_questions (
        guild_id    TEXT NOT NULL,
        id          TEXT NOT NULL,
        lecture     TEXT NOT NULL,
        section     TEXT NOT NULL,
        origin      TEXT NOT NULL CHECK (origin IN ('notes', 'member', 'generated')),
        status      TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'retired')),
        prompt      TEXT NOT NULL,
        choices     TEXT NOT NULL,
        answer      INTEGER NOT NULL,
        explanation TEXT NOT NULL,
        author_id   TEXT,
        created_at  TEXT NOT NULL,
        decided_by  TEXT,
        decided_at  TEXT,
        reason      TEXT,
        version     INTEGER NOT NULL DEFAULT 1,
        rewarded    INTEGER NOT NULL DEFAULT 0 CHECK (rewarded IN (0, 1)),
        PRIMARY KEY (guild_id, id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX guild_questions_status ON guild_questions (guild_id, status, lecture);
      CREATE INDEX guild_questions_author ON guild_questions (guild_id, author_id);
      CREATE TABLE guild_question_ids (id INTEGER PRIMARY KEY) STRICT;

      -- Questions a guild's notes editors took out of its quizzes (built-in ones too).
      CREATE TABLE disabled_questions (
        guild_id    TEXT NOT NULL,
        question_id TEXT NOT NULL,
        disabled_by TEXT NOT NULL,
        disabled_at TEXT NOT NULL,
        PRIMARY KEY (guild_id, question_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE question_reports (
        id          INTEGER PRIMARY KEY,
        guild_id    TEXT NOT NULL,
        question_id TEXT NOT NULL,
        reporter_id TEXT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('wrong-answer', 'unclear', 'typo', 'other')),
        text        TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        resolved_at TEXT,
        resolution  TEXT
      ) STRICT;
      CREATE INDEX question_reports_open ON question_reports (guild_id, resolved_at, question_id);
      -- A member has one open report a question: reporting again updates it rather than adding to the count.
      CREATE UNIQUE INDEX question_reports_one_open ON question_reports (guild_id, question_id, reporter_id) WHERE resolved_at IS NULL;

      -- Item analysis, kept on write: members' first answers to each question, and how the upper
      -- and lower thirds of members (by overall accuracy when they answered) did on it.
      CREATE TABLE question_stats (
        guild_id      TEXT NOT NULL,
        question_id   TEXT NOT NULL,
        first_answers INTEGER NOT NULL DEFAULT 0,
        first_right   INTEGER NOT NULL DEFAULT 0,
        upper_n       INTEGER NOT NULL DEFAULT 0,
        upper_right   INTEGER NOT NULL DEFAULT 0,
        lower_n       INTEGER NOT NULL DEFAULT 0,
        lower_right   INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (guild_id, question_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX question_stats_answered ON question_stats (guild_id, first_answers);

      -- How many members have each overall accuracy (0–100%): where a member stands is a sum of
      -- a few buckets, not a sort of every member.
      CREATE TABLE accuracy_histogram (
        guild_id TEXT NOT NULL,
        bucket   INTEGER NOT NULL CHECK (bucket BETWEEN 0 AND 100),
        members  INTEGER NOT NULL CHECK (members > 0),
        PRIMARY KEY (guild_id, bucket)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO accuracy_histogram (guild_id, bucket, members)
        SELECT guild_id, CAST(100 * correct / answered AS INTEGER), count(*) FROM scores
        WHERE period = 'all' AND answered > 0 GROUP BY 1, 2;

      -- A guild question as a post showed it: an edit later does not change what was asked.
      ALTER TABLE quiz_posts ADD COLUMN snapshot TEXT;
      ALTER TABLE guild_settings ADD COLUMN auto_approve INTEGER NOT NULL DEFAULT 0 CHECK (auto_approve IN (0, 1));
    `,
  },
  {
    version: 10,
    name: 'quiz games: rounds, answers with their times, scores',
    sql: `
      -- A live game in a channel. Its timing is stored, not only in timers: after a restart the
      -- bot closes the round that was running and goes on (or ends) from these rows.
      CREATE TABLE games (
        id            INTEGER PRIMARY KEY,
        guild_id      TEXT NOT NULL,
        channel_id    TEXT NOT NULL,
        host_id       TEXT NOT NULL,
        lecture       TEXT,
        rounds        INTEGER NOT NULL CHECK (rounds BETWEEN 1 AND 20),
        -- What the host asked for: more than the lecture had questions for makes a shorter game.
        requested     INTEGER NOT NULL,
        seconds       INTEGER NOT NULL CHECK (seconds BETWEEN 1 AND 60),
        mode          TEXT NOT NULL CHECK (mode IN ('fastest', 'all')),
        locale        TEXT NOT NULL,
        status        TEXT NOT NULL CHECK (status IN ('running', 'finished', 'stopped', 'failed')),
        -- The last round posted (0 before the first), and when the next one is due.
        round         INTEGER NOT NULL DEFAULT 0,
        next_round_at TEXT,
        created_at    TEXT NOT NULL,
        ended_at      TEXT,
        end_reason    TEXT,
        end_message_id TEXT
      ) STRICT;
      -- One running game per channel.
      CREATE UNIQUE INDEX games_running_channel ON games (channel_id) WHERE status = 'running';
      CREATE INDEX games_running ON games (status) WHERE status = 'running';

      -- A round: its row is the claim (never two messages for one round), its question as shown.
      CREATE TABLE game_rounds (
        game_id      INTEGER NOT NULL REFERENCES games (id) ON DELETE CASCADE,
        round        INTEGER NOT NULL,
        question_id  TEXT NOT NULL,
        question     TEXT NOT NULL,
        choice_order TEXT NOT NULL,
        message_id   TEXT,
        starts_at    TEXT NOT NULL,
        deadline     TEXT NOT NULL,
        closed_at    TEXT,
        PRIMARY KEY (game_id, round)
      ) STRICT, WITHOUT ROWID;

      -- Each member's one answer a round, with how long it took; scored when the round closes.
      CREATE TABLE game_answers (
        game_id    INTEGER NOT NULL,
        round      INTEGER NOT NULL,
        user_id    TEXT NOT NULL,
        choice     INTEGER NOT NULL,
        elapsed_ms INTEGER NOT NULL,
        correct    INTEGER,
        points     INTEGER,
        PRIMARY KEY (game_id, round, user_id),
        FOREIGN KEY (game_id, round) REFERENCES game_rounds (game_id, round) ON DELETE CASCADE
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE game_scores (
        game_id  INTEGER NOT NULL REFERENCES games (id) ON DELETE CASCADE,
        user_id  TEXT NOT NULL,
        score    INTEGER NOT NULL,
        right_answers INTEGER NOT NULL,
        streak   INTEGER NOT NULL,
        -- When the score last changed: ties go to whoever got there first.
        reached_at TEXT NOT NULL,
        PRIMARY KEY (game_id, user_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX game_scores_rank ON game_scores (game_id, score DESC, reached_at);

      -- Leaderboard points from games per member and local day, to cap them.
      CREATE TABLE game_daily_points (
        guild_id   TEXT NOT NULL,
        user_id    TEXT NOT NULL,
        local_date TEXT NOT NULL,
        points     INTEGER NOT NULL,
        PRIMARY KEY (guild_id, user_id, local_date)
      ) STRICT, WITHOUT ROWID;
    `,
  },
  {
    version: 11,
    name: 'study sessions: presence, focus time per member and day, study-pings',
    sql: `
      -- A focus session (pomodoro) in a channel. Its phases follow from started_at, the durations and
      -- the time spent paused, so a restart finds the session where the clock says it is.
      CREATE TABLE study_sessions (
        id               INTEGER PRIMARY KEY,
        guild_id         TEXT NOT NULL,
        channel_id       TEXT NOT NULL,
        host_id          TEXT NOT NULL,
        voice_channel_id TEXT,
        lecture          TEXT,
        section          TEXT,
        focus_min        INTEGER NOT NULL CHECK (focus_min BETWEEN 1 AND 90),
        break_min        INTEGER NOT NULL CHECK (break_min BETWEEN 1 AND 30),
        cycles           INTEGER NOT NULL CHECK (cycles BETWEEN 1 AND 12),
        locale           TEXT NOT NULL,
        status           TEXT NOT NULL CHECK (status IN ('running', 'paused', 'finished', 'stopped', 'failed')),
        started_at       TEXT NOT NULL,
        paused_ms        INTEGER NOT NULL DEFAULT 0,
        paused_at        TEXT,
        -- The phase last announced (0: the first focus, announced by the start), and when it began.
        announced        INTEGER NOT NULL DEFAULT 0,
        phase_started_at TEXT NOT NULL,
        message_id       TEXT,
        -- Who is in changed since the message was last edited.
        dirty            INTEGER NOT NULL DEFAULT 0,
        edited_at        TEXT,
        created_at       TEXT NOT NULL,
        ended_at         TEXT,
        end_reason       TEXT
      ) STRICT;
      CREATE UNIQUE INDEX study_sessions_channel ON study_sessions (channel_id) WHERE status IN ('running', 'paused');
      CREATE INDEX study_sessions_live ON study_sessions (status) WHERE status IN ('running', 'paused');

      -- Every join and leave: by button, or by being in the session's voice channel.
      CREATE TABLE study_presence (
        id          INTEGER PRIMARY KEY,
        session_id  INTEGER NOT NULL REFERENCES study_sessions (id) ON DELETE CASCADE,
        guild_id    TEXT NOT NULL,
        user_id     TEXT NOT NULL,
        source      TEXT NOT NULL CHECK (source IN ('button', 'voice')),
        joined_at   TEXT NOT NULL,
        left_at     TEXT,
        -- Focus time up to here is counted.
        credited_to TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX study_presence_open ON study_presence (session_id, user_id, source) WHERE left_at IS NULL;
      CREATE INDEX study_presence_member ON study_presence (guild_id, user_id);

      -- Focus time already counted for a member, as merged intervals (ms since the epoch): a member in
      -- two sessions at once, or in by button and by voice, counts once.
      CREATE TABLE study_intervals (
        guild_id TEXT NOT NULL,
        user_id  TEXT NOT NULL,
        start_ms INTEGER NOT NULL,
        end_ms   INTEGER NOT NULL,
        PRIMARY KEY (guild_id, user_id, start_ms)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE study_days (
        guild_id   TEXT NOT NULL,
        user_id    TEXT NOT NULL,
        local_date TEXT NOT NULL,
        ms         INTEGER NOT NULL,
        PRIMARY KEY (guild_id, user_id, local_date)
      ) STRICT, WITHOUT ROWID;
      -- Per period ('all', or a week's Monday) for the study leaderboard.
      CREATE TABLE study_totals (
        guild_id   TEXT NOT NULL,
        period     TEXT NOT NULL,
        user_id    TEXT NOT NULL,
        ms         INTEGER NOT NULL,
        reached_at TEXT NOT NULL,
        PRIMARY KEY (guild_id, period, user_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX study_totals_rank ON study_totals (guild_id, period, ms DESC, reached_at);
      -- A full focus period earns a point once, up to a cap a day.
      CREATE TABLE study_awards (
        session_id INTEGER NOT NULL,
        phase      INTEGER NOT NULL,
        user_id    TEXT NOT NULL,
        PRIMARY KEY (session_id, phase, user_id)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE study_daily_points (
        guild_id   TEXT NOT NULL,
        user_id    TEXT NOT NULL,
        local_date TEXT NOT NULL,
        points     INTEGER NOT NULL,
        PRIMARY KEY (guild_id, user_id, local_date)
      ) STRICT, WITHOUT ROWID;
      -- Members who muted the phase-change pings for themselves.
      CREATE TABLE study_ping_mutes (
        guild_id TEXT NOT NULL,
        user_id  TEXT NOT NULL,
        PRIMARY KEY (guild_id, user_id)
      ) STRICT, WITHOUT ROWID;
      ALTER TABLE guild_settings ADD COLUMN study_pings INTEGER NOT NULL DEFAULT 1 CHECK (study_pings IN (0, 1));
    `,
  },
];
