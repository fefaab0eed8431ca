declare module "*.json?lingui" {
  import type { Messages } from "@lingui/core";
  export const messages: Messages;
}

declare module "*.json?catalog=welcome" {
  import type { Messages } from "@lingui/core";
  export const messages: Messages;
}

declare module "*.json?catalog=wizard" {
  import type { Messages } from "@lingui/core";
  export const messages: Messages;
}
