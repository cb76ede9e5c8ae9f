import type { ControlPlaneState, StoredApiKey, UsagePlanRecord } from "./control-state";

/** API id, then stage name, then API key id: the plan that key is metered by on that stage. */
type StageKeyIndex = Map<string, Map<string, Map<string, UsagePlanRecord>>>;

/**
 * The account's API keys and usage plans with the indexes a request needs: a key by its value and the
 * plan binding a key to an API stage, each found in O(1). Every change to `apiKeys`, `usagePlans` or a
 * plan's `keyIds` goes through here so the indexes stay true; one directory lives per state object (a
 * restored state gets a fresh one).
 */
export class UsagePlanDirectory {
  private readonly keysById = new Map<string, StoredApiKey>();
  private readonly keysByValue = new Map<string, StoredApiKey>();
  private readonly plansById = new Map<string, UsagePlanRecord>();
  /** Rebuilt lazily after a plan's API stages change; kept up to date when keys join or leave a plan. */
  private stageIndex: StageKeyIndex | undefined;

  constructor(private readonly state: ControlPlaneState) {
    for (const key of state.apiKeys ?? []) this.indexKey(key);
    for (const record of state.usagePlans ?? []) this.plansById.set(record.usagePlan.id, record);
  }

  get apiKeys(): readonly StoredApiKey[] {
    return this.state.apiKeys ?? [];
  }

  get usagePlans(): readonly UsagePlanRecord[] {
    return this.state.usagePlans ?? [];
  }

  findApiKey(id: string): StoredApiKey | undefined {
    return this.keysById.get(id);
  }

  findApiKeyByValue(value: string): StoredApiKey | undefined {
    return this.keysByValue.get(value);
  }

  findUsagePlan(id: string): UsagePlanRecord | undefined {
    return this.plansById.get(id);
  }

  /** The plan that meters `keyId` on this API stage (a key is in at most one plan per stage). */
  findPlanForKeyOnStage(keyId: string, apiId: string, stageName: string): UsagePlanRecord | undefined {
    this.stageIndex ??= this.buildStageIndex();
    return this.stageIndex.get(apiId)?.get(stageName)?.get(keyId);
  }

  /** Every plan holding `keyId`, in plan creation order. */
  plansOfKey(keyId: string): UsagePlanRecord[] {
    return this.usagePlans.filter((record) => record.keyIds.includes(keyId));
  }

  addApiKey(key: StoredApiKey): void {
    (this.state.apiKeys ??= []).push(key);
    this.indexKey(key);
  }

  /** Replaces a key record (its value never changes). */
  replaceApiKey(previous: StoredApiKey, next: StoredApiKey): void {
    this.state.apiKeys = this.apiKeys.map((key) => (key === previous ? next : key));
    this.indexKey(next);
  }

  /** Removes a key and its membership of every plan. */
  removeApiKey(key: StoredApiKey): void {
    this.state.apiKeys = this.apiKeys.filter((candidate) => candidate !== key);
    this.keysById.delete(key.id);
    this.keysByValue.delete(key.value);
    for (const record of this.plansOfKey(key.id)) this.removePlanKey(record, key.id);
  }

  addUsagePlan(record: UsagePlanRecord): void {
    (this.state.usagePlans ??= []).push(record);
    this.plansById.set(record.usagePlan.id, record);
    this.stageIndex = undefined;
  }

  removeUsagePlan(record: UsagePlanRecord): void {
    this.state.usagePlans = this.usagePlans.filter((candidate) => candidate !== record);
    this.plansById.delete(record.usagePlan.id);
    this.stageIndex = undefined;
  }

  /** Call after a plan's `apiStages` changed. */
  apiStagesChanged(): void {
    this.stageIndex = undefined;
  }

  addPlanKey(record: UsagePlanRecord, keyId: string): void {
    record.keyIds.push(keyId);
    if (this.stageIndex) this.indexPlanKey(this.stageIndex, record, keyId);
  }

  removePlanKey(record: UsagePlanRecord, keyId: string): void {
    record.keyIds = record.keyIds.filter((candidate) => candidate !== keyId);
    for (const { apiId, stage } of record.usagePlan.apiStages)
      this.stageIndex?.get(apiId)?.get(stage)?.delete(keyId);
  }

  private indexKey(key: StoredApiKey): void {
    this.keysById.set(key.id, key);
    this.keysByValue.set(key.value, key);
  }

  private buildStageIndex(): StageKeyIndex {
    const index: StageKeyIndex = new Map();
    for (const record of this.usagePlans)
      for (const keyId of record.keyIds) this.indexPlanKey(index, record, keyId);
    return index;
  }

  private indexPlanKey(index: StageKeyIndex, record: UsagePlanRecord, keyId: string): void {
    for (const { apiId, stage } of record.usagePlan.apiStages) {
      let stages = index.get(apiId);
      if (!stages) index.set(apiId, (stages = new Map()));
      let keys = stages.get(stage);
      if (!keys) stages.set(stage, (keys = new Map()));
      keys.set(keyId, record);
    }
  }
}

const directories = new WeakMap<ControlPlaneState, UsagePlanDirectory>();

/** The directory of this state, built on first use. */
export function usagePlanDirectoryOf(state: ControlPlaneState): UsagePlanDirectory {
  let directory = directories.get(state);
  if (!directory) directories.set(state, (directory = new UsagePlanDirectory(state)));
  return directory;
}
