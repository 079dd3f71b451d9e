import { describe, expect, it } from 'vitest';
import { analyzeTrace, causedByExtension, type TraceEvent } from '../../../scripts/bench/trace';

const URL_ = 'http://127.0.0.1:1/page.html';
const EXT = 'chrome-extension://abc/assets/content.js';
const P = 7, T = 7;
const ms = (x: number) => x * 1000;

/** A page thread with three tasks and a CPU profile sampled every 1 ms. */
function trace(): TraceEvent[] {
  const task = (start: number, dur: number): TraceEvent => ({ name: 'RunTask', ph: 'X', pid: P, tid: T, ts: ms(start), dur: ms(dur) });
  const nodes = [
    { id: 1, callFrame: { functionName: '(root)' } },
    { id: 2, parent: 1, callFrame: { functionName: '(program)' } },
    { id: 3, parent: 1, callFrame: { functionName: 'onMessage', url: EXT, lineNumber: 4 } },
    { id: 4, parent: 3, callFrame: { functionName: 'buildLookup', url: EXT, lineNumber: 9 } },
    { id: 5, parent: 1, callFrame: { functionName: 'layout', url: 'http://127.0.0.1:1/app.js' } },
  ];
  // 0-60 ms: page work (node 5); 100-170 ms: 40 samples in extension code then 30 page.
  const samples: number[] = [];
  const deltas: number[] = [];
  let last = 0;
  const at = (t: number, node: number) => { samples.push(node); deltas.push(ms(t) - last); last = ms(t); };
  for (let t = 0; t < 60; t++) at(t, 5);
  for (let t = 100; t < 140; t++) at(t, 4);
  for (let t = 140; t < 170; t++) at(t, 2);
  for (let t = 200; t < 210; t++) at(t, 3);
  return [
    { name: 'ParseHTML', ph: 'X', pid: P, tid: T, ts: 0, dur: 10, args: { beginData: { url: URL_ } } },
    { name: 'ParseHTML', ph: 'X', pid: 99, tid: 99, ts: 0, dur: 10, args: { beginData: { url: 'http://other/' } } },
    task(0, 60), task(100, 70), task(200, 10),
    { name: 'Layout', ph: 'X', pid: P, tid: T, ts: ms(10), dur: ms(20) },
    { name: 'Paint', ph: 'X', pid: P, tid: T, ts: ms(150), dur: ms(8) },
    { name: 'Paint', ph: 'X', pid: P, tid: T, ts: ms(151), dur: ms(6) },
    { name: 'PrePaint', ph: 'X', pid: P, tid: T, ts: ms(160), dur: ms(2) },
    // A task of another process is not the page's.
    { name: 'RunTask', ph: 'X', pid: 99, tid: 99, ts: ms(300), dur: ms(90) },
    { name: 'Profile', ph: 'P', pid: P, tid: T, ts: 0, id: '0x1', args: { data: { startTime: 0 } } },
    { name: 'ProfileChunk', ph: 'P', pid: P, tid: 55, ts: 1, id: '0x1', args: { data: { cpuProfile: { nodes, samples: samples.slice(0, 50) }, timeDeltas: deltas.slice(0, 50) } } },
    { name: 'ProfileChunk', ph: 'P', pid: P, tid: 55, ts: 2, id: '0x1', args: { data: { cpuProfile: { samples: samples.slice(50) }, timeDeltas: deltas.slice(50) } } },
  ];
}

describe('analyzeTrace', () => {
  it('finds the page thread, its long tasks, and the extension share of each', () => {
    const r = analyzeTrace(trace(), URL_, 50)!;
    expect(r.mainThreadMs).toBe(140);
    expect(r.longTasks.map((t) => [t.start, t.duration])).toEqual([[0, 60], [100, 70]]);
    expect(r.longTasks[0]!.extensionMs).toBe(0);
    expect(r.longTasks[1]!.extensionMs).toBeCloseTo(40, 0);
    expect(r.longTasks[1]!.top[0]).toBe('buildLookup content.js:9');
    expect(r.extensionMs).toBeCloseTo(50, 0);
    expect([r.layoutMs, r.paintMs, r.styleMs]).toEqual([20, 10, 0]);
    expect(r.extensionTop.map((t) => t.fn)).toEqual(['buildLookup content.js:9', 'onMessage content.js:4']);
    expect(r.extensionTop[0]!.ms).toBeCloseTo(40, 0);
  });

  it('counts V8 compiling the extension\'s scripts apart from the samples, and only those on the page thread', () => {
    const compile = (pid: number, url: string, dur: number): TraceEvent => ({ name: 'v8.compile', ph: 'X', pid, tid: pid, ts: ms(90), dur: ms(dur), args: { data: { url } } });
    const events = [...trace(), compile(P, EXT, 4), compile(P, 'http://127.0.0.1:1/app.js', 9), compile(99, EXT, 7),
      { name: 'v8.compileModule', ph: 'X', pid: P, tid: T, ts: ms(95), dur: ms(1.5), args: { data: { fileName: 'chrome-extension://abc/assets/names.js' } } }];
    const r = analyzeTrace(events, URL_, 50)!;
    expect(r.extensionCompileMs).toBe(5.5);
    expect(r.extensionMs).toBeCloseTo(50, 0);
  });

  it('finds the page process from the frame list when the page was not parsed in the trace', () => {
    const events = trace().filter((e) => e.name !== 'ParseHTML');
    events.push({ name: 'TracingStartedInBrowser', ph: 'I', pid: 1, tid: 1, ts: 0,
      args: { data: { frames: [{ url: 'http://other/', processId: 99 }, { url: URL_, processId: P }] } } });
    expect(analyzeTrace(events, URL_, 50)!.longTasks).toHaveLength(2);
  });

  it('says nothing for a page it has no thread for', () => {
    expect(analyzeTrace(trace(), 'http://127.0.0.1:1/missing.html', 50)).toBeNull();
  });
});

describe('causedByExtension', () => {
  const task = (duration: number, extensionMs: number) => ({ start: 0, duration, extensionMs, top: [] });
  it('blames the extension when it pushed a task over the line or took a tenth of it', () => {
    expect(causedByExtension(task(60, 15), 50)).toBe(true);
    expect(causedByExtension(task(300, 40), 50)).toBe(true);
    expect(causedByExtension(task(70, 4.7), 50)).toBe(false);
    expect(causedByExtension(task(500, 30), 50)).toBe(false);
    expect(causedByExtension(task(55, 0.5), 50)).toBe(false);
  });
});
