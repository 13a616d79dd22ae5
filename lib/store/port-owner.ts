import { readFileSync, readdirSync, readlinkSync } from "node:fs";

/**
 * Whether the process `pid` (or one of its descendants) holds the listening TCP socket on `port`, read from Linux's
 * /proc; `undefined` where /proc cannot say (another OS, or /proc hidden).
 *
 * Why: DynamoDB Local takes no `-port 0`, so we pick a free port, release it and hand it to the JVM. In that gap
 * another server (dynalite, a stand-in, another suite's JVM) can take the port; our JVM then fails to bind and exits,
 * but an HTTP probe still gets an answer, from the other server. Only the socket's owner tells whose answer it was.
 */
export function listenerOwnedBy(pid: number, port: number): boolean | undefined {
  const inodes = listeningInodes(port);
  if (inodes === undefined) return undefined;
  if (inodes.size === 0) return false;
  const own = socketInodes(pid);
  // Not allowed to read the process's files (a hardened /proc): /proc cannot say, rather than "someone else's".
  if (own === undefined) return undefined;
  if (own.some((inode) => inodes.has(inode))) return true;
  return descendants(pid).some((child) => (socketInodes(child) ?? []).some((inode) => inodes.has(inode)));
}

/** The inodes of sockets in LISTEN state on `port`, over IPv4 and IPv6; `undefined` without /proc/net. */
export function listeningInodes(port: number, procRoot = "/proc"): Set<string> | undefined {
  const tables = [`${procRoot}/net/tcp`, `${procRoot}/net/tcp6`].map(readOrUndefined);
  if (tables.every((t) => t === undefined)) return undefined;
  const inodes = new Set<string>();
  for (const table of tables) {
    for (const line of (table ?? "").split("\n").slice(1)) {
      // "sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode …"; the port is hex after ':'.
      const fields = line.trim().split(/\s+/);
      const local = fields[1];
      const state = fields[3];
      const inode = fields[9];
      if (!local || !inode || state !== "0A") continue; // 0A = TCP_LISTEN
      if (Number.parseInt(local.slice(local.lastIndexOf(":") + 1), 16) === port) inodes.add(inode);
    }
  }
  return inodes;
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** Socket inodes among a process's open files: none when the process is gone, `undefined` when not ours to read. */
function socketInodes(pid: number): string[] | undefined {
  let fds: string[];
  try {
    fds = readdirSync(`/proc/${pid}/fd`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "EACCES" || code === "EPERM" ? undefined : [];
  }
  const inodes: string[] = [];
  for (const fd of fds) {
    try {
      const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (match?.[1]) inodes.push(match[1]);
    } catch {
      // The fd closed between the listing and the read.
    }
  }
  return inodes;
}

/** Every process below `pid`: `java` may be a launcher script (a version manager's shim) that runs the JVM as a child. */
function descendants(pid: number): number[] {
  const parentOf = new Map<number, number>();
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  for (const name of entries) {
    const stat = readOrUndefined(`/proc/${name}/stat`);
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ')'.
    const ppid = stat ? Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) : Number.NaN;
    if (Number.isInteger(ppid)) parentOf.set(Number(name), ppid);
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const parent = queue.shift() as number;
    for (const [child, ppid] of parentOf) {
      if (ppid === parent && !found.includes(child)) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}
