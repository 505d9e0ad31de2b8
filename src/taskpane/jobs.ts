// The jobs the pane will offer, in workflow order. Later work adds a panel per id in JobPanel.
export const JOB_IDS = ["set", "generate", "check", "summarize"] as const;
export type JobId = (typeof JOB_IDS)[number];

export function isJobId(value: unknown): value is JobId {
  return (JOB_IDS as readonly unknown[]).includes(value);
}
