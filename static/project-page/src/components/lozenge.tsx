import type { Confidence, ObjectiveLevel } from '../../../../src/shared/contract';

export type LozengeAppearance = 'default' | 'success' | 'moved' | 'removed' | 'inprogress' | 'new';

interface LozengeProps {
  appearance?: LozengeAppearance;
  children: string;
  testId?: string;
}

/** The Atlassian lozenge: a small uppercase status label. */
export function Lozenge({ appearance = 'default', children, testId }: LozengeProps) {
  return (
    <span className={`okr-lozenge okr-lozenge--${appearance}`} data-testid={testId}>
      {children}
    </span>
  );
}

const confidenceLook: Record<Confidence, { label: string; appearance: LozengeAppearance }> = {
  'on-track': { label: 'On track', appearance: 'success' },
  'at-risk': { label: 'At risk', appearance: 'moved' },
  'off-track': { label: 'Off track', appearance: 'removed' },
};

export function confidenceLabel(confidence: Confidence): string {
  return confidenceLook[confidence].label;
}

export function ConfidenceLozenge({ confidence, testId }: { confidence: Confidence; testId?: string }) {
  const look = confidenceLook[confidence];
  return (
    <Lozenge appearance={look.appearance} testId={testId}>
      {look.label}
    </Lozenge>
  );
}

export const levelLabels: Record<ObjectiveLevel, string> = {
  company: 'Company',
  department: 'Department',
  team: 'Team',
  individual: 'Individual',
};

const levelAppearance: Record<ObjectiveLevel, LozengeAppearance> = {
  company: 'new',
  department: 'inprogress',
  team: 'default',
  individual: 'default',
};

export function LevelLozenge({ level }: { level: ObjectiveLevel }) {
  return <Lozenge appearance={levelAppearance[level]}>{levelLabels[level]}</Lozenge>;
}
