import type { AwsServicesSnapshot } from "./aws-services-snapshot";
import type { AttributeMap } from "./dynamodb/attribute-value";
import { listTableItems } from "./dynamodb/dynamodb-service";
import type { PublishedMessage } from "./sns/sns-state";
import type { MessageState } from "./sqs/sqs-state";
import type { ExecutionState } from "./states/states-state";

/** A queued message as labs see it. */
export interface QueuedMessage {
  readonly messageId: string;
  readonly body: string;
  readonly messageAttributes: MessageState["messageAttributes"];
  readonly sentTimestamp: number;
  readonly receiveCount: number;
  /** Whether a ReceiveMessage now would return it (not delayed, not in flight). */
  readonly visible: boolean;
}

/** Read-only views of a sandbox's services for lab checks and the workbench. */
export interface AwsServicesInspector {
  listTableNames(): string[];
  listItems(tableName: string): AttributeMap[] | undefined;
  listQueueNames(): string[];
  listMessages(queueName: string): QueuedMessage[] | undefined;
  listTopicArns(): string[];
  /** By topic name or ARN. */
  listPublishedMessages(topic: string): PublishedMessage[] | undefined;
  listStateMachineArns(): string[];
  /** By state machine name or ARN, oldest first. */
  listExecutions(stateMachine: string): ExecutionState[] | undefined;
}

function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** An inspector over live state; every answer is a copy. */
export function inspectAwsServices(state: AwsServicesSnapshot, now: () => number): AwsServicesInspector {
  const findTopic = (topic: string) =>
    Object.values(state.sns.topics).find((entry) => entry.arn === topic || entry.name === topic);
  const findMachine = (machine: string) =>
    Object.values(state.states.stateMachines).find(
      (entry) => entry.stateMachineArn === machine || entry.name === machine,
    );
  return {
    listTableNames: () => Object.keys(state.dynamodb.tables).sort(),
    listItems: (tableName) => listTableItems(state.dynamodb, tableName),
    listQueueNames: () => Object.keys(state.sqs.queues).sort(),
    listMessages: (queueName) =>
      state.sqs.queues[queueName]?.messages.map((message) => ({
        messageId: message.messageId,
        body: message.body,
        messageAttributes: copy(message.messageAttributes),
        sentTimestamp: message.sentTimestamp,
        receiveCount: message.receiveCount,
        visible: message.visibleAt <= now(),
      })),
    listTopicArns: () => Object.values(state.sns.topics).map((topic) => topic.arn),
    listPublishedMessages: (topic) => {
      const found = findTopic(topic);
      return found === undefined ? undefined : copy(found.published);
    },
    listStateMachineArns: () => Object.keys(state.states.stateMachines).sort(),
    listExecutions: (machine) => {
      const found = findMachine(machine);
      if (found === undefined) return undefined;
      const executions = Object.values(state.states.executions).filter(
        (execution) => execution.stateMachineArn === found.stateMachineArn,
      );
      return copy(executions.sort((a, b) => a.startDate - b.startDate));
    },
  };
}
