import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from './platform-process.js';

const DOVECOT = '/usr/sbin/dovecot';

/** Why the email tests cannot run here, or undefined when Dovecot is installed (CI: .ci/run installs dovecot-imapd). */
export function dovecotMissing(): string | undefined {
  return existsSync(DOVECOT) ? undefined : `${DOVECOT} is not installed (apt-get install dovecot-imapd)`;
}

const stderrOf = new WeakMap<ChildProcess, string>();

function spawnDovecot(dir: string): ChildProcess {
  const child = spawn(DOVECOT, ['-F', '-c', join(dir, 'dovecot.conf')], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  child.stderr?.on('data', (chunk: Buffer) => stderrOf.set(child, (stderrOf.get(child) ?? '') + chunk.toString()));
  return child;
}

/** Mail processes never run as root: as root the test's mail belongs to `nobody`, else to the current user. */
function mailOwner(): { user: string; group: string; uid: number; gid: number } {
  const me = userInfo();
  if (me.uid !== 0) {
    const group = spawnSync('id', ['-gn']).stdout.toString().trim();
    return { user: me.username, group, uid: me.uid, gid: me.gid };
  }
  return { user: 'nobody', group: 'nogroup', uid: 65534, gid: 65534 };
}

/**
 * A private Dovecot IMAP server for one test file: its own config, mail and sockets in a temp dir,
 * on a free port, with plain-text logins for the given users (no TLS on loopback). Not the system service.
 */
export class DovecotServer {
  private constructor(
    readonly port: number,
    private readonly dir: string,
    private child: ChildProcess,
  ) {}

  static async start(users: Record<string, string>): Promise<DovecotServer> {
    const dir = mkdtempSync(join(tmpdir(), 'dovecot-test-'));
    chmodSync(dir, 0o755);
    const owner = mailOwner();
    const mail = join(dir, 'mail');
    mkdirSync(mail);
    chownSync(mail, owner.uid, owner.gid);
    const port = await freePort();
    const asRoot = userInfo().uid === 0;
    writeFileSync(join(dir, 'passwd'), Object.entries(users).map(([user, password]) => `${user}:{PLAIN}${password}\n`).join(''));
    writeFileSync(
      join(dir, 'dovecot.conf'),
      `
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:${mail}/%u
first_valid_uid = 0
default_internal_user = ${asRoot ? 'dovecot' : owner.user}
default_internal_group = ${asRoot ? 'dovecot' : owner.group}
default_login_user = ${asRoot ? 'dovenull' : owner.user}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = static
  args = uid=${owner.uid} gid=${owner.gid} home=${mail}/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
`,
    );
    const server = new DovecotServer(port, dir, spawnDovecot(dir));
    await server.waitListening();
    return server;
  }

  /**
   * Stops the server but keeps its mail, as a mailbox that goes away (see `resume`). Its whole
   * process group, so the IMAP processes serving open connections go too (after SIGTERM to the
   * master they would linger, still answering).
   */
  async pause(): Promise<void> {
    const pid = this.child.pid;
    if (this.child.exitCode !== null || pid === undefined) return;
    // The master first, so it reaps its helpers; then whatever is left of its group.
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Nothing left in the group.
    }
  }

  /** Starts it again on the same port with the same mail. */
  async resume(): Promise<void> {
    this.child = spawnDovecot(this.dir);
    await this.waitListening();
  }

  private async waitListening(): Promise<void> {
    const stderr = () => stderrOf.get(this.child) ?? '';
    for (let attempt = 0; attempt < 100; attempt += 1) {
      if (this.child.exitCode !== null) throw new Error(`dovecot exited: ${stderr()} ${this.log()}`);
      const open = await new Promise<boolean>((resolve) => {
        const socket = createConnection(this.port, '127.0.0.1');
        socket.once('connect', () => (socket.destroy(), resolve(true)));
        socket.once('error', () => resolve(false));
      });
      if (open) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`dovecot did not listen on ${this.port}: ${stderr()} ${this.log()}`);
  }

  log(): string {
    return existsSync(join(this.dir, 'dovecot.log')) ? readFileSync(join(this.dir, 'dovecot.log'), 'utf8') : '';
  }

  get url(): string {
    return `imap://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    await this.pause();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
