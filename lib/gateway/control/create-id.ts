import { randomString, type Random } from "../ports";

const LOWER_ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";

/**
 * An AWS-style identifier: lowercase alphanumerics, 10 characters for REST APIs and root resources
 * (`fugvjdxtri`, `3kzxbg5sa2`), 6 for child resources, deployments, models, validators and authorizers
 * (`abc123`). Drawn again on the rare collision.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_GetMethod.html
 */
export function createId(
  random: Random,
  length: 6 | 10,
  isTaken: (id: string) => boolean = () => false,
): string {
  for (;;) {
    const id = randomString(random, length, LOWER_ALPHANUMERIC);
    if (!isTaken(id)) return id;
  }
}
