import stagesFile from './stages.json';

/** One lifecycle stage of the domain (scripts/architecture/stages.json). */
export interface Stage {
  name: string;
  title: string;
  /** Path prefixes of the files in the stage today (a prefix ending in / is a folder). */
  paths: string[];
  /** Where the stage's files live once the refactor has moved them. */
  target: string[];
  /** Whether `npm run lint` enforces the stage's imports already. */
  lint: boolean;
}

export interface StageModel {
  composition: string[];
  stages: Stage[];
}

export const STAGE_MODEL: StageModel = stagesFile;

/** Which of a stage's path lists to place files by: today's folders, or the target folders of the plan. */
export type Placement = 'paths' | 'target';

/**
 * The index of the stage a file belongs to (0 = the bottom), by the longest matching prefix; null for composition
 * files (barrels, modules, entity lists) and for files outside every stage (apps, libs/platform).
 */
export function stageOf(file: string, model: StageModel, placement: Placement = 'paths'): number | null {
  if (model.composition.includes(file)) return null;
  let best: number | null = null;
  let bestLength = -1;
  for (const [index, stage] of model.stages.entries()) {
    for (const prefix of stage[placement]) {
      const matches = prefix.endsWith('/') ? file.startsWith(prefix) : file === prefix;
      if (matches && prefix.length > bestLength) [best, bestLength] = [index, prefix.length];
    }
  }
  return best;
}
