import { Socket } from 'node:net';
import { DatabaseError } from './errors.js';

/**
 * The connection under a transaction or result of neo4j-driver, as far as the service needs it:
 * to count the bytes that arrive on it, and to drop it.
 *
 * The driver offers no way to drop one connection. Closing a session first sends a RESET and
 * waits for its answer, which a server that stopped answering never sends (Neo4j 5.26's Bolt
 * encoder, after a stack overflow, does just that), so the connection stays taken until the
 * driver's receive timeout: twice Neo4j's keep-alive, 120 s by default. Nor does the driver count
 * bytes: it decodes a whole record, however large, before anyone sees it. So this reaches into the
 * driver's private structure (6.x: connection holder → DelegateConnection → ChannelConnection →
 * NodeChannel → socket). Should that change, `watch` finds no socket: reads are then bounded by
 * records and deadlines only, and test/integration/bounded-answers.int.test.ts fails.
 */
export class WatchedConnection {
  private dropped: Error | undefined;
  private readonly listeners: Array<() => void> = [];

  private constructor(private readonly socket: Socket | undefined) {}

  /** The connection `owner` (a transaction or a result) runs on; found at once after it began. */
  static async watch(owner: object): Promise<WatchedConnection> {
    return new WatchedConnection(await socketOf(owner));
  }

  /** Whether the socket was found, so that bytes are counted and the connection can be dropped. */
  get reachable(): boolean {
    return this.socket !== undefined;
  }

  /** Why the connection was dropped, if it was. */
  get dropReason(): Error | undefined {
    return this.dropped;
  }

  /** Calls `count` with the size of every chunk that arrives, until `release`. */
  countBytes(count: (bytes: number) => void): void {
    if (!this.socket) return;
    const onData = (chunk: Buffer) => count(chunk.length);
    this.socket.on('data', onData);
    this.listeners.push(() => this.socket?.off('data', onData));
  }

  /**
   * Destroys the socket: what waits on the connection fails at once with a ServiceUnavailable
   * from the driver, and the pool throws the connection away instead of reusing it.
   */
  drop(reason: Error): void {
    this.dropped ??= reason;
    this.release();
    if (this.socket && !this.socket.destroyed) this.socket.destroy(new DatabaseError('UNAVAILABLE', reason.message));
  }

  /** Stops counting; the connection goes back to its pool as usual. */
  release(): void {
    this.listeners.splice(0).forEach((remove) => remove());
  }
}

async function socketOf(owner: object): Promise<Socket | undefined> {
  const holder = (owner as { _connectionHolder?: { getConnection?: () => Promise<unknown> } })._connectionHolder;
  const connection = await holder?.getConnection?.().catch(() => undefined);
  const channelConnection = (connection as { _delegate?: unknown } | null | undefined)?._delegate ?? connection;
  const socket = (channelConnection as { _ch?: { _conn?: unknown } } | null | undefined)?._ch?._conn;
  return socket instanceof Socket ? socket : undefined;
}
