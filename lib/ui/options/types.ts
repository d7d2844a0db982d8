/** What the options page needs from the outside world, passed in so tests can use fakes. */
import type { StatusView } from '../../background/service.ts';
import type { AnyMessage, Reply } from '../../messages.ts';
import type { PermissionActions } from '../../platform/optional-permissions.ts';

export type Send = <T = StatusView>(message: AnyMessage) => Promise<Reply<T>>;

export interface OptionsDeps {
  send: Send;
  permissions: PermissionActions;
  /** Saves text as a file the person downloads. */
  download: (fileName: string, text: string) => void;
  /** Reads a chosen file as text. */
  readFile: (file: File) => Promise<string>;
}

/** Sends a message that answers with a fresh status; the page keeps the newest one. */
export type Apply = (message: AnyMessage) => Promise<Reply<StatusView>>;
