/** What the options page needs from the outside world, passed in so tests can use fakes. */
import type { StatusView } from '../../protocol.ts';
import type { Reply, StatusMessage } from '../../protocol.ts';
import type { Send } from '../kit/messaging.ts';
import type { PermissionActions } from '../kit/optional-permissions.ts';

export interface OptionsDeps {
  send: Send;
  permissions: PermissionActions;
  /** Saves text as a file the person downloads. */
  download: (fileName: string, text: string) => void;
  /** Reads a chosen file as text. */
  readFile: (file: File) => Promise<string>;
}

/** Sends a message that answers with a fresh status; the page keeps the newest one. */
export type Apply = (message: StatusMessage) => Promise<Reply<StatusView>>;

export type { Send };
