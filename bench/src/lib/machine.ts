import fs from 'node:fs';
import os from 'node:os';

export type Machine = {
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  platform: string;
  /** 1-minute load average when the run began: anything far above 0 means the figures were shared. */
  loadAverageAtStart: number;
};

export function describeMachine(): Machine {
  let cpuModel = os.cpus()[0]?.model ?? 'unknown';
  try {
    cpuModel = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpuModel;
  } catch {
    // not Linux; os.cpus() is good enough
  }
  return {
    cores: os.availableParallelism(),
    cpuModel,
    memoryGiB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    loadAverageAtStart: Number(os.loadavg()[0]?.toFixed(2) ?? 0),
  };
}

export function machineLine(m: Machine): string {
  return `${m.cores} cores (\`nproc\`), ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}; load average at start ${m.loadAverageAtStart}`;
}
