/**
 * Reads a Chromium trace (devtools.timeline + toplevel + V8 CPU samples) of one page load
 * and says which main-thread tasks ran extension code. Stacks of the CPU samples carry the
 * script URL of every frame, so a task is the extension's when samples taken inside it
 * have a chrome-extension:// frame: this also catches work run from promise callbacks,
 * which trace events alone do not attribute to any script.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: { data?: Record<string, unknown> & { cpuProfile?: CpuProfile; timeDeltas?: number[]; startTime?: number; url?: string }; beginData?: { url?: string } };
}
interface CallFrame { functionName: string; url?: string; lineNumber?: number }
interface CpuProfile { nodes?: { id: number; parent?: number; callFrame: CallFrame }[]; samples?: number[] }

export interface TaskFigure {
  /** ms since the first task of the page's main thread. */
  start: number;
  duration: number;
  /** Sampled time inside the task with extension code on the stack. */
  extensionMs: number;
  /** The extension functions most often on top of the stack (self time), for reports. */
  top: string[];
}

export interface TraceFigures {
  /** Sum of top-level task durations on the page's main thread. */
  mainThreadMs: number;
  /** Blink's rendering work on that thread: style recalculation, layout, pre-paint + paint. */
  styleMs: number;
  layoutMs: number;
  paintMs: number;
  /** Extension functions by sampled self time (ms), most first. */
  extensionTop: { fn: string; ms: number }[];
  /** Sampled time with extension code on the stack, over the whole trace. */
  extensionMs: number;
  /** V8 compiling the extension's scripts on the page's thread (trace events, not samples:
   *  a classic script is compiled before any of its frames exist, so this time is in no
   *  sample's extension stack). With the compile hint of ADR 5 it holds every function. */
  extensionCompileMs: number;
  /** Tasks longer than the threshold, with how much of each was the extension's. */
  longTasks: TaskFigure[];
}

// Blink's task event: it spans the task and the microtask checkpoint after it (promise work).
const TASK = 'RunTask';

/** The renderer main thread showing `url`: from the trace's frame list, else from parsing. */
export function pageThread(events: TraceEvent[], url: string): { pid: number; tid: number } | null {
  for (const e of events) {
    if (e.name !== 'TracingStartedInBrowser') continue;
    const frames = (e.args?.data?.frames ?? []) as { url?: string; processId?: number }[];
    const pid = frames.find((f) => f.url === url)?.processId;
    if (pid === undefined) continue;
    const main = events.find((m) => m.ph === 'M' && m.name === 'thread_name' && m.pid === pid
      && (m.args as { name?: string } | undefined)?.name === 'CrRendererMain');
    return { pid, tid: main?.tid ?? pid };
  }
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  return parse ? { pid: parse.pid, tid: parse.tid } : null;
}

interface Sample { ts: number; extension: boolean; top: string; self: string }

function samplesOf(events: TraceEvent[], pid: number, tid: number, isExtension: (url: string) => boolean): Sample[] {
  const profiles = events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  const out: Sample[] = [];
  for (const profile of profiles) {
    const nodes = new Map<number, { parent?: number; callFrame: CallFrame }>();
    let ts = profile.args?.data?.startTime ?? profile.ts;
    const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile.id);
    for (const chunk of chunks) {
      const data = chunk.args?.data;
      for (const n of data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
      const samples = data?.cpuProfile?.samples ?? [];
      const deltas = data?.timeDeltas ?? [];
      for (let i = 0; i < samples.length; i++) {
        ts += deltas[i] ?? 0;
        let id: number | undefined = samples[i];
        let extension = false;
        let top = '';
        let self = '';
        for (let depth = 0; id !== undefined; depth++) {
          const node = nodes.get(id);
          if (!node) break;
          const url = node.callFrame.url ?? '';
          const name = `${node.callFrame.functionName || '(anonymous)'} ${url.split('/').pop()}:${node.callFrame.lineNumber ?? 0}`;
          // Self: the frame on top, or the native function (no URL) the extension called.
          if (depth === 0) self = url ? name : node.callFrame.functionName;
          if (url && isExtension(url)) {
            extension = true;
            if (!top) top = name;
          }
          id = node.parent;
        }
        out.push({ ts, extension, top, self });
      }
    }
  }
  return out.sort((a, b) => a.ts - b.ts);
}

export function analyzeTrace(events: TraceEvent[], url: string, longTaskMs: number,
  isExtension: (scriptUrl: string) => boolean = (u) => u.startsWith('chrome-extension://')): TraceFigures | null {
  const thread = pageThread(events, url);
  if (!thread) return null;
  const all = events
    .filter((e) => e.name === TASK && e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  // Top-level tasks only: a nested run loop's tasks sit inside another.
  const tasks: TraceEvent[] = [];
  for (const t of all) {
    const last = tasks[tasks.length - 1];
    if (last && t.ts < last.ts + last.dur!) continue;
    tasks.push(t);
  }
  const samples = samplesOf(events, thread.pid, thread.tid, isExtension);
  // Each sample stands for the time until the next one (the last: since the one before),
  // capped at 2 ms: longer gaps are the profiler idling, not work.
  const weight = (i: number) => {
    const next = samples[i + 1] ?? samples[i]!;
    const from = samples[i + 1] ? samples[i]! : samples[i - 1] ?? samples[i]!;
    return Math.min((next.ts - from.ts) / 1000, 2);
  };
  let extensionMs = 0;
  const selfTimes = new Map<string, number>();
  samples.forEach((s, i) => {
    if (!s.extension) return;
    extensionMs += weight(i);
    selfTimes.set(s.self, (selfTimes.get(s.self) ?? 0) + weight(i));
  });
  const onThread = events.filter((e) => e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid && e.dur !== undefined);
  // Blink nests some events in others of the same kind (Paint in Paint): count the outer one.
  const sum = (names: string[]) => {
    let total = 0;
    let end = -Infinity;
    for (const e of onThread.filter((x) => names.includes(x.name)).sort((a, b) => a.ts - b.ts)) {
      if (e.ts < end) continue;
      total += e.dur!;
      end = e.ts + e.dur!;
    }
    return round(total / 1000);
  };

  let compileUs = 0;
  for (const e of onThread) {
    if (e.name !== 'v8.compile' && e.name !== 'v8.compileModule') continue;
    const data = e.args?.data as { url?: string; fileName?: string } | undefined;
    if (isExtension(data?.url ?? data?.fileName ?? '')) compileUs += e.dur!;
  }

  const t0 = tasks[0]?.ts ?? 0;
  const longTasks: TaskFigure[] = [];
  let cursor = 0;
  for (const t of tasks) {
    if (t.dur! / 1000 <= longTaskMs) continue;
    while (cursor < samples.length && samples[cursor]!.ts < t.ts) cursor++;
    let ext = 0;
    const tops = new Map<string, number>();
    for (let i = cursor; i < samples.length && samples[i]!.ts <= t.ts + t.dur!; i++) {
      if (!samples[i]!.extension) continue;
      ext += weight(i);
      tops.set(samples[i]!.top, (tops.get(samples[i]!.top) ?? 0) + 1);
    }
    longTasks.push({
      start: round((t.ts - t0) / 1000),
      duration: round(t.dur! / 1000),
      extensionMs: round(ext),
      top: [...tops].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k]) => k),
    });
  }
  return {
    mainThreadMs: round(tasks.reduce((s, t) => s + t.dur!, 0) / 1000),
    styleMs: sum(['UpdateLayoutTree']),
    layoutMs: sum(['Layout']),
    paintMs: sum(['PrePaint', 'Paint']),
    extensionMs: round(extensionMs),
    extensionCompileMs: round(compileUs / 1000),
    extensionTop: [...selfTimes].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([fn, ms]) => ({ fn, ms: round(ms) })),
    longTasks,
  };
}

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * Whether the extension caused a long task: its code ran in it, and either pushed the task
 * over the line (the rest alone is not long) or took a real share of it (a tenth or more).
 * A page's own 500 ms layout with a 2 ms extension callback in it is the page's.
 */
export function causedByExtension(t: TaskFigure, longTaskMs: number): boolean {
  if (t.extensionMs < 1) return false;
  return t.duration - t.extensionMs <= longTaskMs || t.extensionMs >= t.duration / 10;
}
