/**
 * Read-aloud with the browser's own speech synthesis (issue #15): sentence by sentence, so
 * the one being read is known exactly; play, pause, resume, the previous or next
 * paragraph, speed and voice. No network and no permission: local voices only. The
 * engine is handed in (window.speechSynthesis in the view; a recorder in tests).
 */
import type { Sentence } from './sentences';

export interface SpeechEngine {
  speak(u: SpeechSynthesisUtterance): void;
  cancel(): void;
  pause(): void;
  resume(): void;
  getVoices(): SpeechSynthesisVoice[];
}

export type Utter = (text: string) => SpeechSynthesisUtterance;

export interface SpeakerState { playing: boolean; paused: boolean; at: number }

export class Speaker {
  private at = 0;
  private playing = false;
  private paused = false;
  /** Bumped on every jump: events of an utterance cancelled by a jump are ignored. */
  private run = 0;
  rate = 1;
  voice: SpeechSynthesisVoice | null = null;

  constructor(private readonly engine: SpeechEngine, private readonly sentences: readonly Sentence[],
    private readonly utter: Utter, private readonly onChange: (s: SpeakerState) => void, private readonly lang?: string) {}

  get state(): SpeakerState { return { playing: this.playing, paused: this.paused, at: this.at }; }

  private emit(): void { this.onChange(this.state); }

  private speakCurrent(): void {
    const sentence = this.sentences[this.at];
    if (!sentence) { this.stop(); return; }
    const run = ++this.run;
    const u = this.utter(sentence.text);
    u.rate = this.rate;
    if (this.voice) u.voice = this.voice;
    if (this.lang) u.lang = this.lang;
    u.onend = () => {
      if (run !== this.run || !this.playing) return;
      this.at++;
      if (this.at >= this.sentences.length) { this.stop(); this.at = 0; this.emit(); return; }
      this.speakCurrent();
      this.emit();
    };
    u.onerror = () => { if (run === this.run) { this.stop(); } };
    this.engine.speak(u);
  }

  play(): void {
    if (this.playing && this.paused) { this.paused = false; this.engine.resume(); this.emit(); return; }
    if (this.playing) return;
    this.playing = true;
    this.paused = false;
    this.engine.cancel();
    this.speakCurrent();
    this.emit();
  }

  pause(): void {
    if (!this.playing || this.paused) return;
    this.paused = true;
    this.engine.pause();
    this.emit();
  }

  toggle(): void { if (this.playing && !this.paused) this.pause(); else this.play(); }

  stop(): void {
    this.run++;
    const was = this.playing;
    this.playing = false;
    this.paused = false;
    this.engine.cancel();
    if (was) this.emit();
  }

  /** The first sentence of the next (+1) or previous (-1) paragraph; back goes to the
   *  start of the current paragraph first, as players do. */
  step(direction: 1 | -1): void {
    const block = this.sentences[this.at]?.block ?? 0;
    let target: number;
    if (direction === 1) target = this.sentences.findIndex((s) => s.block > block);
    else {
      const first = this.sentences.findIndex((s) => s.block === block);
      target = first < this.at ? first : this.sentences.findIndex((s) => s.block === (this.sentences[first - 1]?.block ?? block));
    }
    if (target < 0) return;
    this.at = target;
    if (this.playing) { this.engine.cancel(); this.paused = false; this.speakCurrent(); }
    this.emit();
  }

  setRate(rate: number): void {
    this.rate = rate;
    if (this.playing && !this.paused) { this.engine.cancel(); this.speakCurrent(); }
  }
}
