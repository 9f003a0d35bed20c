/**
 * A real application for a test: a fresh SQLite file in a temp folder, migrated like the program
 * does it, a router over it and a clock the test moves by hand. No mocks.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { closeDatabase, openDatabase, type Database } from '../../src-main/db/connection';
import { migrationsFolder } from '../../src-main/db/paths';
import { createRouter, type Outcome, type Router } from '../../src-main/api/router';
import type { AppContext, Caller } from '../../src-main/api/context';
import type { ApiErrorBody, ApiResult, CallName, Contract, ErrorCode, Role } from '../../src-main/api/contract';
import type { InputOf, ResultOf } from '../../src-main/api/contract/define';
import { insertAccount } from '../../src-main/accounts/users-service';
import type { UserRow } from '../../src-main/api/contract/users';
import { PrintJobs } from '../../src-main/print/jobs';

/** A Monday of the first quarter, 08:00 UTC: the default start of every test clock. */
export const defaultStart = Date.parse('2025-10-06T08:00:00.000Z');

/** A clock that moves only when the test says so. */
export class FakeClock {
  private time: number;

  constructor(start: number = defaultStart) {
    this.time = start;
  }

  readonly now = (): Date => new Date(this.time);

  advance(ms: number): void {
    this.time += ms;
  }

  advanceMinutes(n: number): void {
    this.advance(n * 60_000);
  }

  advanceSeconds(n: number): void {
    this.advance(n * 1000);
  }
}

/** Makes a fresh temp folder; `removeDir` deletes it. */
export function makeTempDir(prefix = 'mektep-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Opens (and migrates) a database file with the project's real migrations. */
export function openTestDatabase(file: string, folder: string = migrationsFolder()): Database {
  return openDatabase(file, { migrationsFolder: folder });
}

export interface TestApp {
  dir: string;
  file: string;
  db: Database;
  clock: FakeClock;
  app: AppContext;
  router: Router;
  /** Any name, any input: for calls outside the contract and deliberately wrong inputs. */
  dispatch(name: string, input: unknown, token?: string | null): Outcome;
  /** A typed call of the contract. */
  call<K extends CallName>(
    name: K,
    input: InputOf<Contract[K]>,
    token?: string | null,
  ): ApiResult<ResultOf<Contract[K]>>;
  close(): void;
}

export const testAddress = '127.0.0.1';

export function callerWith(token: string | null | undefined): Caller {
  return { token: token ?? null, transport: 'http', address: testAddress };
}

/** A fresh database in a new temp folder, migrated, with a router and a fake clock. */
export function openTestApp(options: { clock?: FakeClock } = {}): TestApp {
  const dir = makeTempDir();
  const file = path.join(dir, 'journal.sqlite');
  const db = openTestDatabase(file);
  const clock = options.clock ?? new FakeClock();
  // Print jobs render on a worker thread into the test's own folder; closed with the app.
  const prints = new PrintJobs(db, path.join(dir, 'prints'));
  const app: AppContext = { db, now: clock.now, prints };
  const router = createRouter(app);
  const dispatch = (name: string, input: unknown, token?: string | null) =>
    router.dispatch(name, input, callerWith(token));
  return {
    dir,
    file,
    db,
    clock,
    app,
    router,
    dispatch,
    call: (name, input, token) => dispatch(name, input, token).result as ApiResult<ResultOf<Contract[typeof name]>>,
    close() {
      void prints.closeAll();
      closeDatabase(db);
      removeDir(dir);
    },
  };
}

/** The value of a successful result; fails the test (showing the error) otherwise. */
export function expectOk<T>(result: ApiResult<T>): T {
  if (!result.ok) expect.fail(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** The error of a refused result; with `code`, also checks the code. */
export function expectError(result: ApiResult<unknown>, code?: ErrorCode): ApiErrorBody {
  if (result.ok) expect.fail(`expected ${code ?? 'an error'}, got ok: ${JSON.stringify(result.value)}`);
  if (code) expect(result.error.code, JSON.stringify(result.error)).toBe(code);
  return result.error;
}

// ---------------------------------------------------------------------------------------------
// People

/** A password that passes the strength rule; every helper-made account uses it unless told. */
export const knownPassword = 'Mektep-2025';

export const adminCredentials = {
  surname: 'Бакиев',
  name: 'Нурлан',
  login: 'admin',
  password: 'Admin-pass-2025',
} as const;

export const schoolNames = { schoolNameKy: '№5 орто мектеби', schoolNameRu: 'Средняя школа №5' } as const;

/** First-run setup through the API; returns the administrator's row. */
export function setupSchool(t: TestApp): UserRow {
  const { login, password, surname, name } = adminCredentials;
  expectOk(t.call('setup.create', { ...schoolNames, admin: { surname, name, login, password } }));
  const admin = t.db.sqlite.prepare('select id from user where login = ?').get(login) as { id: number } | undefined;
  if (!admin) throw new Error('setup.create made no administrator');
  return userRowOf(t, admin.id);
}

export function userRowOf(t: TestApp, userId: number): UserRow {
  const row = t.db.sqlite
    .prepare(
      `select u.id as userId, s.id as staffId, u.login, u.role, s.surname, s.name, s.patronymic, s.position,
              u.state, u.must_change_password as mcp, u.locked_until as lockedUntil, u.last_sign_in_at as lastSignInAt
         from user u join staff s on s.id = u.staff_id where u.id = ?`,
    )
    .get(userId) as (Omit<UserRow, 'active' | 'mustChangePassword'> & { state: string; mcp: number }) | undefined;
  if (!row) throw new Error(`no user ${userId}`);
  const { state, mcp, ...rest } = row;
  return { ...rest, active: state === 'active', mustChangePassword: mcp === 1 };
}

/** Signs in through the API and returns the session token the transport would keep. */
export function signIn(t: TestApp, login: string, password: string): string {
  const outcome = t.dispatch('session.signIn', { login, password });
  expectOk(outcome.result);
  if (outcome.session?.kind !== 'set') expect.fail('session.signIn gave no session token');
  return outcome.session.token;
}

/** Adds an account directly through the accounts service, with a known password. */
export function addAccount(
  t: TestApp,
  role: Role,
  options: { login: string; password?: string; surname?: string; name?: string; mustChangePassword?: boolean },
): UserRow {
  return insertAccount(
    t.db,
    {
      surname: options.surname ?? 'Асанова',
      name: options.name ?? 'Айгүл',
      patronymic: undefined,
      position: undefined,
      role,
      login: options.login,
    },
    options.password ?? knownPassword,
    options.mustChangePassword ?? false,
    t.clock.now(),
  );
}

export interface Member {
  user: UserRow;
  login: string;
  password: string;
  token: string;
}

export type Staffed = Record<Role, Member>;

/**
 * Sets the school up and gives every role one signed-in member with a known, permanent password:
 * the administrator from first-run setup, the others added through the accounts service.
 */
export function staffSchool(t: TestApp): Staffed {
  const admin = setupSchool(t);
  const member = (user: UserRow, password: string): Member => ({
    user,
    login: user.login,
    password,
    token: signIn(t, user.login, password),
  });
  return {
    administrator: member(admin, adminCredentials.password),
    director: member(
      addAccount(t, 'director', { login: 'director', surname: 'Садыкова', name: 'Гүлнара' }),
      knownPassword,
    ),
    deputy: member(addAccount(t, 'deputy', { login: 'deputy', surname: 'Осмонов', name: 'Бакыт' }), knownPassword),
    teacher: member(addAccount(t, 'teacher', { login: 'teacher', surname: 'Үсөнова', name: 'Айнура' }), knownPassword),
  };
}

// ---------------------------------------------------------------------------------------------
// Looking into the database

export function tableNames(db: Database): string[] {
  return (
    db.sqlite
      .prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`)
      .all() as { name: string }[]
  ).map((r) => r.name);
}

export function countRows(db: Database, table: string): number {
  return (db.sqlite.prepare(`select count(*) as n from "${table}"`).get() as { n: number }).n;
}

/** Every row of every table, as text: equal snapshots mean nothing was written. */
export function snapshot(db: Database): string {
  return JSON.stringify(
    tableNames(db).map((table) => [table, db.sqlite.prepare(`select * from "${table}" order by rowid`).all()]),
  );
}

export interface AuditEntryRow {
  id: number;
  at: string;
  userId: number | null;
  actor: string | null;
  action: string;
  entity: string | null;
  entityId: string | null;
  before: string | null;
  after: string | null;
  reason: string | null;
  address: string | null;
  prevHash: string;
  hash: string;
}

export function auditEntries(db: Database): AuditEntryRow[] {
  return db.sqlite
    .prepare(
      `select id, at, user_id as userId, actor, action, entity, entity_id as entityId, before, after, reason,
              address, prev_hash as prevHash, hash from audit_entry order by id`,
    )
    .all() as AuditEntryRow[];
}
