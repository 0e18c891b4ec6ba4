/** The part of the `clamscan` package (NodeClam) this project uses; the package ships no types. */
declare module 'clamscan' {
  import type { Socket } from 'node:net';
  import type { Readable } from 'node:stream';

  interface NodeClamOptions {
    removeInfected?: boolean;
    quarantineInfected?: false | string;
    scanLog?: string | null;
    debugMode?: boolean;
    clamscan?: { active?: boolean; path?: string | null };
    clamdscan?: {
      socket?: string | false;
      host?: string | false;
      port?: number | false;
      timeout?: number;
      localFallback?: boolean;
      path?: string | null;
      active?: boolean;
      bypassTest?: boolean;
    };
    preference?: 'clamdscan' | 'clamscan';
  }

  interface ScanResult {
    /** true: a signature matched; false: clean; null: clamd gave no verdict (a timeout, an odd answer). */
    isInfected: boolean | null;
    viruses: string[];
    resultString?: string;
    timeout?: boolean;
  }

  class NodeClam {
    init(options?: NodeClamOptions): Promise<NodeClam>;
    scanStream(stream: Readable): Promise<ScanResult>;
    /** Resolves with the open connection once clamd answered PONG; the caller ends it. */
    ping(): Promise<Socket>;
    getVersion(): Promise<string>;
  }

  export = NodeClam;
}
