/** One page's result line in `gloss` and `eval` output: its id, an error, or the task's figures. */
export type Row = { id: string; error?: string } & Record<string, unknown>;
