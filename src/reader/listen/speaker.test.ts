import { describe, expect, it } from 'vitest';
import { sentencesOf, sentenceSpans } from './sentences';
import { Speaker, type SpeechEngine } from './speaker';

/** A speech engine that records what it was asked to say and finishes on demand. */
function recorder() {
  const said: { text: string; rate: number }[] = [];
  let current: SpeechSynthesisUtterance | null = null;
  const engine: SpeechEngine & { finish(): void; log: string[] } = {
    log: [],
    speak(u) { current = u; said.push({ text: u.text, rate: u.rate }); engine.log.push(`speak ${u.text}`); },
    cancel() { current = null; engine.log.push('cancel'); },
    pause() { engine.log.push('pause'); },
    resume() { engine.log.push('resume'); },
    getVoices: () => [],
    finish() { const u = current; current = null; u?.onend?.({} as SpeechSynthesisEvent); },
  };
  return { engine, said };
}
const utter = (text: string) => ({ text, rate: 1 }) as unknown as SpeechSynthesisUtterance;

describe('read aloud', () => {
  const blocks = ['The talks resumed. Both sides came.', 'A second paragraph here.', 'The end. Really.'];
  const sentences = sentencesOf(blocks, 'en');

  it('cuts blocks into sentences with their offsets', () => {
    expect(sentences.map((s) => `${s.block}:${s.text}`)).toEqual(['0:The talks resumed.', '0:Both sides came.', '1:A second paragraph here.', '2:The end.', '2:Really.']);
    expect(sentenceSpans('One. Two', 'en')).toEqual([[0, 4], [5, 8]]);
  });

  it('reads sentence after sentence, reporting where it is, and stops at the end', () => {
    const { engine, said } = recorder();
    const states: number[] = [];
    const s = new Speaker(engine, sentences, utter, (st) => states.push(st.at));
    s.play();
    engine.finish();
    engine.finish();
    expect(said.map((x) => x.text)).toEqual(['The talks resumed.', 'Both sides came.', 'A second paragraph here.']);
    expect(s.state).toMatchObject({ playing: true, at: 2 });
    engine.finish(); engine.finish(); engine.finish();
    expect(s.state).toMatchObject({ playing: false, at: 0 });
  });

  it('pauses, resumes, jumps by paragraph and changes speed', () => {
    const { engine, said } = recorder();
    const s = new Speaker(engine, sentences, utter, () => {});
    s.play();
    s.pause();
    s.toggle();
    expect(engine.log.slice(-2)).toEqual(['pause', 'resume']);
    s.step(1);
    expect(said.at(-1)!.text).toBe('A second paragraph here.');
    s.step(1);
    expect(said.at(-1)!.text).toBe('The end.');
    engine.finish();
    s.step(-1);
    expect(said.at(-1)!.text).toBe('The end.');
    s.step(-1);
    expect(said.at(-1)!.text).toBe('A second paragraph here.');
    s.setRate(1.5);
    expect(said.at(-1)).toEqual({ text: 'A second paragraph here.', rate: 1.5 });
    s.stop();
    expect(s.state.playing).toBe(false);
  });
});
