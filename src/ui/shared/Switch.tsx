/** A labelled checkbox: the whole line is the click target and its accessible name. */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export interface SwitchProps {
  checked: boolean;
  onChange(checked: boolean): void;
  children: ComponentChildren;
  disabled?: boolean;
  hint?: string;
  testId?: string;
}

export function Switch({ checked, onChange, children, disabled, hint, testId }: SwitchProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div class="switch">
      <label>
        <input type="checkbox" checked={checked} disabled={disabled} aria-describedby={hintId} data-testid={testId}
          onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
        <span>{children}</span>
      </label>
      {hint && <p id={hintId} class="hint">{hint}</p>}
    </div>
  );
}
